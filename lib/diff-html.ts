import type { BlockChange, ChangeKind, SectionChange, TextPart, VersionDiff } from './diff';

/**
 * Renders a version comparison as HTML. One renderer for both places a diff is shown: the static changes
 * pages (server) and the compare form on the versions page (the browser island), so they cannot drift.
 */
export function diffToHtml(diff: VersionDiff, headingLevel: 2 | 3 = 2): string {
  return `<p class="diff-summary">${escape(summarize(diff.counts))}</p>\n<ol class="diff-sections">${diff.sections.map((c) => sectionHtml(c, headingLevel)).join('')}</ol>`;
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
  const h = (badge: string) => `<h${level} class="diff-title">${title} <span class="diff-badge">${badge}</span></h${level}>`;
  switch (change.kind) {
    case 'unchanged':
      // Collapsed: the reader came for what changed.
      return `<li class="diff-section diff-unchanged"><details><summary>${title} <span class="diff-badge">Unchanged</span></summary><div class="diff-text">${textHtml(change.text)}</div></details></li>`;
    case 'added':
      return `<li class="diff-section diff-added">${h('Added')}<div class="diff-text">${textHtml(change.text, 'ins')}</div></li>`;
    case 'removed':
      return `<li class="diff-section diff-removed">${h('Removed')}<div class="diff-text">${textHtml(change.text, 'del')}</div></li>`;
    case 'renamed':
      return `<li class="diff-section diff-renamed">${h(`Renamed from “${escape(change.oldTitle || change.oldId)}”${change.textChanged ? ', text changed' : ''}`)}<div class="diff-text">${blocksHtml(change.blocks)}</div></li>`;
    case 'changed':
      return `<li class="diff-section diff-changed">${h('Changed')}<div class="diff-text">${blocksHtml(change.blocks)}</div></li>`;
  }
}

/** A section's text (one block per line) as paragraphs, each wholly inserted or deleted if `mark` says so. */
function textHtml(text: string, mark?: 'ins' | 'del'): string {
  return text === ''
    ? ''
    : text
        .split('\n')
        .map((line) => paragraph(mark ? `<${mark}>${escape(line)}</${mark}>` : escape(line)))
        .join('');
}

function blocksHtml(blocks: BlockChange[]): string {
  return blocks
    .map((b) =>
      b.type === 'changed'
        ? paragraph(partsHtml(b.parts))
        : textHtml(b.text, b.type === 'insert' ? 'ins' : b.type === 'delete' ? 'del' : undefined),
    )
    .join('');
}

const paragraph = (html: string) => `<p>${html}</p>`;

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
