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
const JS = 'customElements.define("site-header",class extends HTMLElement{connectedCallback(){this.x=1<2&&"&amp;"}});\n';

const { html: out } = await finishExportedPage(PAGE);
const requested: string[] = [];
const { html, hashes } = await finishExportedPage(PAGE, {
  inline: (url) => (requested.push(url), url.endsWith('.css') ? CSS : JS),
  contentSecurityPolicy: (h) => `script-src 'self' ${h.scripts.join(' ')}; style-src 'self' ${h.styles.join(' ')}`,
});

describe('finishExportedPage', () => {
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

  it('removes a module script that is not an island', async () => {
    expect((await finishExportedPage('<p>x</p><script type="module" src="/_next/x.js"></script>')).html).not.toContain('script');
  });

  describe('with the stylesheet and the islands inlined', () => {
    const q = (text: string) => text.replaceAll("'", '&#x27;');
    it("puts each file's exact text where its element was: a <style> for the <link>, a <script type=module> for the island", () => {
      expect(requested).toEqual(['/_next/static/chunks/a.css', '/islands/SiteHeader-ABC123.js']);
      expect(html).toContain(
        `<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${q(`script-src 'self' ${cspHash(JS)}; style-src 'self' ${cspHash(CSS)}`)}">\n<style>${CSS}</style>\n`,
      );
      expect(html).toContain(`<script type="module">${JS}</script>`);
      expect(html).not.toMatch(/<link[^>]*stylesheet|<script[^>]*src=/);
    });

    it('returns the hashes of the inline texts, which the <meta> policy allows', () => {
      expect(hashes).toEqual({ styles: [cspHash(CSS)], scripts: [cspHash(JS)] });
    });

    it('refuses what cannot be inlined as it is', async () => {
      const page = (href: string) => `<html><head><link rel="stylesheet" href="${href}"></head></html>`;
      await expect(finishExportedPage(page('https://cdn.example/a.css'), { inline: () => CSS })).rejects.toThrow(/from elsewhere/);
      await expect(finishExportedPage(page('/a.css'), { inline: () => 'a{}</style><script>' })).rejects.toThrow(/cannot be inlined/);
      await expect(finishExportedPage(page('/a.css'), { inline: () => 'a{}\r\n' })).rejects.toThrow(/cannot be inlined/);
      const island = '<script type="module" src="/islands/A-ABC.js"></script>';
      await expect(finishExportedPage(island, { inline: () => 'x="</script>"' })).rejects.toThrow(/cannot be inlined/);
      await expect(finishExportedPage(island, { inline: () => 'x="<!--"' })).rejects.toThrow(/cannot be inlined/);
    });
  });
});
