import { Fragment } from 'react';
import type { SiteData } from '@/lib/content';
import { primaryButton, secondaryButton } from './classes';
import { CookieLine } from './CookieLine';
import { InlineMarkdown } from './InlineMarkdown';
import { LinkList } from './LinkList';
import { Logo } from './Logo';

const rowLinks = 'flex flex-wrap gap-x-5 gap-y-1 [&_a]:inline-block [&_a]:py-1';

/**
 * The site footer, in the published order: logo, platform statement, cookie line, credits; the logo again
 * with Get Started; the link columns; copyright, legal and social links. Its long paragraphs carry a
 * footer-* class: Firefox's test for offering Reader View (isProbablyReaderable) then does not count them,
 * so a short page (the 404) is not offered as an article made of the footer.
 */
export function SiteFooter({ site }: { site: SiteData }) {
  const { footer } = site;
  return (
    <footer className="site-footer border-t border-line bg-surface text-[0.925rem] print:hidden">
      <div className="mx-auto grid max-w-7xl grid-cols-1 gap-8 px-4 py-8 min-[900px]:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="[&>p]:mt-3 [&>p]:text-muted">
          <Logo link={site.header.logo} />
          <InlineMarkdown as="p" className="footer-statement" text={footer.statement} />
          <CookieLine cookieLine={site.cookieLine} />
          {footer.credits.map((credit) => (
            <InlineMarkdown key={credit} as="p" className="text-sm" text={credit} />
          ))}
        </div>
        <section aria-labelledby="footer-get-started">
          <Logo link={site.header.logo} />
          <h2 id="footer-get-started" className="mt-2 mb-2 text-base">
            {footer.getStarted.heading}
          </h2>
          <InlineMarkdown as="p" className="footer-get-started mb-4" text={footer.getStarted.text} />
          <p className="flex flex-wrap gap-3">
            {/* A space between the links, so that text browsers and copy and paste do not run their words together. */}
            {footer.getStarted.links.map((link, index) => (
              <Fragment key={link.label}>
                {index > 0 && ' '}
                <a className={index === 0 ? primaryButton : secondaryButton} href={link.href}>
                  {link.label}
                </a>
              </Fragment>
            ))}
          </p>
        </section>
        {/* The id is the published page's "Site Menu" target: old links to it still land here. */}
        <nav
          id="primary-footer-menu-section"
          className="col-span-full grid grid-cols-[repeat(auto-fill,minmax(min(11rem,100%),1fr))] gap-6 [&_li_a]:inline-block [&_li_a]:py-1"
          aria-label="Footer"
        >
          {footer.columns.map((column, index) => (
            <div key={column.label}>
              <h2 id={`footer-column-${index}`} className="mb-2 text-base">
                {column.label}
              </h2>
              <LinkList links={column.links} labelledBy={`footer-column-${index}`} />
            </div>
          ))}
        </nav>
        <div className="col-span-full flex flex-wrap items-center gap-x-8 gap-y-3 border-t border-line pt-6">
          <p>{footer.copyright}</p>
          <nav aria-label="Legal">
            <LinkList links={footer.legal} className={rowLinks} />
          </nav>
          <nav aria-label={`${site.name} on social media`}>
            <LinkList links={footer.social} className={rowLinks} />
          </nav>
        </div>
      </div>
    </footer>
  );
}
