import type { Metadata } from 'next';
import { SectionLinks } from '@/components/SectionLinks';
import { loadContent } from '@/lib/checker';
import { urls } from '@/lib/urls';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** The 404 page, inside the site's chrome: where the notice is, and its sections, for an old or mistyped link. */
export default function NotFound() {
  const { current } = loadContent();
  return (
    <div className="page-message mx-auto max-w-measure px-4 py-12">
      <h1 className="mb-4 text-3xl">Page not found</h1>
      <p>
        There is no page at this address. The privacy notice is at <a href={urls.current}>/privacy/</a>, and every earlier version of it is
        listed under <a href={urls.versions}>all versions</a>.
      </p>
      <SectionLinks version={current} page={urls.current} title="Sections of the privacy notice" />
    </div>
  );
}
