import { closest, distance } from 'fastest-levenshtein';
import { visit } from 'unist-util-visit';
import { startOf, type Finding, type NoticeRule } from './rule';

/** A link to `#id` in the notice must land on a section of this version (its id or an alias). */
export const linkFragment: NoticeRule = {
  name: 'link-fragment',
  description: 'In-document links (#id) point at a heading id or alias of the same version.',
  fix: "Use the anchor suggested in the message, or the section's `{#id}`.",
  severity: 'error',
  check({ parsed }) {
    const ids = parsed.headings.flatMap((h) => [h.id, ...h.aliases]);
    const findings: Finding[] = [];
    visit(parsed.mdast, 'link', (node) => {
      if (!node.url.startsWith('#')) return;
      const target = decodeURIComponent(node.url.slice(1));
      if (ids.includes(target)) return;
      const guess = ids.length > 0 ? closest(target, ids) : undefined;
      const hint =
        guess && distance(target, guess) <= Math.max(2, target.length / 3)
          ? ` Did you mean "#${guess}"?`
          : ` The ids here are: ${ids.map((i) => `#${i}`).join(', ')}.`;
      findings.push({ ...startOf(node), message: `"${node.url}" matches no section id here.${hint}` });
    });
    return findings;
  },
};
