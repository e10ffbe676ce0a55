import postcss from 'postcss';
import { PurgeCSS } from 'purgecss';
import purgeHtml from 'purgecss-from-html';

/** What a page is made of, for the styles it can use: its HTML and the text of the island scripts it runs. */
export interface PageSource {
  html: string;
  scripts: string[];
}

/**
 * The stylesheet without the rules no element of this page can ever match (PurgeCSS): each page carries
 * only its own share of the site's CSS, inline. A rule stays when every class, id and element type it
 * names occurs in the page's HTML or in its islands' scripts (which add classes and render markup, such as
 * the comparison's). What changes while the page is open never removes a rule: pseudo-classes
 * (`:focus-visible`, `:hover`, `:open`) and attributes (`[aria-expanded=true]`, `[data-open]`, `[hidden]`)
 * are states, so only the class, id and type names around them count.
 */
export async function pruneStylesheet(css: string, page: PageSource): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: [
      { raw: page.html, extension: 'html' },
      { raw: page.scripts.join('\n'), extension: 'js' },
    ],
    css: [{ raw: css }],
    extractors: [
      { extractor: purgeHtml, extensions: ['html'] },
      { extractor: scriptWords, extensions: ['js'] },
    ],
    // PurgeCSS drops a selector that names nothing but pseudo-classes (`:focus-visible`, the focus ring):
    // counted as present, they leave the decision to the names beside them.
    safelist: { standard: [/^:[\w-]/] },
    // Every attribute the stylesheet selects on counts as present, with any value: islands set them.
    dynamicAttributes: attributesIn(css),
    // Custom properties and keyframes that no kept rule uses go too.
    variables: true,
    keyframes: true,
  });
  if (!result) throw new Error('PurgeCSS returned no stylesheet.');
  return hasFormFields(page) ? result.css : withoutFormFieldParts(result.css);
}

/** Pseudo-elements only form fields have (preflight resets them); PurgeCSS keeps every pseudo-element. */
const FORM_FIELD_PART =
  /^::(placeholder|file-selector-button|-webkit-(search-decoration|date-and-time-value|datetime-edit[\w-]*|calendar-picker-indicator|inner-spin-button|outer-spin-button))$/;

/** The stylesheet without selectors of form fields' pseudo-elements, for a page that has no form field. */
function withoutFormFieldParts(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) => !FORM_FIELD_PART.test(selector.trim()));
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  // Groups (@media, @supports) left empty, innermost first.
  for (let emptied = true; emptied;) {
    emptied = false;
    root.walkAtRules((group) => {
      if (group.nodes?.length !== 0) return;
      group.remove();
      emptied = true;
    });
  }
  return root.toString();
}

/**
 * The names a script may put in a class attribute or markup: its strings' words, whichever quotes hold
 * them (a class may itself hold quotes: `before:content-['#']`), and its identifiers.
 */
function scriptWords(script: string): string[] {
  return [/[^\s"'`]+/g, /[^\s"`]+/g, /[^\s'`]+/g, /[\w-]+/g].flatMap((words) => script.match(words) ?? []);
}

/** Whether the page has, or its scripts may make, a form field: their pseudo-elements are theirs alone. */
function hasFormFields(page: PageSource): boolean {
  // An element in the HTML; in a script, an element it makes (`createElement("input")`, `<input` in markup).
  return /<(input|textarea|select)\b/i.test(page.html) || page.scripts.some((script) => /[<"'`](input|textarea|select)\b/i.test(script));
}

/** The attribute names of the stylesheet's attribute selectors (`[aria-expanded=true]` → aria-expanded). */
function attributesIn(css: string): string[] {
  return [...new Set(Array.from(css.matchAll(/(?<!\\)\[\s*([\w-]+)/g), (m) => m[1]!))];
}

/** The site's whole stylesheet, before pruning, in out/ (a dotfile: never served; for the browser tests). */
export const WHOLE_STYLESHEET_FILE = '.whole-stylesheet.css';
