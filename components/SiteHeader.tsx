import GithubSlugger from 'github-slugger';
import { isMenu, type SiteData } from '@/lib/content';
import { Island } from './Island';
import { LinkList } from './LinkList';
import { Logo } from './Logo';

/**
 * The site header: logo, main navigation with its menus, and the small-screen menu button.
 * Without JavaScript every menu is a <details> and the navigation shows inline on small screens;
 * SiteHeader.island.ts turns menus into disclosure buttons and the navigation into an overlay.
 */
export function SiteHeader({ header }: { header: SiteData['header'] }) {
  const slugs = new GithubSlugger();
  return (
    <site-header class="site-header">
      <div className="site-header-bar">
        <Logo link={header.logo} />
        <button type="button" className="menu-button" aria-expanded="false" aria-controls="site-nav">
          {header.mobileMenu.openLabel}
        </button>
        <nav id="site-nav" className="site-nav" aria-label="Main">
          <button type="button" className="menu-close">
            {header.mobileMenu.closeLabel}
          </button>
          <ul className="nav-list">
            {header.navigation.map((item) =>
              isMenu(item) ? (
                <li key={item.label} className="nav-item">
                  <details className="submenu">
                    <summary className="submenu-toggle">{item.label}</summary>
                    <div className="submenu-panel" id={`submenu-${slugs.slug(item.label)}`}>
                      {item.groups.map((group, index) => {
                        const groupId = `submenu-${slugs.slug(`${item.label}-${group.label ?? index}`)}`;
                        return (
                          <div key={group.label ?? index} className="submenu-group">
                            {group.label && (
                              <p className="submenu-group-label" id={groupId}>
                                {group.label}
                              </p>
                            )}
                            <LinkList links={group.links} labelledBy={group.label ? groupId : undefined} />
                          </div>
                        );
                      })}
                    </div>
                  </details>
                </li>
              ) : (
                <li key={item.label} className="nav-item">
                  <a className="nav-link" href={item.href}>
                    {item.label}
                  </a>
                </li>
              ),
            )}
          </ul>
          <ul className="nav-actions">
            <li>
              <a className="button button-primary" href={header.callToAction.href}>
                {header.callToAction.label}
              </a>
            </li>
            <li>
              <a className="nav-link" href={header.login.href}>
                {header.login.label}
              </a>
            </li>
          </ul>
          <ul className="nav-mobile-links">
            {header.mobileMenu.links.map((link) => (
              <li key={link.label}>
                <a className="nav-link" href={link.href}>
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <Island name="SiteHeader" />
    </site-header>
  );
}
