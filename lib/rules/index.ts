import { anchorsKept } from './anchors-kept';
import { dateMatchesFileName } from './date-matches-file-name';
import { draftVersion } from './draft-version';
import { emptySection } from './empty-section';
import { headingIds } from './heading-ids';
import { headingLevels } from './heading-levels';
import { invisibleCharacters } from './invisible-characters';
import { linkFragment } from './link-fragment';
import { linkScheme } from './link-scheme';
import { linkText } from './link-text';
import { mailtoAddress } from './mailto-address';
import { quickLinkLabel } from './quick-link-label';
import { rawHtml } from './raw-html';
import type { NoticeRule, VersionsRule } from './rule';
import { versionLock } from './version-lock';

/** Every rule a notice version must pass, in the order their problems are most useful to read. */
export const noticeRules: NoticeRule[] = [
  dateMatchesFileName,
  invisibleCharacters,
  headingLevels,
  headingIds,
  quickLinkLabel,
  emptySection,
  rawHtml,
  linkScheme,
  linkFragment,
  mailtoAddress,
  linkText,
];

/** Rules over all versions together. */
export const versionsRules: VersionsRule[] = [versionLock, draftVersion, anchorsKept];

export type { Finding, NoticeDocument, NoticeRule, VersionFile, VersionsContext, VersionsRule } from './rule';
