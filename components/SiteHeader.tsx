import GithubSlugger from 'github-slugger';
import { isMenu, type SiteData, type SiteLink } from '@/lib/content';
import { chevron, navEntry, primaryButton } from './classes';
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
 * the small-screen menu. Without JavaScript every menu is a <details> and the navigation shows inline on
 * small screens; SiteHeader.island.ts turns menus into disclosure buttons, and adds the Menu and Close
 * buttons (labels in data-*) that turn the navigation into an overlay (the `overlay:` variant): made by
 * the island, they are never dead buttons in a text browser or with JavaScript off.
 */
export function SiteHeader({ header }: { header: SiteData['header'] }) {
  const slugs = new GithubSlugger();
  const same = (a: SiteLink) => (b: SiteLink) => a.href === b.href && a.label === b.label;
  const actions = [header.login, header.callToAction];
  const inMobileMenu = (link: SiteLink) => header.mobileMenu.links.some(same(link));
  const mobileOnly = header.mobileMenu.links.filter((link) => !actions.some(same(link)));
  return (
    <header className="site-header border-b border-line print:hidden">
      <site-header
        class="group/header relative mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 md:gap-x-1.5 lg:gap-x-6"
        data-menu-label={header.mobileMenu.openLabel}
        data-close-label={header.mobileMenu.closeLabel}
      >
        <Logo link={header.logo} className="md:gap-1.5 md:text-base md:whitespace-nowrap lg:gap-2 lg:text-xl" />
        <nav
          id="site-nav"
          className="site-nav flex w-full flex-col gap-2 md:w-auto md:gap-1 lg:gap-2 md:flex-1 md:flex-row md:flex-wrap md:items-center js-narrow:hidden overlay:fixed overlay:inset-0 overlay:z-50 overlay:flex overlay:overflow-y-auto overlay:bg-page overlay:p-4"
          aria-label="Main"
        >
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
          {/* Login first, then Get Started, as on the published page; in the overlay, the small-screen menu's
              links instead (Get Started, Log in). One list, each link once, so a text browser shows no second block. */}
          <ul className="nav-actions flex flex-wrap items-center gap-2 md:ml-auto md:gap-1 lg:gap-2 overlay:flex-col overlay:items-start">
            {actions.map((link, index) => (
              <li key={link.label} className={inMobileMenu(link) ? '' : 'overlay:hidden'}>
                <a className={index === 0 ? navEntry : `${primaryButton} whitespace-nowrap md:px-3 lg:px-4`} href={link.href}>
                  {link.label}
                </a>
              </li>
            ))}
            {mobileOnly.map((link) => (
              <li key={link.label} className="hidden overlay:list-item">
                <a className={navEntry} href={link.href}>
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
