import type { Content, NoticeVersion } from './content';
import { urls } from './urls';

/** One version as published in versions.json: enough for a machine to fetch and verify it. */
export interface CatalogEntry {
  date: string;
  status: NoticeVersion['status'];
  title: string;
  summary: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  previous: string | null;
  /** sha256 of the Markdown at `markdown`, equal to `sha256sum`'s. */
  sha256: string;
  url: string;
  changesUrl: string | null;
  markdown: string;
  /** The same text as plain Markdown for reading (no front matter or heading {…} blocks). */
  plainMarkdown: string;
  sections: string;
}

/** The public catalogue of versions (`/privacy/versions.json`), newest first, with absolute URLs. */
export function versionCatalog(content: Content): { notice: string; current: string; versions: CatalogEntry[] } {
  const abs = (path: string) => `${content.site.origin}${path}`;
  return {
    notice: abs(urls.current),
    current: content.current.date,
    versions: content.versions.map((v) => ({
      date: v.date,
      status: v.status,
      title: v.title,
      summary: v.summary,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo ?? null,
      previous: v.previous ?? null,
      sha256: v.sha256,
      url: abs(urls.version(v.date)),
      changesUrl: v.previous ? abs(urls.changes(v.date)) : null,
      markdown: abs(urls.markdown(v.date)),
      plainMarkdown: abs(urls.plainMarkdown(v.date)),
      sections: abs(urls.sections(v.date)),
    })),
  };
}
