import { join } from 'path';

/**
 * Generated fixtures (from the seeds) live in a fresh temporary folder made for each test run by
 * global-setup.ts (and removed by global-teardown.ts), so a broken run cannot leave files that a
 * later run reads. A test file run without the global setup gets a clear error, not stale files.
 */
function fixtureDir(): string {
  const dir = process.env.PRA_FIXTURE_DIR;
  if (!dir) throw new Error('PRA_FIXTURE_DIR is not set: run the tests through jest (its globalSetup makes the fixtures)');
  return dir;
}

export const FIXTURE_DIR = fixtureDir();
export const SAMPLE_PROGRESS = join(FIXTURE_DIR, '2021年上半年重点工作进展.xlsx');
export const SAMPLE_LIAISON_0515 = join(FIXTURE_DIR, '对接情况_截至5月15日.xlsx');
export const SAMPLE_LIAISON_0531 = join(FIXTURE_DIR, '对接情况_截至5月31日.xlsx');
export const SUBMISSIONS_DIR = join(FIXTURE_DIR, '报送');
export const MASTER_LIST = join(FIXTURE_DIR, '任务清单.xlsx');
