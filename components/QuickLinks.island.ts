/**
 * <quick-links>: scroll-spy for the Quick Links. An IntersectionObserver (no scroll handlers) finds the
 * section being read; its link gets aria-current="true" and is kept in view in the sidebar, and the
 * collapsed list on narrow screens names it in its summary. On wide screens the list is kept open.
 */
const WIDE = window.matchMedia('(min-width: 1024px)');

class QuickLinks extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details')!;
    const current = this.querySelector<HTMLElement>('.quick-links-current')!;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const headings = links
      .map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))))
      .filter((h): h is HTMLElement => h !== null);

    // The sidebar stays open on wide screens; the collapsed list is for narrow ones.
    // There its summary does nothing, so it leaves the Tab order.
    const summary = details.querySelector('summary')!;
    const keepOpen = () => {
      if (WIDE.matches && !details.open) details.open = true;
      summary.tabIndex = WIDE.matches ? -1 : 0;
    };
    keepOpen();
    WIDE.addEventListener('change', keepOpen);
    details.addEventListener('toggle', keepOpen);
    // On narrow screens a chosen link closes the list, so the section it jumps to is not pushed down.
    this.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a') && !WIDE.matches) details.open = false;
    });

    const list = this.querySelector('ul')!;
    const mark = () => {
      // The reader is in the last section whose heading has scrolled above the middle of the screen.
      const index = headings.reduce((found, h, i) => (h.getBoundingClientRect().top < window.innerHeight / 2 ? i : found), -1);
      links.forEach((a, i) => (i === index ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
      current.textContent = index >= 0 ? `: ${links[index].textContent}` : '';
      const active = links[index];
      if (active && WIDE.matches && list.scrollHeight > list.clientHeight) {
        const { offsetTop, offsetHeight } = active;
        if (offsetTop < list.scrollTop || offsetTop + offsetHeight > list.scrollTop + list.clientHeight)
          list.scrollTop = offsetTop - list.clientHeight / 2;
      }
    };
    // Sections entering or leaving the viewport are the only moments the answer can change.
    const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -50% 0px' });
    for (const h of headings) observer.observe(h.closest('section') ?? h);
  }
}

customElements.define('quick-links', QuickLinks);

// A module, not a script: its names stay out of the global scope.
export {};
