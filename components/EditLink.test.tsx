import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { loadContent } from '@/lib/checker';
import { EditLink } from './EditLink';

describe('EditLink', () => {
  const { site, current } = loadContent({ contentDir: 'content' });

  it("links to the version's Markdown in the repository web editor", () => {
    const html = renderToStaticMarkup(
      <EditLink site={{ ...site, repository: 'https://github.com/org/repo', editBranch: 'main' }} version={current} />,
    );
    expect(html).toContain(`<a href="https://github.com/org/repo/edit/main/content/privacy/${current.date}.md">Edit this page</a>`);
  });

  it('renders nothing when no repository is set', () => {
    expect(renderToStaticMarkup(<EditLink site={{ ...site, repository: undefined }} version={current} />)).toBe('');
  });
});
