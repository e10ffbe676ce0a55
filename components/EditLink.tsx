import type { NoticeVersion, SiteData } from '@/lib/content';
import { pageColumn } from './classes';

/** "Edit this page": opens the version's Markdown in the repository's web editor. No link when no repository is set. */
export function EditLink({ site, version }: { site: SiteData; version: NoticeVersion }) {
  if (!site.repository) return null;
  return (
    <p className={`edit-link mb-8 text-sm text-muted print:hidden ${pageColumn}`}>
      <a href={`${site.repository}/edit/${site.editBranch}/${version.file}`}>Edit this page</a>
      {version.status !== 'draft' && ' (published versions never change: edits go into a new version, see CONTRIBUTING.md)'}
    </p>
  );
}
