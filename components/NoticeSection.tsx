import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { RemovedSection, NoticeSection as Section } from '@/lib/content';
import { AliasAnchors } from './AliasAnchors';
import { Permalink } from './Permalink';

/**
 * The notice's words set by `prose` (@tailwindcss/typography, themed in tailwind.config.ts) at a reading
 * measure. Sections are spaced by their own margin, so the heading's is dropped;
 * room is kept on the heading's right for the copy button NoticeArticle.island.ts adds (the `group`).
 * Not content-visibility: auto, though it halves the first layout on a phone: axe (as pa11y runs it) then
 * reports every passage off screen as failing contrast, and auditors would be sent chasing false errors.
 */
const sectionClass =
  'notice-section group prose relative mt-10 max-w-measure lg:col-start-2 [.notice-title+&]:mt-0 prose-h2:mt-0 prose-h2:pr-9 print:max-w-none';

/**
 * One section of the notice, rendered from its hast: a <section> carrying the id (where deep links and
 * Quick Links land), the anchors of its earlier ids, and its heading linked to itself.
 */
export function NoticeSection({ section, removed }: { section: Section; removed: RemovedSection[] }) {
  const { id, aliases, hast } = section;
  const components: Components = {
    h2: ({ children, ...props }: React.ComponentProps<'h2'>) => (
      <h2 {...props}>{id ? <Permalink id={id}>{children}</Permalink> : children}</h2>
    ),
  };
  return (
    <section id={id || undefined} className={sectionClass}>
      <AliasAnchors ids={aliases} removed={removed} />
      {toJsxRuntime(hast, { Fragment, jsx, jsxs, components, passNode: false })}
    </section>
  );
}
