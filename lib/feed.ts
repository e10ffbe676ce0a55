import { Feed } from 'feed';
import type { Content } from './content';
import { formatDate } from './dates';
import { escape } from './diff-html';
import { urls } from './urls';

/** The Atom feed of the notice: one entry per published version, linking what changed. */
export function noticeFeed(content: Content): string {
  const { site, current } = content;
  const abs = (path: string) => `${site.origin}${path}`;
  const published = content.versions.filter((v) => v.status !== 'draft');
  const feed = new Feed({
    title: `${site.name} ${current.title}: versions`,
    description: `Every published version of the ${site.name} ${current.title}, with what changed.`,
    id: abs(urls.feed),
    link: abs(urls.current),
    language: 'en',
    updated: new Date(`${published[0]?.date ?? current.date}T00:00:00Z`),
    copyright: site.footer.copyright,
    feedLinks: { atom: abs(urls.feed) },
    author: { name: site.name, link: site.origin },
  });
  for (const version of published) {
    const link = abs(version.previous ? urls.changes(version.date) : urls.version(version.date));
    // The feed library writes entry titles and summaries as type="html": front-matter text is text, so it is escaped.
    feed.addItem({
      title: escape(
        `${version.title}, version of ${formatDate(version.date)}${version.status === 'scheduled' ? ' (takes effect then)' : ''}`,
      ),
      id: abs(urls.version(version.date)),
      link,
      description: escape(version.summary),
      date: new Date(`${version.date}T00:00:00Z`),
      published: new Date(`${version.date}T00:00:00Z`),
    });
  }
  return feed.atom1();
}
