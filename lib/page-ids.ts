/**
 * Ids the page chrome itself uses (components/ and app/): a notice heading with one of these would give
 * two elements one id, and the skip link, Quick Links or menus would jump to the wrong place.
 * lib/page-ids.test.ts keeps this list in step with the components.
 */
export const RESERVED_IDS = [
  'notice-search-input',
  'notice-search-status',
  'compare-title',
  'content',
  'footer-get-started',
  'primary-footer-menu-section',
  'privacy-notice',
  'quick-links-title',
  'section-links-title',
  'site-nav',
] as const;

/** Prefixes of ids the chrome numbers or derives (footer columns, menu panels and their groups). */
export const RESERVED_ID_PREFIXES = ['footer-column-', 'submenu-'] as const;

/** True when the page itself uses (or may use) this id. */
export function isReservedId(id: string): boolean {
  return (RESERVED_IDS as readonly string[]).includes(id) || RESERVED_ID_PREFIXES.some((prefix) => id.startsWith(prefix));
}
