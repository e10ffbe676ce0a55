import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { startOf, type Finding, type NoticeRule } from './rule';

/** Link texts that say nothing about where the link goes (Lighthouse's list, lower case). */
const VAGUE = new Set([
  'click here',
  'click this',
  'go',
  'here',
  'information',
  'learn more',
  'more',
  'more info',
  'more information',
  'right here',
  'read more',
  'see more',
  'start',
  'this',
]);

/** A link with no text is invisible and unnamed; a vague one ("here") needs a description for screen readers. */
export const linkText: NoticeRule = {
  name: 'link-text',
  description: 'Every link has text; a link whose text is vague ("click here", "here") has a description as its title.',
  fix: 'Put the words between the brackets: `[Cookies Notice](https://…)`. For vague words, keep them and add a description after the address: `[click here](https://… "Edit your account")`; screen readers read it with the link.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    visit(parsed.mdast, 'link', (node) => {
      const text = toString(node).trim();
      if (text === '') {
        findings.push({
          ...startOf(node),
          message: `the link to "${node.url}" has no text: write the words to click between the brackets, [like this](${node.url}).`,
        });
      } else if (VAGUE.has(text.toLowerCase()) && !node.title) {
        findings.push({
          ...startOf(node),
          severity: 'warning',
          message: `the link text "${text}" does not say where it leads: keep the words and add a description after the address, [${text}](${node.url} "What the page is"); screen readers read it with the link.`,
        });
      }
    });
    return findings;
  },
};
