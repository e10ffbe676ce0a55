import { visit } from 'unist-util-visit';
import { startOf, type Finding, type NoticeRule } from './rule';

const ADDRESS = /^[^@\s,;<>()]+@[^@\s,;<>()]+\.[A-Za-z]{2,}$/;

/** A mailto: link holds one well-formed address, or readers' mail programs open an empty or wrong message. */
export const mailtoAddress: NoticeRule = {
  name: 'mailto-address',
  description: 'mailto: links hold one well-formed email address.',
  fix: 'Write `[text](mailto:name@example.org)`.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    visit(parsed.mdast, 'link', (node) => {
      if (!/^mailto:/i.test(node.url)) return;
      const address = decodeURIComponent(node.url.replace(/^mailto:/i, '').split('?')[0]);
      if (!ADDRESS.test(address)) {
        findings.push({
          ...startOf(node),
          message: `"${node.url}" is not a valid email link: write it as mailto:name@example.org (one address, no spaces).`,
        });
      }
    });
    return findings;
  },
};
