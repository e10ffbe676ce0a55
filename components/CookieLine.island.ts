/**
 * <cookie-line>: adds the Dismiss button (made here: without script it would do nothing), hides the line
 * once dismissed, and keeps it hidden on later visits.
 */
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
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cookie-dismiss min-h-10 cursor-pointer rounded-full border-2 border-ink px-4 font-semibold text-ink';
    button.textContent = this.dataset.dismissLabel!;
    this.append(button);
    button.addEventListener('click', () => {
      try {
        localStorage.setItem(STORAGE_KEY, '1');
      } catch {
        // Not remembered, but still dismissed for this page.
      }
      // Focus would be lost with the button: it moves on to the next link, as if the line had never been there.
      const next = [...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select')].find(
        (el) => this.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !this.contains(el),
      );
      this.hidden = true;
      next?.focus();
    });
  }
}

customElements.define('cookie-line', CookieLine);

// A module, not a script: its names stay out of the global scope.
export {};
