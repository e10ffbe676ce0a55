import type { BlockChange, BlockKind, ChangeKind, SectionChange, TextPart, VersionDiff } from './diff';

// Utilities (app/globals.css has @source for this file); the diff-* names are hooks for tests and islands.
const SUMMARY = 'diff-summary font-semibold';
const SECTION = 'diff-section mb-5';
/** On paper a section's title stays with its text. */
const TITLE = 'diff-title mb-2 text-xl break-after-avoid';
/** The same utilities as the version list's status badge (components/classes.ts `badge`), so no new CSS. */
const BADGE = 'diff-badge ml-2 inline-block rounded-full border border-current px-2 align-middle text-xs font-semibold';
/**
 * The blocks read like the notice: its prose, at its measure. The prose theme styles no h4 (the notice has
 * none), but a sub-heading is one in the compare result, below its h3 section titles.
 */
const TEXT = 'diff-text prose max-w-measure prose-h4:font-bold';

/**
 * Renders a version comparison as HTML. One renderer for both places a diff is shown: the static changes
 * pages (server) and the compare form on the versions page (the browser island), so they cannot drift.
 */
export function diffToHtml(diff: VersionDiff, headingLevel: 2 | 3 = 2): string {
  return `<p class="${SUMMARY}">${escape(summarize(diff.counts))}</p>\n<ol class="diff-sections my-4">${diff.sections.map((c) => sectionHtml(c, headingLevel)).join('')}</ol>`;
}

const LABEL: Record<ChangeKind, [string, string]> = {
  added: ['section added', 'sections added'],
  removed: ['section removed', 'sections removed'],
  renamed: ['section renamed', 'sections renamed'],
  changed: ['section changed', 'sections changed'],
  unchanged: ['section unchanged', 'sections unchanged'],
};

/** "1 section added, 2 sections changed, 14 sections unchanged." (kinds with none are left out). */
export function summarize(counts: Record<ChangeKind, number>): string {
  const parts = (Object.keys(LABEL) as ChangeKind[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${LABEL[k][counts[k] === 1 ? 0 : 1]}`);
  return parts.length > 0 ? `${parts.join(', ')}.` : 'No sections.';
}

function sectionHtml(change: SectionChange, level: number): string {
  const title = escape(change.title || 'Introduction');
  const badge = (text: string) => `<span class="${BADGE}">${text}</span>`;
  const text = `<div class="${TEXT}">${blocksHtml(change.blocks, level)}</div>`;
  const section = (badgeText: string) =>
    `<li class="${SECTION} diff-${change.kind}"><h${level} class="${TITLE}">${title} ${badge(badgeText)}</h${level}>${text}</li>`;
  switch (change.kind) {
    case 'unchanged':
      // Collapsed: the reader came for what changed.
      return `<li class="${SECTION} diff-unchanged"><details><summary class="min-h-6 cursor-pointer text-muted">${title} ${badge('Unchanged')}</summary>${text}</details></li>`;
    case 'added':
      return section('Added');
    case 'removed':
      return section('Removed');
    case 'renamed':
      return section(`Renamed from “${escape(change.oldTitle || change.oldId)}”${change.textChanged ? ', text changed' : ''}`);
    case 'changed':
      return section('Changed');
  }
}

/**
 * A section's blocks as the notice has them: paragraphs, runs of list items as one list, sub-headings one
 * level below the section's title (so the page's outline holds). A changed block has its words marked; an
 * inserted or deleted block is marked whole.
 */
function blocksHtml(blocks: BlockChange[], level: number): string {
  let html = '';
  for (let i = 0; i < blocks.length;) {
    const { kind } = blocks[i];
    if (kind === 'ul' || kind === 'ol' || kind === 'blockquote') {
      const item = kind === 'blockquote' ? 'p' : 'li';
      let items = '';
      for (; i < blocks.length && blocks[i].kind === kind; i++) items += `<${item}>${blockHtml(blocks[i])}</${item}>`;
      html += `<${kind}>${items}</${kind}>`;
    } else {
      html += kind === 'p' ? `<p>${blockHtml(blocks[i++])}</p>` : subheading(kind, level, blockHtml(blocks[i++]));
    }
  }
  return html;
}

/** A sub-heading, kept with the text after it on paper: a bold paragraph, or a heading one level below the title. */
function subheading(kind: Exclude<BlockKind, 'p' | 'ul' | 'ol' | 'blockquote'>, level: number, html: string): string {
  if (kind === 'bold') return `<p class="break-after-avoid"><strong>${html}</strong></p>`;
  const tag = `h${Math.min(6, level + Number(kind[1]) - 2)}`;
  return `<${tag} class="break-after-avoid">${html}</${tag}>`;
}

/** One block's words, escaped; a changed block with its words marked, an inserted or deleted one marked whole. */
export function blockHtml(block: BlockChange): string {
  if (block.type === 'changed') return partsHtml(block.parts);
  const text = escape(block.text);
  return block.type === 'insert' ? `<ins>${text}</ins>` : block.type === 'delete' ? `<del>${text}</del>` : text;
}

function partsHtml(parts: TextPart[]): string {
  return parts
    .map((p) =>
      p.type === 'insert' ? `<ins>${escape(p.value)}</ins>` : p.type === 'delete' ? `<del>${escape(p.value)}</del>` : escape(p.value),
    )
    .join('');
}

/** Escapes text for HTML element content and attribute values. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
