import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** The 404 page, inside the site's chrome. */
export default function NotFound() {
  return (
    <div className="page-message mx-auto max-w-measure px-4 py-12">
      <h1 className="mb-4 text-3xl">Page not found</h1>
      <p>
        There is no page at this address. The privacy notice is at <a href="/privacy/">/privacy/</a>.
      </p>
    </div>
  );
}
