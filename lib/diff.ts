import { diffArrays, diffWords } from 'diff';
import type { Block, BlockKind } from './content';

// The section's blocks are the content model's (lib/content); the diff modules and their tests take them from here.
export type { Block, BlockKind };

/** What the diff needs of a section; the same shape is published as sections.json for the browser. */
export interface DiffableSection {
  id: string;
  title: string;
  aliases: string[];
  blocks: Block[];
}

/** A run of words: kept, inserted or deleted. */
export interface TextPart {
  type: 'equal' | 'insert' | 'delete';
  value: string;
}

/** Where a section stood among the version's headed sections (1 = first), before and after, when it moved. */
export interface Move {
  from: number;
  to: number;
}

/**
 * How one section changed, its blocks in reading order (all inserted, deleted or equal unless it changed).
 * `moved`: only its place changed; a changed or renamed section that also moved carries `move`.
 */
export type SectionChange =
  | { kind: 'added' | 'removed' | 'changed' | 'unchanged' | 'moved'; id: string; title: string; blocks: BlockChange[]; move?: Move }
  | {
      kind: 'renamed';
      id: string;
      oldId: string;
      oldTitle: string;
      title: string;
      blocks: BlockChange[];
      textChanged: boolean;
      move?: Move;
    };

/** A link whose destination changed: the old address, the new one (either absent when the block lost or gained a link). */
export interface LinkChange {
  from?: string;
  to?: string;
}

/**
 * One block with its kind: kept, inserted or deleted whole, or changed word by word (of the newer kind);
 * a changed block lists the links whose destination changed, even when no word did.
 */
export type BlockChange =
  | { type: 'equal' | 'insert' | 'delete'; kind: BlockKind; text: string }
  | { type: 'changed'; kind: BlockKind; parts: TextPart[]; links?: LinkChange[] };

export type ChangeKind = SectionChange['kind'];

/** The comparison of two versions: section changes in reading order and a count of each kind. */
export interface VersionDiff {
  sections: SectionChange[];
  counts: Record<ChangeKind, number>;
}

/** Word-level differences between two texts, as jsdiff finds them. */
export function diffText(before: string, after: string): TextPart[] {
  return diffWords(before, after).map((c) => ({ type: c.added ? 'insert' : c.removed ? 'delete' : 'equal', value: c.value }));
}

/**
 * Block-by-block differences between two sections' blocks; a block that changed kind (a paragraph become a
 * list item) is a different block. A run of deleted blocks followed by inserted ones is paired in order
 * and diffed word by word, unless a pair differs in kind or shares too few words to read as an edit (then
 * the old block is shown deleted and the new one inserted).
 */
export function diffBlocks(before: Block[], after: Block[]): BlockChange[] {
  const chunks = diffArrays(before, after, { comparator: sameBlock });
  const out: BlockChange[] = [];
  const whole = (type: 'equal' | 'insert' | 'delete') => (b: Block) => ({ type, kind: b.kind, text: b.text });
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!chunk.added && !chunk.removed) {
      out.push(...(chunk.value as Block[]).map(whole('equal')));
      continue;
    }
    // jsdiff reports a replaced run as a removal immediately followed by an addition.
    const removed = chunk.removed ? chunk.value : [];
    const added = chunk.removed && chunks[i + 1]?.added ? chunks[++i].value : chunk.added ? chunk.value : [];
    const paired = Math.min(removed.length, added.length);
    for (let j = 0; j < paired; j++) {
      const [old, now] = [removed[j], added[j]];
      const parts = diffText(old.text, now.text);
      const kept = parts.filter((p) => p.type === 'equal').reduce((n, p) => n + p.value.trim().length, 0);
      if (old.kind === now.kind && kept * 3 >= Math.max(old.text.length, now.text.length)) {
        const links = linkChanges(old.links ?? [], now.links ?? []);
        out.push({ type: 'changed', kind: now.kind, parts, ...(links.length > 0 && { links }) });
      } else out.push(whole('delete')(old), whole('insert')(now));
    }
    out.push(...removed.slice(paired).map(whole('delete')));
    out.push(...added.slice(paired).map(whole('insert')));
  }
  return out;
}

