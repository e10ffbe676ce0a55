import type { Finding, NoticeRule } from './rule';

/** Longer headings do not fit the Quick Links list: they need a short label. */
export const MAX_QUICK_LINK_LENGTH = 40;

/** Every Quick Link has a label that fits: the heading itself when short, else quick-link="…". */
export const quickLinkLabel: NoticeRule = {
  name: 'quick-link-label',
  description: `A listed section whose heading is longer than ${MAX_QUICK_LINK_LENGTH} characters has a quick-link="…" label; labels are not empty.`,
  fix: 'Add `quick-link="Short label"` inside its `{…}`.',
  severity: 'error',
  check({ parsed }) {
    const findings: Finding[] = [];
    for (const h of parsed.headings) {
      if (h.quickLink === undefined) continue;
      const at = { line: h.line, column: h.column };
      if (h.hasQuickLinkLabel && h.quickLink.trim() === '') {
        findings.push({ ...at, message: 'the quick-link label is empty: write the short text for Quick Links, or remove quick-link="".' });
      } else if (!h.hasQuickLinkLabel && h.text.length > MAX_QUICK_LINK_LENGTH) {
        findings.push({
          ...at,
          message: `this heading is ${h.text.length} characters, too long for Quick Links: add a short label, e.g. {#${h.id} quick-link="…"} (at most ${MAX_QUICK_LINK_LENGTH} characters read well), or .unlisted to leave it out.`,
        });
      }
    }
    return findings;
  },
};
