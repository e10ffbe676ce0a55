import { describe, expect, it } from 'vitest';
import { linkScheme, schemeOf } from './link-scheme';
import { check, VALID_FRONT_MATTER } from './test-helpers';

describe('schemeOf', () => {
  it('sees the scheme a browser would, through case, whitespace and control characters', () => {
    expect(schemeOf('JaVaScRiPt:alert(1)')).toBe('javascript');
    expect(schemeOf(' java\tscript:alert(1)')).toBe('javascript');
    expect(schemeOf('\u0001javascript:alert(1)')).toBe('javascript');
    expect(schemeOf('/privacy/')).toBeUndefined();
    expect(schemeOf('#scope')).toBeUndefined();
    expect(schemeOf('mailto:a@b.org')).toBe('mailto');
  });
});

describe('link-scheme', () => {
  it('passes https, mailto, relative and fragment links', () => {
    expect(check(linkScheme, `${VALID_FRONT_MATTER}\n[a](https://a.org/) [b](mailto:b@c.org) [c](/privacy/) [d](#scope)\n`)).toEqual([]);
  });

  it('refuses javascript:, data: and vbscript: in links, images and definitions, in any case or encoding', () => {
    const findings = check(
      linkScheme,
      `${VALID_FRONT_MATTER}\n[x](JavaScript:alert(1))\n\n![y](data:image/png;base64,AAAA)\n\n[z]: vbscript:msgbox\n\n[w](java&#x09;script:alert(1))\n`,
    );
    expect(findings.map((f) => f.split(' the link')[0])).toEqual(['7:1 error', '9:1 error', '11:1 error', '13:1 error']);
    expect(findings[0]).toContain('uses "javascript:", which is not allowed');
    expect(findings[1]).toContain('uses "data:"');
    expect(findings[2]).toContain('uses "vbscript:"');
  });

  it('warns on http:// links', () => {
    expect(check(linkScheme, `${VALID_FRONT_MATTER}\nSee [the page](http://example.org/).\n`)).toEqual([
      '7:5 warning "http://example.org/" is not secure: change "http://" to "https://" (check the page opens that way).',
    ]);
  });
});
