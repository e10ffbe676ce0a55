import { describe, expect, it } from 'vitest';
import { finishExportedPage } from './exported-page';

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

describe('finishExportedPage', () => {
  const out = finishExportedPage(PAGE);

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
    expect(finishExportedPage('<p>x</p><script type="module" src="/_next/x.js"></script>')).not.toContain('script');
  });
});
