import type { Metadata, Viewport } from 'next';
import { Announcements } from '@/components/Announcements';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { loadContent } from '@/lib/checker';
import './globals.css';

export function generateMetadata(): Metadata {
  const { site } = loadContent();
  return {
    metadataBase: new URL(site.origin),
    title: { template: `%s | ${site.name}`, default: site.name },
    icons: { icon: { url: '/favicon.svg', type: 'image/svg+xml' } },
    openGraph: { siteName: site.name, type: 'website', locale: 'en_US' },
  };
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  width: 'device-width',
  initialScale: 1,
};

/** Every page: skip link, announcements, header, the page in <main>, footer. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  const { site } = loadContent();
  return (
    <html lang="en">
      <body>
        <a className="skip-link absolute -top-16 left-2 z-100 bg-page px-4 py-2 font-semibold focus:top-2 print:hidden" href="#content">
          {site.skipLink}
        </a>
        <Announcements items={site.announcements} />
        <SiteHeader header={site.header} />
        <main id="content" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}
