import { mkdirSync } from 'fs';
import { writeAllSamples } from '../../src/samples/write-samples';
import { FIXTURE_DIR } from './paths';
import { ensureWebBuild, HAS_CHROMIUM } from './web-build';

/**
 * Once per test run: the .xlsx fixtures generated from the seed documents (with the index the
 * browser page loads), and the task pane build when the browser tests can run.
 */
export default async function globalSetup(): Promise<void> {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  await writeAllSamples(FIXTURE_DIR);
  if (HAS_CHROMIUM) ensureWebBuild();
}
