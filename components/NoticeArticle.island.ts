/**
 * <notice-article>: turns each section's permalink into a button that copies the section's address,
 * and announces the result in a live region. Without JavaScript the permalink is a plain link.
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
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a.permalink')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'permalink';
      button.textContent = link.textContent;
      button.setAttribute(
        'aria-label',
        (link.getAttribute('aria-label') ?? '').replace('Link to this section', 'Copy link to this section'),
      );
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
      link.replaceWith(button);
    }
  }
}

customElements.define('notice-article', NoticeArticle);

// A module, not a script: its names stay out of the global scope.
export {};
