/** <cookie-line>: hides the cookie line once dismissed, and keeps it hidden on later visits. */
const STORAGE_KEY = 'cookie-line-dismissed';

function remembered(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === '1';
  } catch {
    return false; // Storage blocked: show the line, as without JavaScript.
  }
}

class CookieLine extends HTMLElement {
  connectedCallback() {
    if (remembered()) {
      this.hidden = true;
      return;
    }
    this.querySelector('.cookie-dismiss')!.addEventListener('click', () => {
      try {
        localStorage.setItem(STORAGE_KEY, '1');
      } catch {
        // Not remembered, but still dismissed for this page.
      }
      // Focus would be lost with the button: move it to the text block the line sat in.
      const container = this.parentElement!;
      this.hidden = true;
      container.tabIndex = -1;
      container.focus();
    });
  }
}

customElements.define('cookie-line', CookieLine);

// A module, not a script: its names stay out of the global scope.
export {};
