import { anchorsKept } from './anchors-kept';
import { basedOnLatest } from './based-on-latest';
import { contentFiles } from './content-files';
import { dateMatchesFileName } from './date-matches-file-name';
import { draftVersion } from './draft-version';
import { effectiveDate } from './effective-date';
import { emptySection } from './empty-section';
import { frontMatter } from './front-matter';
import { headingAttributes } from './heading-attributes';
import { headingIds } from './heading-ids';
import { headingLevels } from './heading-levels';
import { headingText } from './heading-text';
import { invisibleCharacters } from './invisible-characters';
import { linkFragment } from './link-fragment';
import { linkScheme } from './link-scheme';
import { linkText } from './link-text';
import { mailtoAddress } from './mailto-address';
import { pastedBullets } from './pasted-bullets';
import { publishedRecord } from './published-record';
import { quickLinkLabel } from './quick-link-label';
import { rawHtml } from './raw-html';
import type { ContentRule, NoticeRule, Rule } from './rule';
import { siteData } from './site-data';
import { supportedMarkdown } from './supported-markdown';
import { unappliedMarkup } from './unapplied-markup';
import { versionLock } from './version-lock';
import { versionsPresent } from './versions';

/**
 * Every check the content gets, in the order CONTRIBUTING.md's table explains them. Nothing is checked
 * outside this list: the checker (lib/checker.ts) runs exactly these.
 */
export const rules: Rule[] = [
  contentFiles,
  frontMatter,
  dateMatchesFileName,
  headingAttributes,
  headingIds,
  headingLevels,
  headingText,
  quickLinkLabel,
  emptySection,
  rawHtml,
  supportedMarkdown,
  unappliedMarkup,
  pastedBullets,
  linkScheme,
  linkFragment,
  mailtoAddress,
  linkText,
  invisibleCharacters,
  siteData,
  versionLock,
  publishedRecord,
  effectiveDate,
  basedOnLatest,
  draftVersion,
  anchorsKept,
  versionsPresent,
];

/** The rules that run on each notice version. */
export const noticeRules = rules.filter((r): r is NoticeRule => r.check !== undefined);
/** The rules that run once over the whole content folder. */
export const contentRules = rules.filter((r): r is ContentRule => r.checkContent !== undefined);

export type {
  BaseRecord,
  ContentContext,
  ContentFinding,
  ContentRule,
  Finding,
  NoticeDocument,
  NoticeRule,
  Rule,
  VersionFile,
} from './rule';
