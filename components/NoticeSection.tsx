import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { NoticeSection as Section } from '@/lib/content';
import { AliasAnchors } from './AliasAnchors';
import { Permalink } from './Permalink';

/**
 * One section of the notice, rendered from its hast: a <section> carrying the id (where deep links and
 * Quick Links land), the anchors of its earlier ids, and its heading linked to itself.
 */
export function NoticeSection({ section }: { section: Section }) {
  const { id, aliases, hast } = section;
  const components: Components = {
    h2: ({ children, ...props }: React.ComponentProps<'h2'>) => (
      <h2 {...props}>{id ? <Permalink id={id}>{children}</Permalink> : children}</h2>
    ),
  };
  return (
    <section id={id || undefined} className="notice-section">
      <AliasAnchors ids={aliases} />
      {toJsxRuntime(hast, { Fragment, jsx, jsxs, components, passNode: false })}
    </section>
  );
}
