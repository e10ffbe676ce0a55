import { findVersion, loadContent } from '@/lib/content';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return loadContent().versions.map((v) => ({ date: v.date }));
}

/** A version's sections as plain text: what the compare form diffs in the browser. */
export async function GET(_request: Request, { params }: { params: Promise<{ date: string }> }) {
  const version = findVersion(loadContent(), (await params).date);
  if (!version) return new Response('Not found', { status: 404 });
  return Response.json({
    date: version.date,
    title: version.title,
    sections: version.sections.map(({ id, title, aliases, text }) => ({ id, title, aliases, text })),
  });
}
