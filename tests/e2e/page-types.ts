import { inject } from 'vitest';
import { HISTORY_OUT } from '../../scripts/support/sites';
import { FIXTURE_V2 } from '../fixtures/history';

/** Every page type, on the site whose content shows it best (the diff needs two versions). */
export const PAGE_TYPES = [
  { name: 'notice', base: 'siteUrl', path: '/privacy/' },
  { name: 'archived version', base: 'historyUrl', path: '/privacy/versions/2024-10-02/' },
  { name: 'changes', base: 'historyUrl', path: `/privacy/versions/${FIXTURE_V2}/changes/` },
  { name: 'versions list', base: 'historyUrl', path: '/privacy/versions/' },
  { name: '404', base: 'siteUrl', path: '/no-such-page/' },
] as const;

/** The address of a page type on its test server. */
export const pageUrl = (page: (typeof PAGE_TYPES)[number]) => inject(page.base) + page.path;

/** The built site a page type is served from (out/, or the fixture history site). */
export const siteDir = (page: (typeof PAGE_TYPES)[number]) => (page.base === 'siteUrl' ? 'out' : HISTORY_OUT);
