import { splitFrontMatter } from '../content/front-matter';
import type { ContentFinding, ContentRule } from './rule';

/**
 * Two version pull requests begun from the same main: the second was copied from the version the first
 * replaced, so merging it would quietly undo the first one's words. A version added on the branch must
 * hold the changes of every version published before it since it was last edited; git's own line merge
 * (`git merge-file`) says whether it does. Against the base branch only (`--base`).
 */
export const basedOnLatest: ContentRule = {
  name: 'based-on-latest',
  description:
    "Against the base branch (--base): a version added here was written from an older version than the one now before it on the base branch, and lacks that one's changes.",
  fix: 'Update the branch from main (GitHub: "Update branch"; command line: `git merge origin/main`), then make the newer version\'s changes in your version too, and commit it.',
  severity: 'error',
  checkContent({ base, versions }) {
    if (!base) return [];
    const onBase = new Set(base.entries.map((e) => e.name));
    const textOf = (name: string) => versions.find((v) => v.name === name)?.source ?? base.text(name);
    const everyVersion = [...new Set([...onBase, ...versions.map((v) => v.name)])].sort();
    const findings: ContentFinding[] = [];
    for (const version of versions) {
      if (onBase.has(version.name) || !version.frontMatter || version.frontMatter.backfill) continue;
      const previous = everyVersion.filter((n) => n < version.name).at(-1);
      const edit = previous && base.lastEdit(version.name);
      if (!previous || !edit || edit.versions.includes(previous)) continue;
      const writtenFrom = edit.versions
        .filter((n) => n < version.name)
        .sort()
        .at(-1);
      const [ancestor, theirs] = [writtenFrom && textOf(writtenFrom), textOf(previous)];
      if (ancestor === undefined || theirs === undefined) continue;
      // The bodies only: each version's front matter (its own date and summary) always differs.
      const ours = body(version.source);
      const offset = version.source.split('\n').length - ours.split('\n').length;
      const merged = base.merge(body(ancestor), ours, body(theirs));
      if (merged.conflicts === 0 && merged.text === ours) continue;
      const lacking = differingSections(ours, merged.text).map((s) => ({ ...s, line: s.line + offset }));
      const when = edit.commit ? `when it was last edited (commit ${edit.commit.slice(0, 7)}, ${edit.day})` : 'in your working copy';
      findings.push({
        file: version.file,
        line: lacking[0]?.line ?? 1,
        column: 1,
        message: `${version.name} was written from ${writtenFrom}, the newest version ${when}; since then ${previous} was published on ${base.ref}, and this version still has the older words where ${previous} changed them (${lacking.map((s) => `"${s.title}"`).join(', ') || 'its text'}). Merging it would silently undo ${previous}'s changes. Update this branch from ${base.ref} (on GitHub: "Update branch"; or git merge ${base.ref}), make ${previous}'s changes in ${version.name} too (its changes page lists them), and commit.`,
      });
    }
    return findings;
  },
};

/** A version's text after its front matter block. */
const body = (text: string) => splitFrontMatter(text)?.body ?? text;

/** The level-2 sections whose lines differ between two texts: their titles and first lines in `ours`. */
function differingSections(ours: string, merged: string): { title: string; line: number }[] {
  const sectionsOf = (text: string) => {
    const out: { title: string; line: number; body: string[] }[] = [{ title: 'the text before the first heading', line: 1, body: [] }];
    text.split('\n').forEach((line, index) => {
      const heading = /^##\s+(.*?)\s*(\{[^}]*\})?\s*$/.exec(line);
      if (heading) out.push({ title: heading[1], line: index + 1, body: [] });
      else out.at(-1)!.body.push(line);
    });
    return out;
  };
  const [mine, theirs] = [sectionsOf(ours), sectionsOf(merged)];
  const mergedText = new Map(theirs.map((s) => [s.title, s.body.join('\n')]));
  return [
    ...mine.filter((s) => mergedText.get(s.title) !== s.body.join('\n')),
    ...theirs.filter((s) => !mine.some((m) => m.title === s.title)).map((s) => ({ title: s.title, line: 1 })),
  ];
}
