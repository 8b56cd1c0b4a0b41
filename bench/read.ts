/**
 * `npm run bench:read`: the reader alone, in-process, side by side in one run with SheetJS 0.18.5
 * (`xlsx`, a dev dependency used only here), ExcelJS and the floor (fflate unzipping the sheet and
 * string parts and counting `<c` in their bytes, building nothing), on the seed submissions and on
 * the shared corpus when present. Rounds are interleaved (the order rotates each round) so machine
 * load hits every reader alike; each ratio is the median of the per-round ratios, with their range.
 * Then the hostile scanners at n and 2n (linear means about 2×; the bar is 2.5×). Prints Markdown.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { cpus } from 'os';
import { join } from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { readCsv } from '../src/io/csv-reader';
import { readXlsx } from '../src/io/xlsx-reader';
import { writeXlsx } from '../src/io/xlsx-writer';
import { parseProgressSeed } from '../src/samples/progress-seed';
import { PROGRESS_TITLE, SEED_FILES } from '../src/samples/seed-workbooks';
import { splitSubmissions, submissionSheet } from '../src/samples/split-submissions';
import { readSeed } from '../src/samples/write-samples';
import * as XLSX from 'xlsx';
import { median, ms, ratio, timeMedian } from './measure';

const ROUNDS = 5;

const ROOT = join(__dirname, '..', '..');
/** The corpus row leaves out the few multi-megabyte workbooks and ExcelJS, which takes minutes on some of them. */
const CORPUS_FILE_BYTES = 1024 * 1024;

function floorScan(bytes: Uint8Array): number {
  const parts = unzipSync(bytes, { filter: (f) => /^xl\/worksheets\/[^/]+\.xml$/i.test(f.name) || /^xl\/sharedstrings\.xml$/i.test(f.name) });
  let cells = 0;
  for (const part of Object.values(parts)) for (let i = 0; i < part.length - 2; i++) if (part[i] === 0x3c && part[i + 1] === 0x63 && (part[i + 2] === 0x20 || part[i + 2] === 0x3e)) cells++;
  return cells;
}

async function exceljsRead(bytes: Uint8Array): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell(() => undefined)));
}

async function exceljsReads(files: Uint8Array[]): Promise<number> {
  let ok = 0;
  for (const f of files) {
    try {
      await exceljsRead(f);
      ok++;
    } catch {
      // ExcelJS refuses some real workbooks; their time still counts
    }
  }
  return ok;
}

function sheetjsReads(files: Uint8Array[]): void {
  for (const f of files) {
    try {
      // the displayed texts of every cell, as ours gives them (w: formatted text)
      const book = XLSX.read(f, { type: 'array', cellText: true, cellDates: false });
      for (const name of book.SheetNames) XLSX.utils.sheet_to_json(book.Sheets[name]!, { header: 1, raw: false });
    } catch {
      // SheetJS refuses some real workbooks; their time still counts
    }
  }
}

type Contender = 'ours' | 'sheetjs' | 'exceljs' | 'floor';

/** Interleaved rounds: every round runs each contender once, in a rotating order; times per round. */
async function interleaved(rounds: number, contenders: Partial<Record<Contender, () => unknown | Promise<unknown>>>): Promise<Record<Contender, number[]>> {
  const names = Object.keys(contenders) as Contender[];
  const times: Record<Contender, number[]> = { ours: [], sheetjs: [], exceljs: [], floor: [] };
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(r + k) % names.length]!;
      const start = process.hrtime.bigint();
      await contenders[name]!();
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return times;
}

/** Median of the per-round ratios a/b, with their lowest and highest. */
function ratioSpread(a: number[], b: number[]): string {
  const per = a.map((x, i) => x / b[i]!).sort((p, q) => p - q);
  return `${median(per).toFixed(2)}× (${per[0]!.toFixed(2)}–${per[per.length - 1]!.toFixed(2)})`;
}

function readAll(files: Uint8Array[]): void {
  for (const f of files) {
    try {
      readXlsx(f, 'x.xlsx');
    } catch {
      // refusals are results too
    }
  }
}

const lines: string[] = [];
const out = (line = ''): void => {
  lines.push(line);
  console.log(line);
};

