import { execFileSync } from 'node:child_process';
import { buildIsStale } from '../../lib/build-status';
import { FIXTURE_TODAY, writeHistoryFixture } from '../../tests/fixtures/history';

/** The fixture history site (tests/fixtures/history.ts) and its content folder. */
export const HISTORY_OUT = '.build/history-site';
export const HISTORY_CONTENT = '.build/history-content';

function build(env: NodeJS.ProcessEnv) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env });
}

/**
 * Builds what browser tests and benchmarks serve, when missing or stale: the real site in out/, and a site
 * from a made-up version history (so archived versions, diffs and aliases exist).
 */
export function ensureSites(): { site: string; history: string } {
  return { site: ensureSite(), history: ensureHistorySite() };
}

/** Builds the real site in out/ when it has no completion stamp for the current sources. */
export function ensureSite(): string {
  if (buildIsStale()) build(process.env);
  return 'out';
}

/** Builds the fixture history site (a new version published after the real one) when missing or stale. */
export function ensureHistorySite(): string {
  // Rewritten every time (it is small): its bytes are in the history site's source hash.
  writeHistoryFixture(HISTORY_CONTENT);
  const historyEnv = { ...process.env, CONTENT_DIR: HISTORY_CONTENT, OUT_DIR: HISTORY_OUT, BUILD_DATE: FIXTURE_TODAY };
  if (buildIsStale(HISTORY_OUT, { env: historyEnv })) build(historyEnv);
  return HISTORY_OUT;
}