const sameBlock = (a: Block, b: Block) => a.kind === b.kind && a.text === b.text && JSON.stringify(a.links) === JSON.stringify(b.links);

/** The destinations that differ between a block's links before and after, paired in order. */
function linkChanges(before: string[], after: string[]): LinkChange[] {
  const out: LinkChange[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] !== after[i])
      out.push({ ...(before[i] !== undefined && { from: before[i] }), ...(after[i] !== undefined && { to: after[i] }) });
  }
  return out;
}

/**
 * Compares two versions section by section. Sections are matched by id, or by an alias a new section
 * declares for the older id, so a renamed heading is "renamed", not "removed" and "added". The result
 * follows the newer version's order; removed sections appear where they used to be.
 */
export function diffVersions(before: DiffableSection[], after: DiffableSection[]): VersionDiff {
  // Same id, or a renamed section that declares the old id as an alias. An alias on a section that already
  // existed only redirects the links of a removed section: that section is still "removed".
  const oldIds = new Set(before.map((b) => b.id));
  const matchOf = (section: DiffableSection) =>
    after.find((a) => a.id === section.id) ?? after.find((a) => a.aliases.includes(section.id) && !oldIds.has(a.id));
  const matched = new Map(
    before.map((b) => [matchOf(b), b] as const).filter((pair): pair is [DiffableSection, DiffableSection] => pair[0] !== undefined),
  );

  const moves = movesOf(before, after, matched);
  const changes: SectionChange[] = after.map((a) => {
    const old = matched.get(a);
    if (!old) return { kind: 'added', id: a.id, title: a.title, blocks: diffBlocks([], a.blocks) };
    const blocks = diffBlocks(old.blocks, a.blocks);
    const textChanged = blocks.some((b) => b.type !== 'equal');
    const move = moves.get(a);
    const moved = move && { move };
    if (old.title !== a.title || old.id !== a.id) {
      return { kind: 'renamed', id: a.id, oldId: old.id, oldTitle: old.title, title: a.title, blocks, textChanged, ...moved };
    }
    return { kind: textChanged ? 'changed' : move ? 'moved' : 'unchanged', id: a.id, title: a.title, blocks, ...moved };
  });

  // Removed sections go back where they stood: after the nearest earlier section that still exists.
  before.forEach((b, index) => {
    if (matchOf(b)) return;
    const anchor = before
      .slice(0, index)
      .reverse()
      .map(matchOf)
      .find((m) => m !== undefined);
    const position = anchor ? changes.findIndex((c) => c.id === anchor.id) + 1 : 0;
    let insertAt = position;
    while (insertAt < changes.length && changes[insertAt].kind === 'removed') insertAt++;
    changes.splice(insertAt, 0, { kind: 'removed', id: b.id, title: b.title, blocks: diffBlocks(b.blocks, []) });
  });

  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, renamed: 0, changed: 0, moved: 0, unchanged: 0 };
  for (const c of changes) counts[c.kind]++;
  return { sections: changes, counts };
}

/**
 * The sections whose place changed: the fewest that, taken out, leave the rest in the same order (the longest
 * common run, as jsdiff finds it), so moving "Contact Us" to the top moves one section, not the sixteen it passed.
 * Places count headed sections only (the text before the first heading is not one).
 */
function movesOf(
  before: DiffableSection[],
  after: DiffableSection[],
  matched: Map<DiffableSection, DiffableSection>,
): Map<DiffableSection, Move> {
  const kept = after.filter((a) => matched.has(a));
  const oldOrder = before.map((b) => kept.find((a) => matched.get(a) === b)).filter((a): a is DiffableSection => a !== undefined);
  const place = (list: DiffableSection[], s: DiffableSection) => list.filter((x) => x.title !== '').indexOf(s) + 1;
  const moves = new Map<DiffableSection, Move>();
  for (const chunk of diffArrays(oldOrder, kept)) {
    if (!chunk.added) continue;
    for (const a of chunk.value) if (a.title !== '') moves.set(a, { from: place(before, matched.get(a)!), to: place(after, a) });
  }
  return moves;
}
