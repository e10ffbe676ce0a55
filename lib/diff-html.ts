import type { BlockChange, BlockKind, ChangeKind, LinkChange, Move, SectionChange, TextPart, VersionDiff } from './diff';

// Utilities (app/globals.css has @source for this file); the diff-* names are hooks for tests and islands.
const SUMMARY = 'diff-summary font-semibold';
const SECTION = 'diff-section mb-5';
/** On paper a section's title stays with its text. */
const TITLE = 'diff-title mb-2 text-xl break-after-avoid';
/** Like the version list's status badge (components/classes.ts `badge`), but a box, not a pill: a long one ("Renamed from …") wraps. */
const BADGE = 'diff-badge ml-2 inline-block rounded-lg border border-current px-2 py-0.5 align-middle text-xs font-semibold';
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
  // What changed first, in reading order; the unchanged sections after it, collapsed. Each a <section> of one
  // container (not list items), so Reader View takes the whole comparison, not its longest section.
  const sections = [...diff.sections.filter((c) => c.kind !== 'unchanged'), ...diff.sections.filter((c) => c.kind === 'unchanged')];
  return `<p class="${SUMMARY}">${escape(summarize(diff.counts, renamedAndChanged(diff)))}</p>\n<div class="diff-sections my-4">${sections.map((c) => sectionHtml(c, headingLevel)).join('')}</div>`;
}

/** How many renamed sections had their text changed too. */
export const renamedAndChanged = (diff: VersionDiff) => diff.sections.filter((c) => c.kind === 'renamed' && c.textChanged).length;

const LABEL: Record<ChangeKind, [string, string]> = {
  added: ['section added', 'sections added'],
  removed: ['section removed', 'sections removed'],
  renamed: ['section renamed', 'sections renamed'],
  changed: ['section changed', 'sections changed'],
  moved: ['section moved', 'sections moved'],
  unchanged: ['section unchanged', 'sections unchanged'],
};

/**
 * "1 section added, 2 sections changed, 14 sections unchanged." (kinds with none are left out). A renamed
 * section whose text changed too says so: "1 section renamed and changed", "2 sections renamed (1 also changed)".
 */
export function summarize(counts: Record<ChangeKind, number>, renamedWithText = 0): string {
  const renamed = (n: number) =>
    renamedWithText === 0 ? '' : renamedWithText === n ? ' and changed' : ` (${renamedWithText} also changed)`;
  const parts = (Object.keys(LABEL) as ChangeKind[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${LABEL[k][counts[k] === 1 ? 0 : 1]}${k === 'renamed' ? renamed(counts[k]) : ''}`);
  return parts.length > 0 ? `${parts.join(', ')}.` : 'No sections.';
}

function sectionHtml(change: SectionChange, level: number): string {
  const title = escape(change.title || 'Introduction');
  const badge = (text: string) => `<span class="${BADGE}">${text}</span>`;
  // A section added or removed whole reads as plain text beside a bar, not a wall of underline or strikethrough:
  // its badge says what happened to it.
  const whole = change.kind === 'added' || change.kind === 'removed';
  const bar = change.kind === 'added' ? ' border-l-4 border-ins pl-4' : change.kind === 'removed' ? ' border-l-4 border-del pl-4' : '';
  const text = `<div class="${TEXT}${bar}">${blocksHtml(change.blocks, level, whole)}</div>`;
  const section = (badgeText: string) =>
    `<section class="${SECTION} diff-${change.kind}"><h${level} class="${TITLE}">${title} ${badge(badgeText)}</h${level}>${text}</section>`;
  switch (change.kind) {
    case 'unchanged':
      // Collapsed: the reader came for what changed.
      return `<section class="${SECTION} diff-unchanged"><details><summary class="min-h-6 cursor-pointer text-muted">${title} ${badge('Unchanged')}</summary>${text}</details></section>`;
    case 'added':
      return section('Added');
    case 'removed':
      return section('Removed');
    case 'moved':
      // Only its place changed: its words stay collapsed, the badge says where it went.
      return `<section class="${SECTION} diff-moved"><details><summary class="min-h-6 cursor-pointer">${title} ${badge(escape(movedLabel(change.move!)))}</summary>${text}</details></section>`;
    case 'renamed':
      return section(
        `Renamed from “${escape(change.oldTitle || change.oldId)}”${change.textChanged ? ', text changed' : ''}${alsoMoved(change)}`,
      );
    case 'changed':
      return section(`Changed${alsoMoved(change)}`);
  }
}

/** "Moved from 17th to 2nd": the section's place among the version's sections, before and after. */
export const movedLabel = (move: Move) => `Moved from ${ordinal(move.from)} to ${ordinal(move.to)}`;

/** ", moved from 17th to 2nd" after what else happened to a section that also moved; "" when it did not. */
export const alsoMoved = (change: SectionChange) => (change.move ? `, ${movedLabel(change.move).toLowerCase()}` : '');

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;

/** What happened to a block's link destinations, in words, addresses marked: a changed address is a change a reader can follow. */
function linkChangesHtml(links: LinkChange[]): string {
  const [del, ins] = [(href: string) => `<del>${escape(href)}</del>`, (href: string) => `<ins>${escape(href)}</ins>`];
  return links
    .map((l) =>
      l.from !== undefined && l.to !== undefined
        ? `Link changed from ${del(l.from)} to ${ins(l.to)}`
        : l.from !== undefined
          ? `Link removed: ${del(l.from)}`
          : `Link added: ${ins(l.to!)}`,
    )
    .join('; ');
}

/**
 * A section's blocks as the notice has them: paragraphs, runs of list items as one list, sub-headings one
 * level below the section's title (so the page's outline holds). A changed block has its words marked; an
 * inserted or deleted block is marked whole.
 */
function blocksHtml(blocks: BlockChange[], level: number, whole = false): string {
  const block = (b: BlockChange) => (whole && b.type !== 'changed' ? escape(b.text) : blockHtml(b));
  let html = '';
  for (let i = 0; i < blocks.length;) {
    const { kind } = blocks[i];
    if (kind === 'ul' || kind === 'ol' || kind === 'blockquote') {
      const item = kind === 'blockquote' ? 'p' : 'li';
      let items = '';
      for (; i < blocks.length && blocks[i].kind === kind; i++) items += `<${item}>${block(blocks[i])}</${item}>`;
      html += `<${kind}>${items}</${kind}>`;
    } else {
      html += kind === 'p' ? `<p>${block(blocks[i++])}</p>` : subheading(kind, level, block(blocks[i++]));
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
  if (block.type === 'changed') {
    const links = block.links ? ` <span class="diff-links text-sm">(${linkChangesHtml(block.links)}.)</span>` : '';
    return partsHtml(block.parts) + links;
  }
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
