import { mkdirSync } from 'fs';
import { FIXTURE_DIR } from './paths';
import { writeSamples, writeSubmissionSamples } from '../../src/samples/write-samples';

/** Generates the .xlsx fixtures from the seed documents once per test run. */
export default async function globalSetup(): Promise<void> {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  await writeSamples(FIXTURE_DIR);
  await writeSubmissionSamples(FIXTURE_DIR);
}
