/** Utility sets shared by several components, so a button looks the same wherever it appears. */
const buttonBase =
  'inline-flex min-h-10 items-center justify-center rounded-full border-2 px-4 py-1 font-semibold no-underline hover:underline';

/** Filled call to action (Get Started, Sign Up). */
export const primaryButton = `${buttonBase} border-accent bg-accent text-on-accent`;
/** Outlined companion to a primary button. */
export const secondaryButton = `${buttonBase} border-accent text-link`;
/** Outlined plain button (Menu, Close, Dismiss, Compare); add its display (inline-flex) where used. */
export const plainButton =
  'min-h-11 cursor-pointer items-center justify-center rounded-md border-2 border-ink bg-page px-4 font-semibold text-ink';
/** A header navigation entry: link or menu toggle. */
export const navEntry =
  'inline-flex min-h-11 cursor-pointer items-center rounded-md px-3 font-semibold text-ink no-underline hover:bg-surface md:px-1.5 md:text-[0.9375rem] lg:px-3 lg:text-base';
/** A chevron after a disclosure's label that turns when it opens: the state is not shown by colour alone. */
export const chevron =
  "list-none after:size-[0.45em] after:border-r-2 after:border-b-2 after:border-current after:content-[''] after:[transform:translateY(-0.15em)_rotate(45deg)] in-open:after:[transform:translateY(0.1em)_rotate(-135deg)] aria-expanded:after:[transform:translateY(0.1em)_rotate(-135deg)] [&::-webkit-details-marker]:hidden";
/** The page's column under the header: 74rem wide at most, 1rem from the edges below that. */
export const pageColumn = 'mx-auto w-[calc(100%-2rem)] max-w-296';
/** A small outlined label beside a title (a version's status). */
export const badge = 'ml-2 inline-block rounded-full border border-current px-2 align-middle text-xs font-semibold';
/** A page of its own under the header (versions, changes): its column, title and introduction. */
export const pageClass = 'mx-auto max-w-240 px-4 pt-8 pb-12';
export const pageTitle = 'mb-4 text-3xl/tight';
