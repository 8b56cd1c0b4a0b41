import { rmSync } from 'fs';

/** Removes the run's fixture folder (made by global-setup.ts). */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env.PRA_FIXTURE_DIR;
  if (dir && /pra-fixtures-/.test(dir)) rmSync(dir, { recursive: true, force: true });
}
