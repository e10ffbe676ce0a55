import type { Metadata } from 'next';

export const metadata: Metadata = {
  title: 'Privacy Notice',
  robots: { index: false },
  alternates: { canonical: '/privacy/' },
};

/** `/` sends visitors to the notice: a meta refresh (no script needed) plus a link for anyone it misses. */
export default function Home() {
  return (
    <div className="page-message mx-auto max-w-measure px-4 py-12">
      <meta httpEquiv="refresh" content="0; url=/privacy/" />
      <p>
        The privacy notice is at <a href="/privacy/">/privacy/</a>.
      </p>
    </div>
  );
}
