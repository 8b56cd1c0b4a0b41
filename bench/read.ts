/**
 * The read section of `npm run bench` (alone: `npm run bench:read`): the reader in-process, side by side
 * in one run with SheetJS 0.18.5 (`xlsx`, a dev dependency used only here), ExcelJS and the floor.
 * The floor is fflate unzipping the worksheet and shared-string parts (any folder, `/` or `\`) and
 * counting `<c` in their bytes, building nothing. It skips parts every reader must inflate too: the
 * package relationships (where the workbook is), the workbook and its relationships (which sheets,
 * named how, in which parts) and the styles (number formats: a date's or a percentage's text). On a
 * small file those four cost about as much as the floor itself (fflate builds its Huffman tables per
 * part), so "ours / floor" there cannot reach 2× by reading less; the table shows beside it, as
 * information (no goal), the same scan over those parts too ("required parts"), styles.xml only
 * when a part holds ` s="` (the reader leaves styles.xml unread when no cell has a style: the
 * corpus's 21 MB npoi__HugeStyles.xlsx); a reference, not a floor. Which inflater each column uses:
 * "ours" reads as the CLI and the inbox read, with Node's zlib (src/node/raw-inflate.ts); the floor
 * and "required parts" are fflate, as the issue defines the floor; two more columns, information
 * only, show the other side: "ours (fflate)" (the browser page's and the task pane's reader) and
 * "floor (zlib)" (the same parts and scan, inflated by the CLI's zlib: bench/zlib-parts.ts). Inputs: the seed submissions (seeds/004 split per
 * unit), the shared corpus's workbooks under 1 MB when present, and a 100,000-row sheet of seed rows.
 * Rounds are interleaved (the order rotates each round) so machine load hits every reader alike; each
 * figure is CPU time (process.cpuUsage: user + system, all threads, GC included), warm (every reader
 * has read the set once before the rounds), the median of the rounds; a ratio is the median of the
 * per-round ratios, with their lowest and highest.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { unzipSync } from 'fflate';
import * as XLSX from 'xlsx';
import { readXlsx } from '../src/io/xlsx-reader';
import type { RawInflate } from '../src/io/zip';
import { nodeRawInflate } from '../src/node/raw-inflate';
import { writeXlsx } from '../src/io/xlsx-writer';
import { parseProgressSeed } from '../src/samples/progress-seed';
import { PROGRESS_HEADER, progressRows, PROGRESS_TITLE, SEED_FILES } from '../src/samples/seed-workbooks';
import { splitSubmissions, submissionSheet } from '../src/samples/split-submissions';
import { readSeed } from '../src/samples/write-samples';
import { cpuTime, median, ms } from './measure';
import type { Goal, Section, SectionRunner } from './section';
import { zlibUnzip } from './zlib-parts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
/** The corpus row leaves out the few multi-megabyte workbooks. */
const CORPUS_FILE_BYTES = 1024 * 1024;
const FLOOR_PART = /(^|[/\\])(sheet\d*|sharedstrings)\.xml$/i;

/** The floor's parts plus those any reader must inflate: `_rels/.rels`, the workbook and its relationships (the styles: STYLES_PART). */
const REQUIRED_PART = /(^|[/\\])(sheet\d*\.xml|sharedstrings\.xml|workbook\.xml|workbook\.xml\.rels|\.rels)$/i;
const STYLES_PART = /(^|[/\\])styles\.xml$/i;

/** `<c` tags counted in the parts' bytes, as the floor counts them; whether any part holds ` s="` (a cell with a style) too. */
function scanBytes(parts: Uint8Array[]): { cells: number; styled: boolean } {
  let cells = 0;
  let styled = false;
  for (const part of parts) {
    for (let i = 0; i < part.length - 2; i++) {
      if (part[i] === 0x3c && part[i + 1] === 0x63 && (part[i + 2] === 0x20 || part[i + 2] === 0x3e)) cells++;
      else if (!styled && part[i] === 0x20 && part[i + 1] === 0x73 && part[i + 2] === 0x3d && part[i + 3] === 0x22) styled = true;
    }
  }
  return { cells, styled };
}

export function floorScan(bytes: Uint8Array): number {
  return countCells(Object.values(unzipSync(bytes, { filter: (f) => FLOOR_PART.test(f.name) })));
}

/** The floor's parts and scan, inflated by Node's zlib instead of fflate (information, no goal). */
export function zlibFloorScan(bytes: Uint8Array): number {
  return countCells(zlibUnzip(bytes, (name) => FLOOR_PART.test(name)));
}

