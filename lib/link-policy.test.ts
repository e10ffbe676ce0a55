import { describe, expect, it } from 'vitest';
import { isAllowedLink, isSitePath, schemeOf } from './link-policy';

describe('the link policy', () => {
  it('reads the scheme a browser would see, through control characters and case', () => {
    expect(schemeOf(' Java\tScript:alert(1)')).toBe('javascript');
    expect(schemeOf('#scope')).toBeUndefined();
  });

  it('allows https, http and mailto in the notice, with fragments and relative addresses', () => {
    for (const url of ['https://ico.org.uk/', 'http://example.org/', 'mailto:support@actionnetwork.org', '#scope', 'other/page'])
      expect(isAllowedLink(url, 'notice'), url).toBe(true);
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'vbscript:x', 'irc://x'])
      expect(isAllowedLink(url, 'notice'), url).toBe(false);
  });

  it("allows only whole https addresses and this site's paths in the chrome; mailto too in inline text", () => {
    expect(isAllowedLink('https://actionnetwork.org/demo/', 'chrome')).toBe(true);
    expect(isAllowedLink('/privacy/', 'chrome')).toBe(true);
    for (const url of ['http://actionnetwork.org/', 'https://', '//evil.example/', 'mailto:a@b.org', 'https://a b'])
      expect(isAllowedLink(url, 'chrome'), url).toBe(false);
    expect(isAllowedLink('mailto:a@b.org', 'inline')).toBe(true);
    expect(isAllowedLink('//evil.example/', 'inline')).toBe(false);
  });

  it('counts "/" and "/path" as this site, not "//host"', () => {
    expect([isSitePath('/'), isSitePath('/privacy/'), isSitePath('//evil.example/'), isSitePath('privacy')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
