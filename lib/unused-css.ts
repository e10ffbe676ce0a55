import { selectOne } from 'css-select';
import { parseDocument } from 'htmlparser2';
import postcss from 'postcss';
import { PurgeCSS } from 'purgecss';
import purgeHtml from 'purgecss-from-html';

/** What a page is made of, for the styles it can use: its HTML and the text of the island scripts it runs. */
export interface PageSource {
  html: string;
  scripts: string[];
}

/** The site's whole stylesheet, before pruning, in out/ (a dotfile: never served; for the browser tests). */
export const WHOLE_STYLESHEET_FILE = '.whole-stylesheet.css';

/**
 * The stylesheet without the rules no element of this page can ever match (PurgeCSS): each page carries
 * only its own share of the site's CSS, inline. A rule stays when every class, id and element type it
 * names occurs in the page's HTML or in its islands' scripts (which add classes and render markup, such as
 * the comparison's). What changes while the page is open never removes a rule: pseudo-classes
 * (`:focus-visible`, `:hover`, `:open`) and attributes (`[aria-expanded=true]`, `[data-open]`, `[hidden]`)
 * are states, so only the class, id and type names around them count. Two kinds of rule go by the page's
 * structure first: those of the notice's `prose`, whose words are static Markdown no island changes
 * (`.prose :where(ul ul)` goes where no list is nested; not where an island renders prose itself), and
 * those of form fields' pseudo-elements where the page has no form field.
 */
export async function pruneStylesheet(css: string, page: PageSource): Promise<string> {
  const [result] = await new PurgeCSS().purge({
    content: [
      { raw: page.html, extension: 'html' },
      { raw: page.scripts.join('\n'), extension: 'js' },
    ],
    css: [{ raw: withoutAbsentStructure(css, page) }],
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
  return withoutLeftovers(result.css);
}

/**
 * What PurgeCSS leaves behind once the rules and variables are gone: rules with nothing left in them, and
 * the `@property` registrations of custom properties nothing reads any more.
 */
function withoutLeftovers(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.nodes.length === 0) rule.remove();
  });
  root.walkAtRules('property', (registration) => {
    if (!css.includes(`var(${registration.params}`)) registration.remove();
  });
  removeEmptyGroups(root);
  return root.toString();
}

/** Removes the groups (@media, @supports) a pruning left empty, innermost first. */
function removeEmptyGroups(root: postcss.Root) {
  for (let emptied = true; emptied;) {
    emptied = false;
    root.walkAtRules((group) => {
      if (group.nodes?.length !== 0) return;
      group.remove();
      emptied = true;
    });
  }
}

/** Pseudo-elements only form fields have (preflight resets them); PurgeCSS keeps every pseudo-element. */
const FORM_FIELD_PART =
  /^::(placeholder|file-selector-button|-webkit-(search-decoration|date-and-time-value|datetime-edit[\w-]*|calendar-picker-indicator|inner-spin-button|outer-spin-button))$/;

/** The stylesheet without the selectors of `prose` structure and of form fields' parts the page lacks. */
function withoutAbsentStructure(css: string, page: PageSource): string {
  const document = parseDocument(page.html);
  const formFields = hasFormFields(page);
  // Where an island makes prose of its own (the comparison's), the page's HTML does not show its structure.
  const staticProse = !page.scripts.some((script) => /\bprose\b/.test(script));
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    const kept = rule.selectors.filter((selector) =>
      staticProse && /^\.prose\b/.test(selector)
        ? matchesSomething(selector, document)
        : formFields || !FORM_FIELD_PART.test(selector.trim()),
    );
    if (kept.length === 0) rule.remove();
    else if (kept.length < rule.selectors.length) rule.selectors = kept;
  });
  removeEmptyGroups(root);
  return root.toString();
}

/** Pseudo-classes that depend on the document alone, which css-select decides as a browser would. */
const STRUCTURAL = /^:(where|is|not|has|first-child|last-child|only-child|first-of-type|last-of-type|only-of-type|nth-[\w-]+|empty|root)$/;

/**
 * Whether a selector matches an element of the page, its pseudo-element aside (`::marker`). A selector
 * with a state in it (`:hover`), or that the matcher cannot read, is kept.
 */
function matchesSomething(selector: string, document: ReturnType<typeof parseDocument>): boolean {
  const element = selector.replace(/::[\w-]+$/, '');
  if ((element.match(/(?<!\\):[\w-]+/g) ?? []).some((pseudo) => !STRUCTURAL.test(pseudo))) return true;
  try {
    return Boolean(selectOne(element, document));
  } catch {
    return true;
  }
}

/** Whether the page has, or its scripts may make, a form field: their pseudo-elements are theirs alone. */
function hasFormFields(page: PageSource): boolean {
  // An element in the HTML; in a script, an element it makes (`createElement("input")`, `<input` in markup).
  return /<(input|textarea|select)\b/i.test(page.html) || page.scripts.some((script) => /[<"'`](input|textarea|select)\b/i.test(script));
}

/**
 * The names a script may put in a class attribute or markup: its strings' words, whichever quotes hold
 * them (a class may itself hold quotes: `before:content-['#']`), and its identifiers.
 */
function scriptWords(script: string): string[] {
  return [/[^\s"'`]+/g, /[^\s"`]+/g, /[^\s'`]+/g, /[\w-]+/g].flatMap((words) => script.match(words) ?? []);
}

/** The attribute names of the stylesheet's attribute selectors (`[aria-expanded=true]` → aria-expanded). */
function attributesIn(css: string): string[] {
  return [...new Set(Array.from(css.matchAll(/(?<!\\)\[\s*([\w-]+)/g), (m) => m[1]!))];
}
