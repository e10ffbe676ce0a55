import { describe, expect, it } from 'vitest';
import { headingIds } from './heading-ids';
import { check, VALID_FRONT_MATTER } from './test-helpers';

describe('heading-ids', () => {
  it('passes unique, valid ids', () => {
    expect(check(headingIds, `${VALID_FRONT_MATTER}\n## Scope {#scope}\n\nText.\n\n## Contact Us\n\nText.\n`)).toEqual([]);
  });

  it('reports a duplicate explicit id, and a slug that collides with an explicit id', () => {
    expect(check(headingIds, `${VALID_FRONT_MATTER}\n## Scope {#scope}\n\nA.\n\n## Other {#scope}\n\nB.\n`)).toEqual([
      '11:1 error the id "scope" is already used by the heading on line 7: give this heading its own {#id}.',
    ]);
    expect(check(headingIds, `${VALID_FRONT_MATTER}\n## Intro {#contact-us}\n\nA.\n\n## Contact Us\n\nB.\n`)).toEqual([
      '11:1 error the id "contact-us" is already used by the heading on line 7: give this heading its own {#id}.',
    ]);
  });

  it('reports ids and aliases that are not stable URL fragments', () => {
    expect(check(headingIds, `${VALID_FRONT_MATTER}\n## Scope {#1scope aliases="ok bad.alias"}\n\nA.\n`)).toEqual([
      '7:1 error the id "1scope" is not a valid id: use letters, digits, "_" and "-", starting with a letter (e.g. {#contact_us}).',
      '7:1 error the alias "bad.alias" is not a valid id: use letters, digits, "_" and "-", starting with a letter (e.g. {#contact_us}).',
    ]);
  });
});

describe('heading-ids, reserved ids', () => {
  it("refuses an id, alias or generated slug that the page's own chrome uses", () => {
    expect(check(headingIds, `${VALID_FRONT_MATTER}\n## Intro {#content aliases="site-nav"}\n\nA.\n\n## Privacy Notice\n\nB.\n`)).toEqual([
      '7:1 error the id "content" is used by the page itself (its menus, skip link or layout): give this heading another {#id}, e.g. {#content_section}.',
      '7:1 error the alias "site-nav" is used by the page itself (its menus, skip link or layout): give this heading another {#id}, e.g. {#site_nav_section}.',
      '11:1 error the id "privacy-notice" is used by the page itself (its menus, skip link or layout), and this heading gets it from its text: give this heading another {#id}, e.g. {#privacy_notice_section}.',
    ]);
  });
});
