import { visit } from 'unist-util-visit';
import { schemeOf } from '../content/url-scheme';
import { startOf, type Finding, type NoticeRule } from './rule';

const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

export { schemeOf };

/** Links may only go to web pages, email addresses or this site; never run code or embed data. */
export const linkScheme: NoticeRule = {
  name: 'link-scheme',
  description:
    'Links and images use https:, mailto: or a relative address; javascript:, data: and other schemes are refused; http: is a warning.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    visit(parsed.mdast, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const scheme = schemeOf(node.url);
      if (scheme === undefined) return;
      if (!SAFE_SCHEMES.has(scheme)) {
        findings.push({
          ...startOf(node),
          message: `the link "${node.url.slice(0, 60)}" uses "${scheme}:", which is not allowed: link to an https:// page or a mailto: address instead.`,
        });
      } else if (scheme === 'http') {
        findings.push({
          ...startOf(node),
          severity: 'warning',
          message: `"${node.url}" is not secure: change "http://" to "https://" (check the page opens that way).`,
        });
      }
    });
    return findings;
  },
};
