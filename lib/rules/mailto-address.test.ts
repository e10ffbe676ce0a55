import { describe, expect, it } from 'vitest';
import { mailtoAddress } from './mailto-address';
import { check, VALID_FRONT_MATTER as FM } from './test-helpers';

describe('mailto-address', () => {
  it('passes a valid address and reports malformed ones', () => {
    expect(
      check(
        mailtoAddress,
        `${FM}\n[ok](mailto:support@actionnetwork.org) [bad](mailto:support@actionnetwork) [two](mailto:a@b.org,c@d.org)\n`,
      ),
    ).toEqual([
      '7:40 error "mailto:support@actionnetwork" is not a valid email link: write it as mailto:name@example.org (one address, no spaces).',
      '7:76 error "mailto:a@b.org,c@d.org" is not a valid email link: write it as mailto:name@example.org (one address, no spaces).',
    ]);
  });
});
