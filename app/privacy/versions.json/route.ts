import { loadContent } from '@/lib/checker';
import { versionCatalog } from '@/lib/version-catalog';

export const dynamic = 'force-static';

/** Every version with its status, dates, URLs, summary and sha256. */
export function GET() {
  return Response.json(versionCatalog(loadContent()));
}
