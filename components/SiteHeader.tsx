import GithubSlugger from 'github-slugger';
import { isMenu, type SiteData } from '@/lib/content';
import { chevron, navEntry, plainButton, primaryButton } from './classes';
import { Island } from './Island';
import { LinkList } from './LinkList';
import { Logo } from './Logo';

/** Menu panels: stacked in the small-screen menu, dropped below the header bar from 768px. */
const panel =
  'submenu-panel flex flex-col gap-4 px-4 pt-1 pb-3 md:absolute md:top-full md:z-40 md:mt-1 md:rounded-lg md:border md:border-line md:bg-page md:px-5 md:py-4 md:[box-shadow:0_10px_30px_rgb(0_0_0/0.15)]';
/** A menu of several groups spans the header bar, its columns wrapping to fit; a single list sits under its toggle. */
const widePanel = 'md:inset-x-4 md:grid md:grid-cols-[repeat(auto-fit,minmax(12rem,1fr))] md:gap-x-8';
const narrowPanel = 'md:left-0 md:w-max md:max-w-[calc(100vw-2rem)]';
const panelLinks = '[&_a]:inline-block [&_a]:py-1.5';

/**
 * The site header (the page's banner): logo, main navigation with its menus, Login and Get Started, and
 * the small-screen menu button. Without JavaScript every menu is a <details> and the navigation shows
 * inline on small screens; SiteHeader.island.ts turns menus into disclosure buttons and the navigation
 * into an overlay (the `overlay:` variant) holding the logo, every link and the social links.
 */
export function SiteHeader({ header, social, name }: { header: SiteData['header']; social: SiteData['footer']['social']; name: string }) {
  const slugs = new GithubSlugger();
  return (
    <header className="site-header border-b border-line print:hidden">
      <site-header class="group/header relative mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 md:gap-x-1.5 lg:gap-x-6">
        <Logo link={header.logo} className="md:gap-1.5 md:text-base md:whitespace-nowrap lg:gap-2 lg:text-xl" />
        <button
          type="button"
          className={`menu-button ${plainButton} ml-auto hidden js-narrow:inline-flex`}
          aria-expanded="false"
          aria-controls="site-nav"
        >
          {header.mobileMenu.openLabel}
        </button>
        <nav
          id="site-nav"
          className="site-nav flex w-full flex-col gap-2 md:w-auto md:gap-1 lg:gap-2 md:flex-1 md:flex-row md:flex-wrap md:items-center js-narrow:hidden overlay:fixed overlay:inset-0 overlay:z-50 overlay:flex overlay:overflow-y-auto overlay:bg-page overlay:p-4"
          aria-label="Main"
        >
          <div className="hidden flex-wrap items-center justify-between gap-2 overlay:flex">
            <Logo link={header.logo} />
            <button type="button" className={`menu-close inline-flex ${plainButton}`}>
              {header.mobileMenu.closeLabel}
            </button>
          </div>
          <ul className="flex flex-col md:flex-row md:flex-wrap md:items-center md:gap-0.5">
            {header.navigation.map((item) =>
              isMenu(item) ? (
                <li key={item.label} className={item.groups.length > 1 ? '' : 'md:relative'}>
                  <details className="submenu" name="site-menu">
                    <summary className={`submenu-toggle ${navEntry} ${chevron} after:ml-2 md:after:ml-1 lg:after:ml-2`}>
                      {item.label}
                    </summary>
                    <div
                      className={`${panel} ${item.groups.length > 1 ? widePanel : narrowPanel}`}
                      id={`submenu-${slugs.slug(item.label)}`}
                    >
                      {item.groups.map((group, index) => {
                        const groupId = `submenu-${slugs.slug(`${item.label}-${group.label ?? index}`)}`;
                        return (
                          <div key={group.label ?? index}>
                            {group.label && (
                              <p className="mb-1 text-sm font-bold tracking-wide text-muted uppercase" id={groupId}>
                                {group.label}
                              </p>
                            )}
                            <LinkList links={group.links} labelledBy={group.label ? groupId : undefined} className={panelLinks} />
                          </div>
                        );
                      })}
                    </div>
                  </details>
                </li>
              ) : (
                <li key={item.label}>
                  <a className={navEntry} href={item.href}>
                    {item.label}
                  </a>
                </li>
              ),
            )}
          </ul>
          {/* Login first, then Get Started, as on the published page. */}
          <ul className="nav-actions flex flex-wrap items-center gap-2 md:ml-auto md:gap-1 lg:gap-2 overlay:hidden">
            <li>
              <a className={navEntry} href={header.login.href}>
                {header.login.label}
              </a>
            </li>
            <li>
              <a className={`${primaryButton} whitespace-nowrap md:px-3 lg:px-4`} href={header.callToAction.href}>
                {header.callToAction.label}
              </a>
            </li>
          </ul>
          <ul className="hidden flex-col overlay:flex">
            {header.mobileMenu.links.map((link) => (
              <li key={link.label}>
                <a className={navEntry} href={link.href}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
          <ul className="hidden flex-wrap gap-x-4 border-t border-line pt-3 overlay:flex" aria-label={`${name} on social media`}>
            {social.map((link) => (
              <li key={link.label}>
                <a className="inline-flex min-h-11 items-center" href={link.href}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <Island name="SiteHeader" />
      </site-header>
    </header>
  );
}
