/**
 * <notice-article>: adds a button beside each section heading that copies the section's address, and
 * announces the result in a live region. Without JavaScript the heading itself is the section's link.
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
  }
}

customElements.define('notice-article', NoticeArticle);

// A module, not a script: its names stay out of the global scope.
export {};
