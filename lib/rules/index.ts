import { headingIds } from './heading-ids';
import { linkScheme } from './link-scheme';
import { rawHtml } from './raw-html';
import type { NoticeRule } from './rule';

/** Every rule a notice version must pass, in the order their problems are most useful to read. */
export const noticeRules: NoticeRule[] = [rawHtml, linkScheme, headingIds];

export type { Finding, NoticeDocument, NoticeRule } from './rule';