function countCells(parts: Uint8Array[]): number {
  let cells = 0;
  for (const part of parts) for (let i = 0; i < part.length - 2; i++) if (part[i] === 0x3c && part[i + 1] === 0x63 && (part[i + 2] === 0x20 || part[i + 2] === 0x3e)) cells++;
  return cells;
}

/**
 * The floor over the parts any reader needs (information only: the goal stays against the floor).
 * The styles are inflated only when some part holds ` s="`, as the reader reads them only for a cell
 * with a style (a second directory pass for them costs a few microseconds).
 */
export function requiredPartsScan(bytes: Uint8Array): number {
  try {
    const scanned = scanBytes(Object.values(unzipSync(bytes, { filter: (f) => REQUIRED_PART.test(f.name) })));
    if (scanned.styled) scanBytes(Object.values(unzipSync(bytes, { filter: (f) => STYLES_PART.test(f.name) })));
    return scanned.cells;
  } catch {
    return 0; // a workbook fflate refuses: its time still counts
  }
}

async function exceljsReads(files: Uint8Array[]): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  for (const f of files) {
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(f) as unknown as ArrayBuffer);
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell(() => undefined)));
    } catch {
      // ExcelJS refuses some real workbooks; their time still counts
    }
  }
}

function sheetjsReads(files: Uint8Array[]): void {
  for (const f of files) {
    try {
      // the displayed texts of every cell, as ours gives them (w: formatted text)
      const book = XLSX.read(f, { type: 'array', cellText: true, cellDates: false });
      for (const name of book.SheetNames) XLSX.utils.sheet_to_json(book.Sheets[name] as XLSX.WorkSheet, { header: 1, raw: false });
    } catch {
      // SheetJS refuses some real workbooks; their time still counts
    }
  }
}

/** Our reader as the CLI runs it (`inflate`: Node's zlib), or as the page runs it (no inflater: fflate). */
function oursReads(files: Uint8Array[], inflate?: RawInflate): void {
  const options = inflate ? { inflate } : {};
  for (const f of files) {
    try {
      readXlsx(f, 'x.xlsx', options);
    } catch {
      // refusals are results too
    }
  }
}

type Contender = 'ours' | 'oursFflate' | 'sheetjs' | 'exceljs' | 'floor' | 'floorZlib' | 'required';

/** Interleaved rounds after one warm-up: every round runs each contender once, in a rotating order. */
async function interleaved(rounds: number, contenders: Partial<Record<Contender, () => unknown>>): Promise<Record<Contender, number[]>> {
  const names = Object.keys(contenders) as Contender[];
  const times: Record<Contender, number[]> = { ours: [], oursFflate: [], sheetjs: [], exceljs: [], floor: [], floorZlib: [], required: [] };
  for (const name of names) await contenders[name]?.();
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length] as Contender;
      times[name].push(await cpuTime(() => contenders[name]?.()));
    }
  }
  return times;
}

/** Median of the per-round ratios a/b, with their lowest and highest. */
function ratios(a: number[], b: number[]): { median: number; text: string } {
  const per = a.map((x, i) => x / (b[i] as number)).sort((p, q) => p - q);
  const m = median(per);
  return { median: m, text: `${m.toFixed(2)}× (${(per[0] as number).toFixed(2)}–${(per[per.length - 1] as number).toFixed(2)})` };
}

async function inputs(root: string): Promise<[string, string, Uint8Array[], boolean][]> {
  const seed = parseProgressSeed(readSeed(SEED_FILES.progress, join(root, 'fixtures', 'seeds')));
  const submissions = await Promise.all(splitSubmissions(seed).map((s) => writeXlsx([submissionSheet(s, PROGRESS_TITLE)])));
  const corpusDir = join(root, '..', 'shared', 'xlsx-corpus', 'files');
  const corpus = existsSync(corpusDir)
    ? readdirSync(corpusDir)
        .filter((f) => /\.xls[xm]$/i.test(f))
        .sort()
        .map((f) => new Uint8Array(readFileSync(join(corpusDir, f))))
        .filter((bytes) => bytes.length < CORPUS_FILE_BYTES)
    : [];
  const big = Array.from({ length: 100_000 }, (_, i) => [String(i + 1), ...(progressRows([seed[i % seed.length] as (typeof seed)[number]])[0] ?? []).slice(1)]);
  const bigBytes = await writeXlsx([{ name: '大表', rows: [[PROGRESS_TITLE], PROGRESS_HEADER, ...big] }]);
  // the submissions are a few KB each: read ten times over per round, so a round is long enough to time
  const seedRounds = Array.from({ length: 10 }, () => submissions).flat();
  const sets: [string, string, Uint8Array[], boolean][] = [[`${submissions.length} seed submissions (each read 10 times a round)`, 'seed submissions', seedRounds, true]];
  if (corpus.length) sets.push([`${corpus.length} corpus workbooks under 1 MB`, 'corpus files under 1 MB', corpus, false]);
  sets.push([`one 100,000-row sheet (${(bigBytes.length / 2 ** 20).toFixed(1)} MB)`, '100k-row sheet', [bigBytes], true]);
  return sets;
}

