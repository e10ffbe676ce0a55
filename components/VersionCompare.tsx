import type { NoticeVersion } from '@/lib/content';
import { formatDate } from '@/lib/dates';
import { urls } from '@/lib/urls';
import { primaryButton } from './classes';
import { Island } from './Island';

const label = 'flex max-w-full flex-col gap-1 font-semibold';
const select = 'min-h-10 max-w-full rounded-md border border-muted bg-page px-2 font-normal text-ink';

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
    <section className="version-compare mt-8 border-t border-line pt-4" aria-labelledby="compare-title">
      <h2 id="compare-title" className="mb-3 text-2xl">
        Compare two versions
      </h2>
      {/* Without JavaScript the form cannot compare: this line shows instead. */}
      <p className="compare-fallback hidden scripting-none:block">
        Each version&rsquo;s &ldquo;What changed&rdquo; page compares it with the version before it.
      </p>
      <version-compare class="block scripting-none:hidden">
        <form className="compare-form flex flex-wrap items-end gap-4" action={urls.versions} method="get">
          <label className={label}>
            Older version
            <select name="from" className={select} defaultValue={versions[1]?.date}>
              {versions.map(option)}
            </select>
          </label>
          <label className={label}>
            Newer version
            <select name="to" className={select} defaultValue={versions[0]?.date}>
              {versions.map(option)}
            </select>
          </label>
          <button type="submit" className={`${primaryButton} cursor-pointer`}>
            Compare
          </button>
        </form>
        {/* The result is long: screen readers hear a one-line status ("3 sections changed."), not all of it. */}
        <p className="compare-status sr-only" role="status" />
        <div className="compare-result diff not-empty:mt-6" />
        <Island name="VersionCompare" />
      </version-compare>
    </section>
  );
}
