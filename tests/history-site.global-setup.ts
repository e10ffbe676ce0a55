import { ensureHistorySite } from '../scripts/support/sites';

/** Builds the fixture site with a newly published version (tests/fixtures/history.ts) when missing or stale. */
export default function buildHistorySite() {
  ensureHistorySite();
}
