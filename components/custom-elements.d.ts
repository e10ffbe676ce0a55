import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type CustomElement = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement> & { class?: string };

/** The islands' custom elements, so server components can render their markup with types. */
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'site-header': CustomElement;
      'cookie-line': CustomElement;
      'version-compare': CustomElement;
      'quick-links': CustomElement;
      'notice-article': CustomElement;
      'notice-search': CustomElement;
    }
  }
}
