import { z } from 'zod';
import { allowedLinksHint, isAllowedLink } from '../link-policy';
import { requiredText } from './front-matter';
import { inlineMarkdownProblems } from './inline-markdown';

/** An address in the chrome: https:// for published pages, /path for pages this site serves. */
const href = z
  .string({ error: (iss) => (iss.input === undefined ? 'is missing: add the link address' : 'expected a link address as text') })
  .trim()
  .refine((s) => isAllowedLink(s, 'chrome'), { error: allowedLinksHint('chrome') });

/** A one-line text that may hold [links](https://…), _italics_ and **bold**. */
const inlineMarkdown = (what: string) =>
  requiredText(what).superRefine((text, ctx) => {
    for (const message of inlineMarkdownProblems(text)) ctx.addIssue({ code: 'custom', message });
  });

const link = z.strictObject({ label: requiredText('the link text'), href });

/** A list of links in which no link text appears twice (readers could not tell them apart). */
const linkList = (min = 0) =>
  z
    .array(link)
    .min(min, { error: 'needs at least one link' })
    .superRefine((links, ctx) => {
      links.forEach((l, index) => {
        const first = links.findIndex((other) => other.label === l.label);
        if (first < index) {
          const same = links[first].href === l.href;
          ctx.addIssue({
            code: 'custom',
            path: [index, 'label'],
            message: same ? `duplicates the link at position ${first + 1} of this list: remove one` : `"${l.label}" is already the text of another link in this list (to ${links[first].href}): give each link its own text`,
          });
        }
      });
    });

const linkGroup = z.strictObject({
  /** Group heading; optional when a menu has a single group. */
  label: requiredText('the group heading').optional(),
  links: linkList(1),
});

/** A top-level navigation entry: a plain link (href), or a menu of link groups (groups). */
const navigationItem = z
  .strictObject({
    label: requiredText('the entry name'),
    href: href.optional(),
    groups: z.array(linkGroup).min(1, { error: 'needs at least one group of links' }).optional(),
  })
  .refine((item) => (item.href === undefined) !== (item.groups === undefined), {
    error: 'give either "href" (a plain link) or "groups" (a menu), not both or neither',
  });

/** The schema of `content/site.yaml`: every piece of chrome around the notice. */
export const siteSchema = z.strictObject({
  name: requiredText('the organisation name'),
  origin: z.url({ protocol: /^https$/, error: 'must be the site address, e.g. https://actionnetwork.org' }).transform((s) => s.replace(/\/+$/, '')),
  /** Repository page for "Edit this page" links, e.g. https://github.com/org/repo; no link when unset. */
  repository: z
    .url({ protocol: /^https$/, error: 'must be an https:// repository address, e.g. https://github.com/org/repo' })
    .transform((s) => s.replace(/\/+$/, ''))
    .optional(),
  /** Branch the "Edit this page" links open. */
  editBranch: requiredText('the branch name, e.g. main').default('main'),
  skipLink: requiredText('the skip link text, e.g. "Skip to content"'),
  /** Days after a new version takes effect during which /privacy/ says "We updated this notice". */
  recentUpdateDays: z.number({ error: 'expected a whole number of days, e.g. 30' }).int({ error: 'expected a whole number of days, e.g. 30' }).min(0, { error: 'cannot be negative' }).default(30),
  announcements: z.array(z.strictObject({ text: inlineMarkdown('the announcement text') })),
  header: z.strictObject({
    logo: link,
    login: link,
    navigation: z
      .array(navigationItem)
      .min(1, { error: 'needs at least one entry' })
      // Two entries named alike would read as one to a visitor and a screen reader, and share a menu id.
      .superRefine((items, ctx) =>
        items.forEach((item, index) => {
          const first = items.findIndex((other) => other.label === item.label);
          if (first !== index)
            ctx.addIssue({
              code: 'custom',
              path: [index, 'label'],
              message: `"${item.label}" is already the name of navigation entry ${first + 1}: give each entry its own name, or merge the two`,
            });
        }),
      ),
    callToAction: link,
    mobileMenu: z.strictObject({
      openLabel: requiredText('the menu button text, e.g. "Menu"'),
      closeLabel: requiredText('the close button text, e.g. "Close"'),
      links: linkList(),
    }),
  }),
  cookieLine: z.strictObject({
    text: inlineMarkdown('the cookie notice'),
    dismissLabel: requiredText('the dismiss button text'),
  }),
  footer: z.strictObject({
    statement: inlineMarkdown('the platform statement'),
    credits: z.array(inlineMarkdown('the credit line')),
    getStarted: z.strictObject({
      heading: requiredText('the heading'),
      text: inlineMarkdown('the text'),
      links: linkList(1),
    }),
    columns: z.array(z.strictObject({ label: requiredText('the column heading'), links: linkList(1) })),
    copyright: requiredText('the copyright line'),
    legal: linkList(),
    social: linkList(),
  }),
});

export type SiteData = z.infer<typeof siteSchema>;
export type SiteLink = z.infer<typeof link>;
export type NavigationItem = z.infer<typeof navigationItem>;
export type LinkGroup = z.infer<typeof linkGroup>;

/** Narrows a navigation entry to a menu. */
export function isMenu(item: NavigationItem): item is NavigationItem & { groups: LinkGroup[] } {
  return item.groups !== undefined;
}
