import { describe, expect, it } from 'vitest';
import config from '../../vitest.config';
import { FIXTURE_TODAY } from '../../tests/fixtures/history';
import { HISTORY_CONTENT, HISTORY_OUT } from './sites';

describe('the site-published test project', () => {
  // vitest.config.ts cannot import these constants (Vite's config loader), so it repeats them: keep them in step.
  it('tests the fixture history site that the browser tests and benchmarks build', () => {
    const projects = config.test?.projects ?? [];
    const project = projects.find((p) => typeof p === 'object' && 'test' in p && p.test?.name === 'site-published');
    expect(project && typeof project === 'object' && 'test' in project ? project.test?.env : undefined).toEqual({
      SITE_OUT: HISTORY_OUT,
      CONTENT_DIR: HISTORY_CONTENT,
      BUILD_DATE: FIXTURE_TODAY,
    });
  });
});
