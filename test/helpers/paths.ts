import { join } from 'path';

/** Generated fixtures (from the seeds) live here during a test run; git ignores the folder. */
export const FIXTURE_DIR = join(__dirname, '..', 'artifacts', 'fixtures');
export const SAMPLE_PROGRESS = join(FIXTURE_DIR, '2021年上半年重点工作进展.xlsx');
export const SAMPLE_LIAISON_0515 = join(FIXTURE_DIR, '对接情况_截至5月15日.xlsx');
export const SAMPLE_LIAISON_0531 = join(FIXTURE_DIR, '对接情况_截至5月31日.xlsx');
export const SUBMISSIONS_DIR = join(FIXTURE_DIR, '报送');
export const MASTER_LIST = join(FIXTURE_DIR, '任务清单.xlsx');
