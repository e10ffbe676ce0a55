import { describe, expect, it } from 'vitest';
import { pruneStylesheet } from './unused-css';

const HTML = `<!DOCTYPE html><html><head><title>T</title></head><body>
<site-header><button class="menu md:hidden" aria-expanded="false">Menu</button></site-header>
<main id="main"><article class="prose"><h2 id="a">A</h2><p>Select an input</p><ul><li>One</li></ul></article></main></body></html>`;
const ISLAND = `customElements.define("site-header",class extends HTMLElement{open(){this.toggleAttribute("data-open");b.hidden=!0;p.className="is-open rounded-[3px] before:content-['#']"}})`;

const prune = (css: string) => pruneStylesheet(css, { html: HTML, scripts: [ISLAND] });

describe('pruneStylesheet', () => {
  it("drops rules naming a class, id or element type the page doesn't have", async () => {
    const css = await prune('.menu{color:red}.absent{color:blue}#main{margin:0}#gone{margin:1px}h2{font-weight:700}table{width:1px}');
    expect(css).toContain('.menu{color:red}');
    expect(css).toContain('#main{margin:0}');
    expect(css).toContain('h2{font-weight:700}');
    expect(css).not.toMatch(/absent|gone|table/);
  });

  it('reads Tailwind class names whole (variants, arbitrary values)', async () => {
    const css = await prune(
      '@media (min-width:48rem){.md\\:hidden{display:none}.md\\:flex{display:flex}}.rounded-\\[3px\\]{border-radius:3px}',
    );
    expect(css).toContain('.md\\:hidden{display:none}');
    expect(css).not.toContain('md\\:flex');
    expect(css).toContain('.rounded-\\[3px\\]{border-radius:3px}');
  });

  it("keeps classes and elements that only the page's islands name", async () => {
    expect(await prune('.is-open{display:block}.never{display:none}')).toBe('.is-open{display:block}');
    const quoted = ".before\\:content-\\[\\'\\#\\'\\]:before{content:'#'}";
    expect(await prune(quoted)).toBe(quoted);
  });

  it('keeps states: pseudo-classes and attributes the page may take while open', async () => {
    const css = await prune(
      ':focus-visible{outline:3px solid}[hidden]{display:none!important}.menu[aria-expanded=true]{rotate:180deg}' +
        'site-header[data-open] .menu{position:fixed}.absent:hover{color:red}.absent[data-open]{color:red}',
    );
    expect(css).toContain(':focus-visible{outline:3px solid}');
    expect(css).toContain('[hidden]{display:none!important}');
    expect(css).toContain('.menu[aria-expanded=true]{rotate:180deg}');
    expect(css).toContain('site-header[data-open] .menu{position:fixed}');
    expect(css).not.toContain('absent');
  });

  it("keeps form fields' pseudo-elements only where the page has form fields", async () => {
    const css =
      'button,::file-selector-button{font:inherit}::placeholder{opacity:1}::-webkit-datetime-edit{display:inline-flex}' +
      '@media (scripting:enabled){@supports (color:red){::placeholder{color:red}}}';
    expect(await prune(css)).toBe('button{font:inherit}');
    expect(await pruneStylesheet(css, { html: `${HTML}<input name="q">`, scripts: [] })).toBe(css);
  });

  it('prunes the notice prose to the elements and the structure it has', async () => {
    const not = ':not(:where([class~=not-prose],[class~=not-prose] *))';
    const css = await prune(
      `.prose :where(h2)${not}{margin:0}.prose :where(h4)${not}{margin:1px}.prose :where(ul>li)${not}::marker{color:red}` +
        `.prose :where(ul ul)${not}{margin:2px}.prose :where(h2+*)${not},.prose :where(p+h2)${not}{margin:3px}` +
        `.prose :where(ul ul):hover{margin:4px}`,
    );
    expect(css).toContain(`:where(h2)${not}{margin:0}`);
    expect(css).toContain(`:where(ul>li)${not}::marker`);
    expect(css).toContain(`.prose :where(h2+*)${not}{margin:3px}`);
    expect(css).toContain('.prose :where(ul ul):hover{margin:4px}'); // a state: kept
    expect(css).not.toContain(`:where(ul ul)${not}`);
    expect(css).not.toMatch(/h4|p\+h2/);
  });

  it('keeps prose structure an island may render (the comparison)', async () => {
    const nested = '.prose :where(ul ul):not(:where([class~=not-prose],[class~=not-prose] *)){margin:2px}';
    const island = 'r.innerHTML=`<div class="diff-text prose"><ul><li>a<ul><li>b</li></ul></li></ul></div>`';
    expect(await pruneStylesheet(nested, { html: HTML, scripts: [island] })).toBe(nested);
  });

  it('drops custom properties and keyframes no kept rule uses', async () => {
    const css = await prune(
      ':root{--used:red;--unused:blue}.menu{color:var(--used);animation:spin 1s}@keyframes spin{to{rotate:1turn}}@keyframes fade{to{opacity:0}}',
    );
    expect(css).toContain('--used:red');
    expect(css).not.toContain('--unused');
    expect(css).toContain('@keyframes spin');
    expect(css).not.toContain('fade');
  });

  it('leaves no empty rule, and no @property registration that nothing reads', async () => {
    const css = await prune(
      ':root{--gone:1}@media (prefers-color-scheme:dark){:root{--gone:2}}.menu{border-style:var(--tw-border-style)}' +
        '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}@property --tw-tracking{syntax:"*";inherits:false}',
    );
    expect(css).toBe(
      '.menu{border-style:var(--tw-border-style)}@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}',
    );
  });
});
