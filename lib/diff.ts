import { diffWords } from 'diff';

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
  | { kind: 'renamed'; id: string; oldId: string; oldTitle: string; title: string; parts: TextPart[]; textChanged: boolean }
  | { kind: 'changed'; id: string; title: string; parts: TextPart[] }
  | { kind: 'unchanged'; id: string; title: string; text: string };

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
        textChanged,
      };
    }
    return textChanged
      ? { kind: 'changed', id: a.id, title: a.title, parts: diffText(old.text, a.text) }
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
