import type { NoticeVersion } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { urls } from '@/lib/urls';
import { Island } from './Island';
import { QuickLinks } from './QuickLinks';
import { VersionLinks } from './VersionLinks';

/**
 * One version of the notice: title, revision date with links to what changed and to all versions, the
 * introduction (sections left out of Quick Links that come first, such as the Summary), Quick Links,
 * then every section. `<article id="privacy-notice">` is the stable container archivers select.
 * NoticeArticle.island.ts makes each section permalink a copy-link button.
 */
export function NoticeArticle({ version, printUrl }: { version: NoticeVersion; printUrl: string }) {
  const firstListed = version.sections.findIndex((s) => s.listed);
  const split = firstListed === -1 ? version.sections.length : firstListed;
  const html = (sections: NoticeVersion['sections']) => sections.map((s) => s.html).join('\n');
  return (
    <notice-article>
      <article
        id="privacy-notice"
        className="notice"
        data-version={version.date}
        data-effective-from={version.effectiveFrom}
        data-sha256={version.sha256}
      >
        <VersionLinks version={version} />
        <header className="notice-header">
          <h1>{version.title}</h1>
          <p className="notice-revised">
            <em>
              Last revised <time dateTime={version.date}>{formatDate(version.date)}</time>
            </em>
            {version.previous && (
              <>
                {' · '}
                <a href={urls.changes(version.date)}>What changed</a>
              </>
            )}
            {' · '}
            <a href={urls.versions}>All versions</a>
          </p>
          <p className="print-only">{printUrl}</p>
        </header>
        <div className="notice-layout">
          <div className="notice-body notice-intro" dangerouslySetInnerHTML={{ __html: html(version.sections.slice(0, split)) }} />
          {version.quickLinks.length > 0 && <QuickLinks links={version.quickLinks} />}
          <div className="notice-body notice-sections" dangerouslySetInnerHTML={{ __html: html(version.sections.slice(split)) }} />
        </div>
        {/* Where NoticeArticle.island.ts announces a copied section link. */}
        <p className="copy-status" role="status" aria-live="polite" />
      </article>
      <Island name="NoticeArticle" />
    </notice-article>
  );
}
