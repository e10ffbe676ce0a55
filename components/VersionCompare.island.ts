/**
 * <version-compare>: compares two versions in the browser with the same diff and renderer as the static
 * changes pages (lib/diff.ts, lib/diff-html.ts), from each version's published sections.json. A
 * comparison has its own address (?from=…&to=…, the form's own GET fields): opening it shows it again.
 */
import { diffVersions, type DiffableSection } from '../lib/diff';
import { diffToHtml, escape, renamedAndChanged, summarize } from '../lib/diff-html';

type Sections = { date: string; sections: DiffableSection[] };

class VersionCompare extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const result = this.querySelector<HTMLElement>('.compare-result')!;
    const status = this.querySelector<HTMLElement>('.compare-status')!;
    const say = (message: string, html = `<p>${escape(message)}</p>`) => {
      status.textContent = message;
      result.innerHTML = html;
    };
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const [fromSelect, toSelect] = (['from', 'to'] as const).map((name) =>
        form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!,
      );
      // Always older to newer (dates in ISO form sort as text): a reversed pick is swapped, visibly.
      const swapped = fromSelect.value > toSelect.value;
      if (swapped) [fromSelect.value, toSelect.value] = [toSelect.value, fromSelect.value];
      const [from, to] = [fromSelect.selectedOptions[0], toSelect.selectedOptions[0]];
      const label = (o: HTMLOptionElement) => escape(o.textContent ?? o.value);
      if (from.value === to.value) return say('Pick two different versions.');
      const address = `?from=${from.value}&to=${to.value}`;
      if (location.search !== address) history.pushState(null, '', address + '#compare-title');
      say('Comparing…');
      try {
        const [before, after] = await Promise.all([from, to].map((o) => fetchSections(o.dataset.sections!)));
        const diff = diffVersions(before.sections, after.sections);
        const note = swapped ? ' (older version first)' : '';
        say(
          `${summarize(diff.counts, renamedAndChanged(diff))}${note}`,
          `<h3 class="compare-heading mb-2 text-xl">From ${label(from)} to ${label(to)}${note}</h3>${diffToHtml(diff, 3)}`,
        );
      } catch {
        say('The versions could not be loaded. Each version’s “What changed” page shows its changes.');
      }
    });
    // An address with a comparison in it (a shared link, Back or Forward) shows that comparison.
    const reopen = () => {
      const query = new URLSearchParams(location.search);
      const pick = (name: string) => form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!;
      const [from, to] = [query.get('from'), query.get('to')];
      const known = (date: string | null) => [...pick('from').options].some((o) => o.value === date);
      if (!known(from) || !known(to)) return say('', '');
      pick('from').value = from!;
      pick('to').value = to!;
      form.requestSubmit();
    };
    window.addEventListener('popstate', reopen);
    reopen();
  }
}

async function fetchSections(url: string): Promise<Sections> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Sections;
}

customElements.define('version-compare', VersionCompare);
