import { visit } from 'unist-util-visit';
import { INSECURE_SCHEMES, isAllowedLink, schemeOf } from '../link-policy';
import { startOf, type Finding, type NoticeRule } from './rule';

export { schemeOf } from '../link-policy';

/** Links may only go to web pages, email addresses or this site; never run code or embed data. */
export const linkScheme: NoticeRule = {
  name: 'link-scheme',
  description:
    'Links and images use https:, mailto: or a relative address; javascript:, data: and other schemes are refused; http: is a warning.',
  fix: 'Link to an `https://` address or a `mailto:` address.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    visit(parsed.mdast, (node) => {
      if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return;
      const scheme = schemeOf(node.url);
      if (scheme === undefined) return;
      if (!isAllowedLink(node.url, 'notice')) {
        findings.push({
          ...startOf(node),
          message: `the link "${node.url.slice(0, 60)}" uses "${scheme}:", which is not allowed: link to an https:// page or a mailto: address instead.`,
        });
      } else if (INSECURE_SCHEMES.has(scheme)) {
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
