import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { writeXlsx } from '../io/xlsx-writer';
import { liaisonSeedWorkbook, progressSeedWorkbook, SEED_FILES } from './seed-workbooks';

/** Where the copies of the seed documents live in this repository. */
export const SEED_DIR = join(__dirname, '..', '..', 'fixtures', 'seeds');

export function readSeed(file: string, seedDir = SEED_DIR): string {
  const path = join(seedDir, file);
  if (!existsSync(path)) throw new Error(`seed document missing: ${path}`);
  return readFileSync(path, 'utf8');
}

/** Writes the sample workbooks generated from the seeds; returns the paths written. */
export async function writeSamples(outDir: string, seedDir = SEED_DIR): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const books: [string, ReturnType<typeof progressSeedWorkbook>][] = [
    ['2021年上半年重点工作进展.xlsx', progressSeedWorkbook(readSeed(SEED_FILES.progress, seedDir))],
    ['对接情况_截至5月15日.xlsx', liaisonSeedWorkbook(readSeed(SEED_FILES.liaisonMay15, seedDir))],
    ['对接情况_截至5月31日.xlsx', liaisonSeedWorkbook(readSeed(SEED_FILES.liaisonMay31, seedDir))],
  ];
  const written: string[] = [];
  for (const [name, sheets] of books) {
    const path = join(outDir, name);
    writeFileSync(path, await writeXlsx(sheets));
    written.push(path);
  }
  return written;
}
