import type { NoticeVersion } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { QuickLinks } from './QuickLinks';

/**
 * One version of the notice: title, revision date, the introduction (sections left out of Quick Links
 * that come first, such as the Summary), Quick Links, then every section. The article's id is the stable
 * container archivers select.
 */
export function NoticeArticle({ version, children }: { version: NoticeVersion; children?: React.ReactNode }) {
  const firstListed = version.sections.findIndex((s) => s.listed);
  const split = firstListed === -1 ? version.sections.length : firstListed;
  const html = (sections: NoticeVersion['sections']) => sections.map((s) => s.html).join('\n');
  return (
    <article id="privacy-notice" className="notice" data-version={version.date}>
      <header className="notice-header">
        <h1>{version.title}</h1>
        <p className="notice-revised">
          <em>
            Last revised <time dateTime={version.date}>{formatDate(version.date)}</time>
          </em>
        </p>
        {children}
      </header>
      <div className="notice-layout">
        <div className="notice-body notice-intro" dangerouslySetInnerHTML={{ __html: html(version.sections.slice(0, split)) }} />
        {version.quickLinks.length > 0 && <QuickLinks links={version.quickLinks} />}
        <div className="notice-body notice-sections" dangerouslySetInnerHTML={{ __html: html(version.sections.slice(split)) }} />
      </div>
    </article>
  );
}
