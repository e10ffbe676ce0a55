import type { SiteData } from '@/lib/content';
import { CookieLine } from './CookieLine';
import { InlineMarkdown } from './InlineMarkdown';
import { LinkList } from './LinkList';
import { Logo } from './Logo';

/** The site footer: cookie line, platform statement, credits, Get Started, link columns, legal and social links. */
export function SiteFooter({ site }: { site: SiteData }) {
  const { footer } = site;
  return (
    <footer className="site-footer">
      <CookieLine cookieLine={site.cookieLine} />
      <div className="footer-inner">
        <div className="footer-about">
          <Logo link={site.header.logo} />
          <InlineMarkdown as="p" text={footer.statement} />
          {footer.credits.map((credit) => (
            <InlineMarkdown key={credit} as="p" className="footer-credit" text={credit} />
          ))}
        </div>
        <section className="footer-get-started" aria-labelledby="footer-get-started">
          <h2 id="footer-get-started">{footer.getStarted.heading}</h2>
          <InlineMarkdown as="p" text={footer.getStarted.text} />
          <p className="footer-get-started-links">
            {footer.getStarted.links.map((link, index) => (
              <a key={link.label} className={`button ${index === 0 ? 'button-primary' : 'button-secondary'}`} href={link.href}>
                {link.label}
              </a>
            ))}
          </p>
        </section>
        {/* The id is the published page's "Site Menu" target: old links to it still land here. */}
        <nav id="primary-footer-menu-section" className="footer-columns" aria-label="Footer">
          {footer.columns.map((column, index) => (
            <div key={column.label} className="footer-column">
              <h2 id={`footer-column-${index}`}>{column.label}</h2>
              <LinkList links={column.links} labelledBy={`footer-column-${index}`} />
            </div>
          ))}
        </nav>
        <div className="footer-bottom">
          <p className="footer-copyright">{footer.copyright}</p>
          <nav aria-label="Legal">
            <LinkList links={footer.legal} className="footer-legal" />
          </nav>
          <nav aria-label={`${site.name} on social media`}>
            <LinkList links={footer.social} className="footer-social" />
          </nav>
        </div>
      </div>
    </footer>
  );
}
