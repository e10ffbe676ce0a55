import { diffArrays, diffWords } from 'diff';

/** What the diff needs of a section; the same shape is published as sections.json for the browser. */
export interface DiffableSection {
  id: string;
  title: string;
  aliases: string[];
  text: string;
}

/** A run of words: kept, inserted or deleted. */
export interface TextPart {
  type: 'equal' | 'insert' | 'delete';
  value: string;
}

export type SectionChange =
  | { kind: 'added'; id: string; title: string; text: string }
  | { kind: 'removed'; id: string; title: string; text: string }
  | {
      kind: 'renamed';
      id: string;
      oldId: string;
      oldTitle: string;
      title: string;
      parts: TextPart[];
      blocks: BlockChange[];
      textChanged: boolean;
    }
  | { kind: 'changed'; id: string; title: string; parts: TextPart[]; blocks: BlockChange[] }
  | { kind: 'unchanged'; id: string; title: string; text: string };

/** One block (a line of a section's text): kept, inserted or deleted whole, or changed word by word. */
export type BlockChange = { type: 'equal' | 'insert' | 'delete'; text: string } | { type: 'changed'; parts: TextPart[] };

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
 * Block-by-block differences between two texts of one block per line. A run of deleted blocks followed by
 * inserted ones is paired in order and diffed word by word, unless a pair shares too few words to read as
 * an edit (then the old block is shown deleted and the new one inserted).
 */
export function diffBlocks(before: string, after: string): BlockChange[] {
  const lines = (text: string) => (text === '' ? [] : text.split('\n'));
  const chunks = diffArrays(lines(before), lines(after));
  const out: BlockChange[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (!chunk.added && !chunk.removed) {
      out.push(...chunk.value.map((text) => ({ type: 'equal' as const, text })));
      continue;
    }
    // jsdiff reports a replaced run as a removal immediately followed by an addition.
    const removed = chunk.removed ? chunk.value : [];
    const added = chunk.removed && chunks[i + 1]?.added ? chunks[++i].value : chunk.added ? chunk.value : [];
    const paired = Math.min(removed.length, added.length);
    for (let j = 0; j < paired; j++) {
      const parts = diffText(removed[j], added[j]);
      const kept = parts.filter((p) => p.type === 'equal').reduce((n, p) => n + p.value.trim().length, 0);
      if (kept * 3 >= Math.max(removed[j].length, added[j].length)) out.push({ type: 'changed', parts });
      else out.push({ type: 'delete', text: removed[j] }, { type: 'insert', text: added[j] });
    }
    out.push(...removed.slice(paired).map((text) => ({ type: 'delete' as const, text })));
    out.push(...added.slice(paired).map((text) => ({ type: 'insert' as const, text })));
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

  const changes: SectionChange[] = after.map((a) => {
    const old = matched.get(a);
    if (!old) return { kind: 'added', id: a.id, title: a.title, text: a.text };
    const textChanged = old.text !== a.text;
    if (old.title !== a.title || old.id !== a.id) {
      return {
        kind: 'renamed',
        id: a.id,
        oldId: old.id,
        oldTitle: old.title,
        title: a.title,
        parts: diffText(old.text, a.text),
        blocks: diffBlocks(old.text, a.text),
        textChanged,
      };
    }
    return textChanged
      ? { kind: 'changed', id: a.id, title: a.title, parts: diffText(old.text, a.text), blocks: diffBlocks(old.text, a.text) }
      : { kind: 'unchanged', id: a.id, title: a.title, text: a.text };
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
    changes.splice(insertAt, 0, { kind: 'removed', id: b.id, title: b.title, text: b.text });
  });

  const counts: Record<ChangeKind, number> = { added: 0, removed: 0, renamed: 0, changed: 0, unchanged: 0 };
  for (const c of changes) counts[c.kind]++;
  return { sections: changes, counts };
}
