/**
 * <version-compare>: compares two versions in the browser with the same diff and renderer as the static
 * changes pages (lib/diff.ts, lib/diff-html.ts), from each version's published sections.json.
 */
import { diffVersions, type DiffableSection } from '../lib/diff';
import { diffToHtml, escape } from '../lib/diff-html';

type Sections = { date: string; sections: DiffableSection[] };

class VersionCompare extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector('form')!;
    const result = this.querySelector<HTMLElement>('.compare-result')!;
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const [from, to] = (['from', 'to'] as const).map(
        (name) => form.querySelector<HTMLSelectElement>(`select[name=${name}]`)!.selectedOptions[0],
      );
      const label = (o: HTMLOptionElement) => escape(o.textContent ?? o.value);
      if (from.value === to.value) {
        result.innerHTML = '<p>Pick two different versions.</p>';
        return;
      }
      result.innerHTML = '<p>Comparing…</p>';
      try {
        const [before, after] = await Promise.all([from, to].map((o) => fetchSections(o.dataset.sections!)));
        result.innerHTML = `<h3 class="compare-heading">From ${label(from)} to ${label(to)}</h3>${diffToHtml(diffVersions(before.sections, after.sections), 3)}`;
      } catch {
        result.innerHTML = '<p>The versions could not be loaded. Each version’s “What changed” page shows its changes.</p>';
      }
    });
  }
}

async function fetchSections(url: string): Promise<Sections> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Sections;
}

customElements.define('version-compare', VersionCompare);
