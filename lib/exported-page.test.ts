import { describe, expect, it } from 'vitest';
import { finishExportedPage } from './exported-page';
import { cspHash } from './security-headers';

const PAGE = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<script src="/_next/static/chunks/d.js" noModule=""></script>
<title>T</title></head><body><div hidden=""><!--$--><!--/$--></div>
<main><h1>Notice</h1><p>Text <a href="#x">link</a></p></main>
<script type="module" src="/islands/SiteHeader-ABC123.js"></script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script id="_R_">self.__next_r="x"</script>
</body></html>`;

const CSS = 'body{margin:0}main>p::before{content:"“&amp; <b>"}\n';

describe('finishExportedPage', () => {
  const { html: out } = finishExportedPage(PAGE);

  it('removes Next scripts, inline payload scripts, script preloads and React markers', () => {
    expect(out).not.toContain('/_next/static/chunks/b.js');
    expect(out).not.toContain('c.js');
    expect(out).not.toContain('d.js');
    expect(out).not.toContain('__next_f');
    expect(out).not.toContain('__next_r');
    expect(out).not.toContain('<!--$-->');
    expect(out).not.toContain('<div hidden');
  });

  it('keeps the page, its stylesheet and the island modules', () => {
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(out).toContain('<script type="module" src="/islands/SiteHeader-ABC123.js"></script>');
    expect(out).toContain('<main><h1>Notice</h1><p>Text <a href="#x">link</a></p></main>');
    expect(out).toContain('<title>T</title>');
  });

  it('removes a module script that is not an island', () => {
    expect(finishExportedPage('<p>x</p><script type="module" src="/_next/x.js"></script>').html).not.toContain('script');
  });

  describe('with the stylesheet inlined', () => {
    const requested: string[] = [];
    const { html, styleHashes } = finishExportedPage(PAGE, {
      stylesheet: (href) => (requested.push(href), CSS),
      contentSecurityPolicy: (hashes) => `style-src 'self' ${hashes.join(' ')}`,
    });

    it("puts the file's exact text in a <style> where the <link> was, and links no stylesheet", () => {
      expect(requested).toEqual(['/_next/static/chunks/a.css']);
      expect(html).toContain(
        `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="style-src &#x27;self&#x27; ${cspHash(CSS).replaceAll("'", '&#x27;')}">\n<style>${CSS}</style>\n`,
      );
      expect(html).not.toMatch(/<link[^>]*stylesheet/);
    });

    it('returns the hash of the inline text, which the <meta> policy allows', () => {
      expect(styleHashes).toEqual([cspHash(CSS)]);
    });

    it('refuses what cannot be inlined as it is', () => {
      const page = (href: string) => `<html><head><link rel="stylesheet" href="${href}"></head></html>`;
      expect(() => finishExportedPage(page('https://cdn.example/a.css'), { stylesheet: () => CSS })).toThrow(/from elsewhere/);
      expect(() => finishExportedPage(page('/a.css'), { stylesheet: () => 'a{}</style><script>' })).toThrow(/cannot be inlined/);
      expect(() => finishExportedPage(page('/a.css'), { stylesheet: () => 'a{}\r\n' })).toThrow(/cannot be inlined/);
    });
  });
});
