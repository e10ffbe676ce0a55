import { versionDateParams, versionOfRoute, type VersionRouteProps } from '../version-route';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = versionDateParams;

/** A version's sections as their blocks (kind and plain text): what the compare form diffs in the browser. */
export async function GET(_request: Request, route: VersionRouteProps) {
  const version = await versionOfRoute(route);
  if (!version) return new Response('Not found', { status: 404 });
  return Response.json({
    date: version.date,
    title: version.title,
    sections: version.sections.map(({ id, title, aliases, blocks }) => ({ id, title, aliases, blocks })),
  });
}
