import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join, relative, sep } from 'path';
import { writeXlsx } from '../io/xlsx-writer';
import { parseProgressSeed } from './progress-seed';
import { liaisonSeedWorkbook, PROGRESS_TITLE, progressSeedWorkbook, SEED_FILES } from './seed-workbooks';
import { masterSheet, splitSubmissions, submissionSheet } from './split-submissions';

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

/**
 * Writes the seed table split into one submission per lead unit under `报送/`, and the master list
 * `任务清单.xlsx`: the inputs of a real merge. Returns the submissions folder and the master path.
 */
export async function writeSubmissionSamples(outDir: string, seedDir = SEED_DIR): Promise<{ folder: string; master: string; files: string[] }> {
  const rows = parseProgressSeed(readSeed(SEED_FILES.progress, seedDir));
  const folder = join(outDir, '报送');
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (const submission of splitSubmissions(rows)) {
    const path = join(folder, `${submission.unit}_2021上半年.xlsx`);
    writeFileSync(path, await writeXlsx([submissionSheet(submission, PROGRESS_TITLE)]));
    files.push(path);
  }
  const master = join(outDir, '任务清单.xlsx');
  writeFileSync(master, await writeXlsx([masterSheet(rows)]));
  return { folder, master, files };
}

/**
 * Everything the browser page and the demo use, in one folder: the seed workbooks, the per-unit
 * submissions under `报送/`, the master list, and `index.json` listing what the page loads.
 */
export async function writeAllSamples(outDir: string, seedDir = SEED_DIR): Promise<{ workbooks: string[]; folder: string; master: string; files: string[] }> {
  const workbooks = await writeSamples(outDir, seedDir);
  const { folder, master, files } = await writeSubmissionSamples(outDir, seedDir);
  const rel = (path: string): string => relative(outDir, path).split(sep).join('/');
  writeFileSync(join(outDir, 'index.json'), `${JSON.stringify({ submissions: files.map(rel), master: rel(master) }, null, 2)}\n`);
  return { workbooks, folder, master, files };
}
