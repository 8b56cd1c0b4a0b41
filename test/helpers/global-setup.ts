import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeAllSamples } from '../../src/samples/write-samples';
import { ensureWebBuild, HAS_CHROMIUM } from './web-build';

/**
 * Once per test run: the .xlsx fixtures generated from the seed documents (with the index the
 * browser page loads) into a fresh temporary folder, and the task pane build when the browser
 * tests can run. The folder's path reaches the test workers through PRA_FIXTURE_DIR.
 */
export default async function globalSetup(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pra-fixtures-'));
  process.env.PRA_FIXTURE_DIR = dir;
  await writeAllSamples(dir);
  // mutation testing runs no browser test (jest.mutation.config.js): no web build per sandbox
  if (HAS_CHROMIUM && !process.env.PRA_NO_WEB_BUILD) ensureWebBuild();
}
