import { describe, expect, it } from 'vitest';
import { linkFragment } from './link-fragment';
import { check, VALID_FRONT_MATTER as FM } from './test-helpers';

describe('link-fragment', () => {
  it('passes links to ids and aliases of this version', () => {
    expect(check(linkFragment, `${FM}\n## Scope {#scope aliases="old_scope"}\n\nSee [scope](#scope) and [old](#old_scope).\n`)).toEqual([]);
  });
  it('reports a fragment with no target and suggests the nearest id', () => {
    expect(check(linkFragment, `${FM}\n## Scope {#scope}\n\nSee [scope](#scop) and [x](#nothing_like_it).\n`)).toEqual([
      '9:5 error "#scop" matches no section id here. Did you mean "#scope"?',
      '9:24 error "#nothing_like_it" matches no section id here. The ids here are: #scope.',
    ]);
  });
});