export const readSection: SectionRunner = async (root: string): Promise<Section> => {
  const lines: string[] = [
    '## Read: files into grids, in-process',
    '',
    `${ROUNDS} interleaved rounds after a warm-up; CPU time (user + system, all threads, GC included), median of the rounds; ratios are the median of per-round ratios (lowest–highest). The floor: fflate unzipping the sheet and shared-string parts and counting \`<c\` in their bytes. Ours: our reader as the CLI and the inbox server run it, inflating with Node's zlib (the goal is ours / floor). Information, no goal: ours (fflate) is our reader as the browser page and the task pane run it (fflate); floor (zlib) is the floor's parts and scan inflated by the same zlib as ours; required parts is the floor (fflate) over the parts any reader must inflate besides (package and workbook relationships, workbook, and styles when a part holds \` s="\`, as the reader reads them only for a styled cell), compared with ours (fflate), same inflater. SheetJS and ExcelJS inflate in JavaScript (SheetJS 0.18.5 takes Node's zlib only when told to, which this bench does not) and are compared with ours (zlib). ExcelJS is left out of the corpus row (minutes on some files).`,
    '',
    '| input | ours (zlib) | ours (fflate) | SheetJS | ExcelJS | floor (fflate) | floor (zlib) | required parts (fflate) | ours / floor | ours / floor (zlib) | ours (fflate) / floor | ours (fflate) / required parts | SheetJS / ours | ExcelJS / ours |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  const goals: Goal[] = [];
  const sets = await inputs(root);
  const corpusPresent = sets.some(([, short]) => short.startsWith('corpus'));
  for (const [label, short, files, withExcel] of sets) {
    const t = await interleaved(ROUNDS, {
      ours: () => oursReads(files, nodeRawInflate),
      oursFflate: () => oursReads(files),
      sheetjs: () => sheetjsReads(files),
      floor: () => files.forEach((f) => floorScan(f)),
      floorZlib: () => files.forEach((f) => zlibFloorScan(f)),
      required: () => files.forEach((f) => requiredPartsScan(f)),
      ...(withExcel ? { exceljs: () => exceljsReads(files) } : {}),
    });
    const floor = ratios(t.ours, t.floor);
    const floorZlib = ratios(t.ours, t.floorZlib);
    const fflateFloor = ratios(t.oursFflate, t.floor);
    const required = ratios(t.oursFflate, t.required);
    const sheetjs = ratios(t.sheetjs, t.ours);
    const excel = withExcel ? ratios(t.exceljs, t.ours).text : 'not run';
    lines.push(
      `| ${label} | ${ms(median(t.ours))} | ${ms(median(t.oursFflate))} | ${ms(median(t.sheetjs))} | ${withExcel ? ms(median(t.exceljs)) : 'not run'} | ${ms(median(t.floor))} | ${ms(median(t.floorZlib))} | ${ms(median(t.required))} | ${floor.text} | ${floorZlib.text} | ${fflateFloor.text} | ${required.text} | ${sheetjs.text} | ${excel} |`,
    );
    goals.push({ figure: `reader / floor, ${short}`, goal: '≤ 2×', measured: floor.text, met: floor.median <= 2 ? 'met' : 'not met' });
    goals.push({ figure: `SheetJS / reader, ${short}`, goal: '≥ 4×', measured: sheetjs.text, met: sheetjs.median >= 4 ? 'met' : 'not met' });
  }
  if (!corpusPresent) {
    lines.push('| corpus | skipped: ../shared/xlsx-corpus/files is absent | | | | | | | | | | | | |');
    goals.push({ figure: 'reader / floor, corpus files under 1 MB', goal: '≤ 2×', measured: 'corpus absent', met: 'not measured' });
  }
  return { title: 'read', lines, goals };
};

if (require.main === module) {
  void readSection(join(__dirname, '..', '..')).then((section) => {
    console.log(section.lines.join('\n'));
    for (const g of section.goals) console.log(`${g.figure}: ${g.goal} → ${g.measured} (${g.met})`);
  });
}
