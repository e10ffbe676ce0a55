import { UsageError } from './content/problems';

const LONG = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** True when `date` is YYYY-MM-DD and names a day that exists in the calendar (no 2024-02-30). */
export function isRealDay(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** "2024-10-02" → "October 2, 2024", the way the notice prints its revision date. */
export function formatDate(isoDate: string): string {
  return LONG.format(new Date(`${isoDate}T00:00:00Z`));
}

/** Today's date (UTC) as YYYY-MM-DD; $BUILD_DATE overrides it so builds and tests are reproducible. */
export function today(env: NodeJS.ProcessEnv = process.env): string {
  const date = env.BUILD_DATE;
  if (date === undefined || date === '') return new Date().toISOString().slice(0, 10);
  if (!isRealDay(date))
    throw new UsageError(`BUILD_DATE="${date}" is not a real date: write it as YYYY-MM-DD (e.g. 2025-06-01), or leave it unset for today.`);
  return date;
}

/** The date `days` after (or before, if negative) an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new RangeError(`addDays: "${isoDate}" is not a YYYY-MM-DD date`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
