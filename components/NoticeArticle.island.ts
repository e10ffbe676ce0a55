/**
 * <notice-article>: adds a button beside each section heading that copies the section's address, and
 * announces the result in a live region. Without JavaScript the heading itself is the section's link.
 * A reader who arrives by the id of a removed section (an alias with data-removed-*, AliasAnchors.tsx) is
 * told, where they land, that it is gone and where to read it; without JavaScript they land there silently.
 */
class NoticeArticle extends HTMLElement {
  connectedCallback() {
    const status = this.querySelector<HTMLElement>('.copy-status')!;
    let clear: number | undefined;
    const announce = (message: string) => {
      status.textContent = message;
      window.clearTimeout(clear);
      clear = window.setTimeout(() => (status.textContent = ''), 4000);
    };
    for (const link of this.querySelectorAll<HTMLAnchorElement>('section[id] > h2 > a.permalink')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className =
        "copy-link absolute top-0.5 right-0 inline-flex min-h-7 min-w-7 cursor-pointer items-center justify-center rounded-sm px-1 font-bold text-muted opacity-0 group-hover:opacity-100 focus-visible:opacity-100 before:content-['#'_/_''] [@media(hover:none)]:opacity-100 print:hidden";
      // Named after the heading it copies; its icon is drawn by CSS, so it adds no text to the notice.
      button.setAttribute('aria-label', `Copy link to this section: ${link.textContent}`);
      const url = new URL(link.getAttribute('href')!, location.href).href;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(url);
          announce(`Link copied: ${url}`);
        } catch {
          announce(`Copy this link: ${url}`);
        }
        history.replaceState(null, '', url);
      });
      link.parentElement!.after(button);
    }
    this.noteRemoved();
    window.addEventListener('hashchange', () => this.noteRemoved());
  }

  noteRemoved() {
    this.querySelector('.removed-note')?.remove();
    const anchor = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    const { removedTitle, removedVersion, removedHref } = anchor?.dataset ?? {};
    if (!anchor || !removedTitle || !removedVersion || !removedHref) return;
    const note = document.createElement('p');
    note.className = 'removed-note not-prose mb-4 rounded-lg border border-line bg-surface px-4 py-3';
    const link = document.createElement('a');
    link.href = removedHref;
    link.textContent = `read it in the version of ${removedVersion}`;
    const here = anchor.closest('section')?.querySelector('h2')?.textContent ?? '';
    note.append(
      `The link you followed is to “${removedTitle}”, a section this version no longer has: `,
      link,
      `. Its links now lead here, to “${here}”.`,
    );
    anchor.after(note);
  }
}

customElements.define('notice-article', NoticeArticle);

// A module, not a script: its names stay out of the global scope.
export {};
