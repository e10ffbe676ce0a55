import { describe, expect, it } from 'vitest';
import { headingLevels } from './heading-levels';
import { findInvisibleCharacters, invisibleCharacters } from './invisible-characters';
import { linkFragment } from './link-fragment';
import { linkText } from './link-text';
import { mailtoAddress } from './mailto-address';
import { quickLinkLabel } from './quick-link-label';
import { check, VALID_FRONT_MATTER as FM } from './test-helpers';

describe('heading-levels', () => {
  it('passes ## sections with ### sub-sections', () => {
    expect(check(headingLevels, `${FM}\n## A\n\nx\n\n### A.1\n\ny\n\n## B\n\nz\n`)).toEqual([]);
  });
  it('reports a # heading and a skipped level at their lines', () => {
    expect(check(headingLevels, `${FM}\n# Title\n\nx\n\n## A\n\ny\n\n#### Deep\n\nz\n`)).toEqual([
      '7:1 error a "#" heading is the page title, which comes from "title:" in the front matter: start sections with "## ".',
      '15:1 error this "####" heading skips a level after a "##" heading: use "### ".',
    ]);
  });
});

describe('quick-link-label', () => {
  it('asks for a short label on a long listed heading, and refuses an empty one', () => {
    expect(
      check(
        quickLinkLabel,
        `${FM}\n## Your Choices Regarding the Collection and Use of Your Information {#choices}\n\nx\n\n## Short {#s quick-link=""}\n\ny\n\n## Also Your Choices Regarding the Collection and Use of It {.unlisted}\n\nz\n`,
      ),
    ).toEqual([
      '7:1 error this heading is 65 characters, too long for Quick Links: add a short label, e.g. {#choices quick-link="…"} (at most 40 characters read well), or .unlisted to leave it out.',
      '11:1 error the quick-link label is empty: write the short text for Quick Links, or remove quick-link="".',
    ]);
  });
});

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

describe('link-text', () => {
  it('reports a link with no text', () => {
    expect(check(linkText, `${FM}\nA [](https://actionnetwork.org/) logo and [ok](https://a.org/).\n`)).toEqual([
      '7:3 error the link to "https://actionnetwork.org/" has no text: write the words to click between the brackets, [like this](https://actionnetwork.org/).',
    ]);
  });
});

describe('link-text, vague links', () => {
  it('warns on "click here" and "here" without a description, and accepts them with one', () => {
    expect(
      check(
        linkText,
        `${FM}\nTo edit, [click here](https://a.org/edit). Authorities are [here](https://b.org/ "Data protection authorities").\n`,
      ),
    ).toEqual([
      '7:10 warning the link text "click here" does not say where it leads: keep the words and add a description after the address, [click here](https://a.org/edit "What the page is"); screen readers read it with the link.',
    ]);
  });
});

describe('invisible-characters', () => {
  it('finds NUL, zero-width and bidi characters at their column, and a non-breaking space in a link address', () => {
    expect(
      check(
        invisibleCharacters,
        `${FM}\nA\u0000B zero\u200bwidth \u202eevil\n\n[link](https://a.org/x\u00a0y) and a\u00a0[fine](https://a.org/) nbsp in text\n`,
      ),
    ).toEqual([
      '7:2 error a NUL character is here, which readers cannot see or which displays wrongly: delete it (retype the text around it if unsure).',
      '7:9 error a zero-width space is here, which readers cannot see or which displays wrongly: delete it (retype the text around it if unsure).',
      '7:16 error a bidirectional control is here, which readers cannot see or which displays wrongly: delete it (retype the text around it if unsure).',
      '9:23 error a non-breaking space is inside a link address, which breaks the link: delete it.',
    ]);
  });
  it('ignores a leading byte order mark', () => {
    expect(findInvisibleCharacters('\ufefftitle')).toEqual([]);
  });
});
