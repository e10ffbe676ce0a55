/**
 * <site-header>: the WAI-ARIA disclosure navigation pattern over the markup SiteHeader.tsx renders.
 * Each <details> menu becomes a button (aria-expanded, aria-controls) and its panel; one menu is open
 * at a time; Escape closes and returns focus. Below 768px a Menu button opens the navigation as a
 * full-screen overlay, topped by the logo and a Close button, with the rest of the page inert. Both
 * buttons are made here: they only work with script, so the HTML has none to show dead.
 */
import { plainButton } from './classes';

const WIDE = window.matchMedia('(min-width: 768px)');

class SiteHeader extends HTMLElement {
  private menuButton = document.createElement('button');
  private closeButton = document.createElement('button');
  private nav = this.querySelector<HTMLElement>('.site-nav')!;

  connectedCallback() {
    for (const details of this.querySelectorAll('details.submenu')) upgradeMenu(details as HTMLDetailsElement);
    const logo = this.querySelector<HTMLAnchorElement>('.logo')!;
    Object.assign(this.menuButton, { type: 'button', className: `menu-button ${plainButton} ml-auto hidden js-narrow:inline-flex` });
    this.menuButton.textContent = this.dataset.menuLabel!;
    this.menuButton.setAttribute('aria-expanded', 'false');
    this.menuButton.setAttribute('aria-controls', this.nav.id);
    logo.after(this.menuButton);
    Object.assign(this.closeButton, { type: 'button', className: `menu-close inline-flex ${plainButton}` });
    this.closeButton.textContent = this.dataset.closeLabel!;
    const top = document.createElement('div');
    top.className = 'hidden flex-wrap items-center justify-between gap-2 overlay:flex';
    top.append(logo.cloneNode(true), this.closeButton);
    this.nav.prepend(top);
    this.menuButton.addEventListener('click', () => this.setOverlay(true));
    this.closeButton.addEventListener('click', () => this.setOverlay(false));
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('.submenu-toggle');
      if (button) this.toggleMenu(button, button.getAttribute('aria-expanded') !== 'true');
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Tab' && this.hasAttribute('data-open')) this.wrapFocus(event);
      if (event.key !== 'Escape') return;
      const open = this.openMenu();
      if (open) {
        this.toggleMenu(open, false);
        open.focus();
      } else if (this.hasAttribute('data-open')) {
        this.setOverlay(false);
      }
    });
    // A menu closes when focus or a click goes elsewhere (not inside the overlay, where menus stack).
    this.addEventListener('focusout', (event) => {
      const open = this.openMenu();
      if (open && !this.hasAttribute('data-open') && !open.parentElement!.contains(event.relatedTarget as Node))
        this.toggleMenu(open, false);
    });
    document.addEventListener('click', (event) => {
      const open = this.openMenu();
      if (open && !open.parentElement!.contains(event.target as Node)) this.toggleMenu(open, false);
    });
    WIDE.addEventListener('change', () => this.setOverlay(false));
  }

  /** In the overlay, Tab from the last control returns to the first (and Shift+Tab the other way). */
  private wrapFocus(event: KeyboardEvent) {
    const focusable = [...this.nav.querySelectorAll<HTMLElement>('a[href], button')].filter((el) => el.offsetParent !== null);
    const [first, last] = [focusable[0], focusable.at(-1)];
    if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
      event.preventDefault();
      (event.shiftKey ? last : first)?.focus();
    }
  }

  private openMenu(): HTMLButtonElement | null {
    return this.querySelector('.submenu-toggle[aria-expanded="true"]');
  }

  private toggleMenu(button: HTMLButtonElement, open: boolean) {
    const current = this.openMenu();
    if (open && current && current !== button) this.toggleMenu(current, false);
    button.setAttribute('aria-expanded', String(open));
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    panel.hidden = !open;
    if (open) keepInView(panel);
  }

  private setOverlay(open: boolean) {
    if (open === this.hasAttribute('data-open')) return;
    this.toggleAttribute('data-open', open);
    document.documentElement.toggleAttribute('data-menu-open', open);
    this.menuButton.setAttribute('aria-expanded', String(open));
    setInertAround(this.nav, open);
    if (open) this.closeButton.focus();
    // Closed by widening the window, the Menu button is gone: focus stays where it was, or, if that is
    // gone too (the Close button), goes to the logo rather than being dropped on <body>. The browser may
    // have dropped it already: the wider layout can hide the Close button before this change event.
    else if (this.menuButton.checkVisibility()) this.menuButton.focus();
    else if (!document.activeElement || document.activeElement === document.body || !document.activeElement.checkVisibility())
      this.querySelector<HTMLElement>('.logo')!.focus();
  }
}

/** Replaces <details><summary>Name</summary><div panel></details> with <button> + hidden panel. */
function upgradeMenu(details: HTMLDetailsElement) {
  const summary = details.querySelector('summary')!;
  const panel = details.querySelector<HTMLElement>('.submenu-panel')!;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = summary.className; // the same look, chevron included
  button.textContent = summary.textContent;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', panel.id);
  panel.hidden = true;
  details.replaceWith(button, panel);
}

/** Shifts a menu panel left when it would run past the window's right edge (a toggle near it, large text). */
function keepInView(panel: HTMLElement) {
  panel.style.translate = '';
  if (getComputedStyle(panel).position !== 'absolute') return; // in the small-screen menu it is in the flow
  const { left, right } = panel.getBoundingClientRect();
  const overflow = right - (document.documentElement.clientWidth - 16);
  if (overflow > 0) panel.style.translate = `${-Math.min(overflow, left - 16)}px`;
}

/** Makes everything but `keep` (and its ancestors) inert, so focus and clicks stay in the overlay. */
function setInertAround(keep: Element, inert: boolean) {
  for (let node: Element | null = keep; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling !== node && !(sibling instanceof HTMLScriptElement)) (sibling as HTMLElement).inert = inert;
    }
  }
}

customElements.define('site-header', SiteHeader);

// A module, not a script: its names stay out of the global scope.
export {};