async function main(): Promise<void> {
  const seed = parseProgressSeed(readSeed(SEED_FILES.progress, join(ROOT, 'fixtures', 'seeds')));
  const submissions = await Promise.all(splitSubmissions(seed).map((s) => writeXlsx([submissionSheet(s, PROGRESS_TITLE)])));
  const seedFiles = Array.from({ length: 300 }, (_, i) => submissions[i % submissions.length]);
  const corpusDir = join(ROOT, '..', 'shared', 'xlsx-corpus', 'files');
  const corpus = existsSync(corpusDir)
    ? readdirSync(corpusDir)
        .filter((f) => /\.xls[xm]$/i.test(f))
        .sort()
        .map((f) => new Uint8Array(readFileSync(join(corpusDir, f))))
        .filter((bytes) => bytes.length < CORPUS_FILE_BYTES)
    : [];

  out(`# Reader benchmark`);
  out();
  out(`Command: \`npm run bench:read\` · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${new Date().toISOString()}`);
  out();
  out(`${ROUNDS} interleaved rounds; times are medians, ratios the median of per-round ratios (lowest–highest).`);
  out();
  out('| input | ours | SheetJS | ExcelJS | floor | SheetJS / ours | ours / floor | ExcelJS / ours |');
  out('| --- | --- | --- | --- | --- | --- | --- | --- |');
  const sets: [string, Uint8Array[]][] = [[`${seedFiles.length} seed submissions`, seedFiles]];
  if (corpus.length) sets.push([`${corpus.length} corpus workbooks under 1 MB`, corpus]);
  else out('| corpus | skipped: ../shared/xlsx-corpus/files is absent | | | | | | |');
  for (const [label, files] of sets) {
    // ExcelJS takes minutes on some corpus files: it runs on the seed submissions only
    const withExcel = files !== corpus;
    const t = await interleaved(ROUNDS, {
      ours: () => readAll(files),
      sheetjs: () => sheetjsReads(files),
      floor: () => files.forEach((f) => floorScan(f)),
      ...(withExcel ? { exceljs: () => exceljsReads(files) } : {}),
    });
    const excel = withExcel ? ms(median(t.exceljs)) : 'not run';
    const excelRatio = withExcel ? ratioSpread(t.exceljs, t.ours) : '';
    out(`| ${label} | ${ms(median(t.ours))} | ${ms(median(t.sheetjs))} | ${excel} | ${ms(median(t.floor))} | ${ratioSpread(t.sheetjs, t.ours)} | ${ratioSpread(t.ours, t.floor)} | ${excelRatio} |`);
  }
  out();
  out('## Hostile inputs at n and 2n (linear: about 2×; bar 2.5×)');
  out();
  out('| case | n | time(n) | time(2n) | ratio | linear |');
  out('| --- | --- | --- | --- | --- | --- |');
  const sheetWith = (body: string): Uint8Array =>
    zipSync({
      '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="s" sheetId="1" r:id="rId1"/></sheets></workbook>'),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="s.xml"/></Relationships>'),
      'xl/s.xml': strToU8(`<worksheet><sheetData>${body}</sheetData></worksheet>`),
    });
  const cases: [string, number, (n: number) => () => void][] = [
    ['unclosed `<c`', 200_000, (n) => { const b = sheetWith(`<row r="1">${'<c'.repeat(n)}`); return () => void tryRead(b); }],
    ['unclosed `<t>`', 200_000, (n) => { const b = sheetWith(`<row r="1"><c r="A1" t="inlineStr"><is>${'<t>'.repeat(n)}`); return () => void tryRead(b); }],
    ['rows of cells', 100_000, (n) => { const b = sheetWith(Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('')); return () => void tryRead(b); }],
    ['CSV one long line', 2_000_000, (n) => { const b = new TextEncoder().encode('a'.repeat(n)); return () => void readCsv(b, 'x.csv', 'x'); }],
    ['CSV empty lines', 500_000, (n) => { const b = new TextEncoder().encode('\n'.repeat(n)); return () => void readCsv(b, 'x.csv', 'x'); }],
  ];
  for (const [label, n, make] of cases) {
    const one = await timeMedian(3, make(n));
    const two = await timeMedian(3, make(2 * n));
    out(`| ${label} | ${n.toLocaleString('en')} | ${ms(one)} | ${ms(two)} | ${ratio(two, one)} | ${two / one <= 2.5 ? 'met' : 'not yet'} |`);
  }
}

function tryRead(bytes: Uint8Array): void {
  try {
    readXlsx(bytes, 'x.xlsx');
  } catch {
    // a refusal is the expected result for the broken cases
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
