/**
 * The one link policy: which addresses a link may have, for every source of links (the notice's Markdown,
 * the site data and its inline Markdown) and every check of them (the link-scheme rule, the site schema,
 * the sanitizer behind the notice's HTML).
 */

/** Where a link is written; each place allows its own schemes. */
export type LinkPlace = 'notice' | 'chrome' | 'inline';

/** Schemes allowed in each place: web pages and email addresses, never code or embedded data. */
export const LINK_SCHEMES: Record<LinkPlace, readonly string[]> = {
  // http is accepted in the notice (with a warning) because published text may quote such an address.
  notice: ['https', 'http', 'mailto'],
  chrome: ['https'],
  inline: ['https', 'mailto'],
};

/** Schemes that work but are not secure: the link-scheme rule warns about them. */
export const INSECURE_SCHEMES: ReadonlySet<string> = new Set(['http']);

/** The scheme a browser would see: it ignores tabs, newlines and leading control characters. */
export function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1].toLowerCase();
}

/** "/" or "/path": a page this site serves ("//host" is another site, so it is not one). */
export function isSitePath(url: string): boolean {
  return /^\/$|^\/[^\s/][^\s]*$/.test(url);
}

/** Whether `url` may be a link's address in `place`. */
export function isAllowedLink(url: string, place: LinkPlace): boolean {
  const scheme = schemeOf(url);
  if (scheme === undefined) return place === 'notice' || isSitePath(url);
  if (!LINK_SCHEMES[place].includes(scheme)) return false;
  // The site data is written by hand: a web address there must be whole ("https://host…", no spaces).
  return place === 'notice' || scheme === 'mailto' || /^https:\/\/[^\s/][^\s]*$/.test(url);
}

/** How to write an allowed address in `place`, for messages. */
export function allowedLinksHint(place: LinkPlace): string {
  return place === 'chrome'
    ? 'must start with https:// (or / for a page this site serves itself)'
    : place === 'inline'
      ? 'must start with https:// (or / for a page of this site)'
      : 'link to an https:// page or a mailto: address instead';
}
