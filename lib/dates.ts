const LONG = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** "2024-10-02" → "October 2, 2024", the way the notice prints its revision date. */
export function formatDate(isoDate: string): string {
  return LONG.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Today's date (UTC) as YYYY-MM-DD; $BUILD_DATE overrides it so builds and tests are reproducible. */
export function today(): string {
  return process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}

/** The date `days` after (or before, if negative) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
