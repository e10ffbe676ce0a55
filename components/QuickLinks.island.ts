/**
 * <quick-links>: marks the section being read (aria-current) and names it in the collapsed list on narrow
 * screens. The section the reader chose (a link followed, a deep link loaded) stays marked while its
 * heading is on screen, however short the section; otherwise it is the last section whose heading has
 * passed the top quarter of the screen, or at the very end of the page the last one on screen. On wide
 * screens the list is kept open and the marked link in view.
 */
const WIDE = window.matchMedia('(min-width: 1024px)');

class QuickLinks extends HTMLElement {
  connectedCallback() {
    const details = this.querySelector('details')!;
    const current = this.querySelector<HTMLElement>('.quick-links-current')!;
    const list = this.querySelector('ul')!;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const sections = links.map((a) => document.getElementById(decodeURIComponent(a.hash.slice(1))));

    // The sidebar stays open on wide screens; the collapsed list is for narrow ones.
    // There its summary does nothing, so it leaves the Tab order.
    const summary = details.querySelector('summary')!;
    const keepOpen = () => {
      if (WIDE.matches && !details.open) details.open = true;
      summary.tabIndex = WIDE.matches ? -1 : 0;
    };
    keepOpen();
    // Narrowed from the sidebar (a window resized, a tablet turned): the list closes, or it would cover the page.
    WIDE.addEventListener('change', () => {
      details.open = WIDE.matches;
      keepOpen();
    });
    details.addEventListener('toggle', keepOpen);
    // On narrow screens the list opens over the page: a choice or Escape closes it, so nothing covers the section.
    this.addEventListener('click', (event) => {
      if ((event.target as Element).closest('a') && !WIDE.matches) details.open = false;
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || WIDE.matches || !details.open) return;
      details.open = false;
      summary.focus();
    });

    /** The listed section holding the URL's target (an alias anchor or a sub-heading lands in its section). */
    const chosenIndex = () => {
      const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
      const section = target instanceof Element ? target.closest('section[id]') : null;
      return section ? sections.indexOf(section as HTMLElement) : -1;
    };
    let chosen = chosenIndex();
    const choose = () => {
      chosen = chosenIndex();
      mark();
    };
    window.addEventListener('hashchange', choose);
    // Following a link to the address already in the URL fires no hashchange: the choice is the same again.
    document.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
      if (link && link.hash === location.hash) requestAnimationFrame(choose);
    });

    const headingTop = (i: number) => (sections[i]?.querySelector('h2') ?? sections[i])?.getBoundingClientRect().top ?? Infinity;
    const onScreen = (i: number) => headingTop(i) >= 0 && headingTop(i) < window.innerHeight;
    const reading = () => {
      if (chosen >= 0 && onScreen(chosen)) return chosen;
      chosen = -1;
      const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      let index = -1;
      sections.forEach((_, i) => {
        const top = headingTop(i);
        if (top < window.innerHeight / 4 || (atEnd && top < window.innerHeight)) index = i;
      });
      return index;
    };

    let marked = -2;
    const mark = () => {
      const index = reading();
      if (index === marked) return;
      marked = index;
      links.forEach((a, i) => (i === index ? a.setAttribute('aria-current', 'true') : a.removeAttribute('aria-current')));
      current.textContent = index >= 0 ? `: ${links[index].textContent}` : '';
      const active = links[index];
      if (active && WIDE.matches && list.scrollHeight > list.clientHeight) {
        const { offsetTop, offsetHeight } = active;
        if (offsetTop < list.scrollTop || offsetTop + offsetHeight > list.scrollTop + list.clientHeight)
          list.scrollTop = offsetTop - list.clientHeight / 2;
      }
    };
    let frame = 0;
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), mark()));
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // The first mark measures the headings in the next frame, when the browser lays the page out anyway:
    // measured now, the layout of a page this long is a long task of its own before the first paint.
    schedule();
  }
}

customElements.define('quick-links', QuickLinks);

// A module, not a script: its names stay out of the global scope.
export {};
