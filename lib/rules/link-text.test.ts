import { describe, expect, it } from 'vitest';
import { linkText } from './link-text';
import { check, VALID_FRONT_MATTER as FM } from './test-helpers';

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
