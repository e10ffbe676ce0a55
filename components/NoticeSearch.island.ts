/**
 * <notice-search>: filters the notice's own passages (paragraphs and list items of #privacy-notice) by
 * the words typed, and lists each match with its section and a link to it, the words marked. Only the
 * notice's words are shown: no summary is invented. Each query word matches the words it starts (its
 * ending dropped): "delete" finds "deleted" and "deletion".
 */
const MAX_RESULTS = 20;

/** The start every matching word must have: the query word without a common ending. */
const stem = (word: string) => (word.length > 4 ? word.replace(/(?:ing|ion|ed|es|e|s)$/, '') : word);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

class NoticeSearch extends HTMLElement {
  connectedCallback() {
    const notice = document.getElementById('privacy-notice');
    if (!notice) return;
    const passages = [...notice.querySelectorAll<HTMLElement>('section[id] p, section[id] li')]
      .filter((block) => !block.querySelector('p, li'))
      .map((block) => {
        const section = block.closest('section[id]')!;
        return { text: block.textContent ?? '', id: section.id, title: section.querySelector('h2')?.textContent ?? '' };
      });

    this.innerHTML = `<label class="block leading-6 font-bold" for="notice-search-input">Search this notice</label>
<input id="notice-search-input" type="search" autocomplete="off" spellcheck="false" class="mt-1 block min-h-11 w-full rounded-md border border-line bg-page px-3 py-2" aria-describedby="notice-search-status">
<p id="notice-search-status" class="mt-1 text-sm text-muted" role="status" aria-live="polite"></p>
<ol class="notice-search-results mt-2 space-y-3 empty:hidden"></ol>`;
    const input = this.querySelector('input')!;
    const status = this.querySelector<HTMLElement>('[role=status]')!;
    const results = this.querySelector('ol')!;

    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(show, 150);
    });

    const show = () => {
      results.replaceChildren();
      const words = input.value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      if (words.length === 0) return (status.textContent = '');
      const patterns = words.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(stem(w))}[\\p{L}\\p{N}]*`, 'giu'));
      const found = passages.filter((p) => patterns.every((re) => ((re.lastIndex = 0), re.test(p.text))));
      const sections = new Set(found.map((p) => p.id)).size;
      status.textContent =
        found.length === 0
          ? `No passage of the notice has “${input.value.trim()}”.`
          : `${found.length} passage${found.length === 1 ? '' : 's'} in ${sections} section${sections === 1 ? '' : 's'}${found.length > MAX_RESULTS ? `; the first ${MAX_RESULTS} below` : ''}.`;
      for (const passage of found.slice(0, MAX_RESULTS)) {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = `#${passage.id}`;
        link.className = 'font-bold';
        link.textContent = passage.title;
        const text = document.createElement('p');
        text.className = 'mt-0.5';
        text.append(...highlighted(passage.text, patterns));
        item.append(link, text);
        results.append(item);
      }
    };
  }
}

/** The text as nodes, each match of any pattern in a <mark>. */
function highlighted(text: string, patterns: RegExp[]): Node[] {
  const ranges: [number, number][] = [];
  for (const re of patterns) for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  ranges.sort((a, b) => a[0] - b[0]);
  const nodes: Node[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    nodes.push(document.createTextNode(text.slice(at, start)));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    nodes.push(mark);
    at = end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

customElements.define('notice-search', NoticeSearch);

// A module, not a script: its names stay out of the global scope.
export {};
