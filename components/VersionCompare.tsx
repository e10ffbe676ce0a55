import type { NoticeVersion } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { urls } from '@/lib/urls';
import { primaryButton } from './classes';
import { Island } from './Island';

/**
 * Compare any two versions. With JavaScript, VersionCompare.island.ts fetches both versions' sections.json
 * and shows the same section diff as the changes pages, in place, older to newer whichever way the two
 * were picked. Without it, the form is hidden and the
 * reader is pointed to each version's static "What changed" page.
 */
export function VersionCompare({ versions }: { versions: NoticeVersion[] }) {
  const option = (v: NoticeVersion) => (
    <option key={v.date} value={v.date} data-sections={urls.sections(v.date)}>
      {formatDate(v.date)}
    </option>
  );
  return (
    <section className="version-compare" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare two versions</h2>
      <p className="compare-fallback">Each version&rsquo;s &ldquo;What changed&rdquo; page compares it with the version before it.</p>
      <version-compare>
        <form className="compare-form" action={urls.versions} method="get">
          <label>
            Older version
            <select name="from" defaultValue={versions[1]?.date}>
              {versions.map(option)}
            </select>
          </label>
          <label>
            Newer version
            <select name="to" defaultValue={versions[0]?.date}>
              {versions.map(option)}
            </select>
          </label>
          <button type="submit" className={`${primaryButton} cursor-pointer`}>
            Compare
          </button>
        </form>
        {/* The result is long: screen readers hear a one-line status ("3 sections changed."), not all of it. */}
        <p className="compare-status sr-only" role="status" />
        <div className="compare-result diff" />
        <Island name="VersionCompare" />
      </version-compare>
    </section>
  );
}
