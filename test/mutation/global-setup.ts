import { existsSync, rmSync } from 'fs';
import globalSetup from '../helpers/global-setup';

/**
 * StrykerJS runs jest once per mutant in the same process: the seed fixtures are generated once
 * per process (into a fresh temporary folder, as test/helpers/global-setup.ts does) and removed
 * when the process exits, not rewritten for every mutant.
 */
export default async function mutationGlobalSetup(): Promise<void> {
  const dir = process.env.PRA_FIXTURE_DIR;
  if (dir && existsSync(dir)) return;
  await globalSetup();
  const made = process.env.PRA_FIXTURE_DIR;
  if (made && /pra-fixtures-/.test(made)) process.once('exit', () => rmSync(made, { recursive: true, force: true }));
}
