/**
 * Issue 13's bound, the reader's part of `npm run bench`: each hostile input of the issue is built here
 * (no file in the repo), written to a fresh temporary folder, and read in its own child process as the
 * CLI reads a file (`readWorkbookFile`, every exception turned into a ReportError at the file boundary).
 * Reported per case: the child's wall time (start-up included), its peak RSS
 * (`process.resourceUsage().maxRSS`) and its outcome, against the pass bar: ≤ 30 s, ≤ 2 GB, a result or
 * one Chinese line. Then the doubling check of every scanner, in-process: CPU time at n and 2n after
 * both were read once, interleaved rounds, the median of the per-round ratios; linear meaning about
 * 2×, the bar 2.5×.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Deflate, strToU8 } from 'fflate';
import { asReportError } from '../src/app/sources';
import { readCsvFile } from '../src/io/csv-reader';
import { readWorkbookFile } from '../src/io/read-workbook';
import { readXlsx } from '../src/io/xlsx-reader';
import { renderError } from '../src/locales';
import { inline, oneSheet, pack, rootRels, sheetXml, workbookRels, workbookXml } from '../test/io/opc-package';
import type { Goal, Section, SectionRunner } from './section';
import { cpuTime, median, ms } from './measure';

const BAR_MS = 30_000;
const BAR_BYTES = 2 * 1024 ** 3;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** A zip's one entry as fflate wrote it, to be stored again under other names or sizes. */
interface RawEntry {
  name: string;
  data: Uint8Array;
  crc: number;
  size: number;
}

function entriesOf(zip: Uint8Array): RawEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let p = view.getUint32(eocd + 16, true);
  const out: RawEntry[] = [];
  while (view.getUint32(p, true) === 0x02014b50) {
    const nameLength = view.getUint16(p + 28, true);
    const local = view.getUint32(p + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    out.push({
      name: new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength)),
      data: zip.subarray(start, start + view.getUint32(p + 20, true)),
      crc: view.getUint32(p + 16, true),
      size: view.getUint32(p + 24, true),
    });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

/** A deflated zip from entries (sizes as given: a lie stays a lie). */
function zipOf(entries: RawEntry[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const dv = new DataView(dir.buffer);
    dv.setUint32(0, 0x02014b50, true);
    dv.setUint16(4, 20, true);
    dv.setUint16(6, 20, true);
    dv.setUint16(10, 8, true);
    dv.setUint32(16, e.crc, true);
    dv.setUint32(20, e.data.length, true);
    dv.setUint32(24, e.size, true);
    dv.setUint16(28, name.length, true);
    dv.setUint32(42, offset, true);
    dir.set(name, 46);
    chunks.push(local, e.data);
    central.push(dir);
    offset += local.length + e.data.length;
  }
  const dirLength = central.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, dirLength, true);
  ev.setUint32(16, offset, true);
  const all = [...chunks, ...central, end];
  const out = new Uint8Array(all.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of all) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The package parts around sheets, as entries, with `sheets` replaced by the given raw entries. */
function withSheets(sheetEntries: RawEntry[]): Uint8Array {
  const names = sheetEntries.map((_, i) => `表${i + 1}`);
  const frame = pack({ '_rels/.rels': rootRels(), 'xl/workbook.xml': workbookXml(names), 'xl/_rels/workbook.xml.rels': workbookRels(sheetEntries.map((e) => e.name.replace(/^xl\//, ''))) });
  return zipOf([...entriesOf(frame), ...sheetEntries]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** `mib` MiB of zeros deflated in 1 MiB pushes (never the whole part in memory), with its CRC-32. */
const zerosCache = new Map<number, RawEntry>();
function zerosEntry(mib: number, name: string): RawEntry {
  let entry = zerosCache.get(mib);
  if (!entry) {
    const chunk = new Uint8Array(1024 * 1024);
    const out: Uint8Array[] = [];
    const deflate = new Deflate({ level: 6 }, (data) => out.push(data));
    let crc = 0xffffffff;
    for (let i = 0; i < mib; i++) {
      deflate.push(chunk, i === mib - 1);
      for (let k = 0; k < chunk.length; k++) crc = (CRC_TABLE[(crc ^ 0) & 0xff] as number) ^ (crc >>> 8);
    }
    const data = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const c of out) {
      data.set(c, at);
      at += c.length;
    }
    entry = { name, data, crc: (crc ^ 0xffffffff) >>> 0, size: mib * 1024 * 1024 };
    zerosCache.set(mib, entry);
  }
  return { ...entry, name };
}

interface HostileCase {
  name: string;
  file: string;
  build: () => Uint8Array;
}

const unclosed = (tag: string, n: number): Uint8Array => oneSheet(`<row r="1">${inline('A1', 'x')}${tag.repeat(n)}`);

const CASES: HostileCase[] = [
  { name: '`<row r="99999999">` (2.6 KB)', file: 'row-99999999.xlsx', build: () => oneSheet(`<row r="99999999">${inline('A99999999', 'x'.repeat(2500))}</row>`) },
  ...['-5', 'abc', '6.5', '0'].map((r) => ({ name: `\`<row r="${r}">\``, file: `row-${r}.xlsx`, build: () => oneSheet(`<row r="${r}">${inline('A1', 'x')}</row>`) })),
  { name: 'merge `A0:B2`', file: 'merge-a0.xlsx', build: () => oneSheet(`<row r="1">${inline('A1', 'x')}</row>`, { after: '<mergeCells><mergeCell ref="A0:B2"/></mergeCells>' }) },
  { name: 'merge `A1:XFD1048576`', file: 'merge-sheet.xlsx', build: () => oneSheet(`<row r="1">${inline('A1', 'x')}</row>`, { after: '<mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>' }) },
  { name: 'merge `F1:F99999999`', file: 'merge-f.xlsx', build: () => oneSheet(`<row r="1">${inline('F1', 'x')}</row>`, { after: '<mergeCells><mergeCell ref="F1:F99999999"/></mergeCells>' }) },
  { name: '`&#x110000;` in a cell', file: 'char-cell.xlsx', build: () => oneSheet(`<row r="1">${inline('A1', '&#x110000;')}</row>`) },
  {
    name: '`&#x110000;` in a sheet name',
    file: 'char-sheet.xlsx',
    build: () => pack({ '_rels/.rels': rootRels(), 'xl/workbook.xml': workbookXml(['&#x110000;']), 'xl/_rels/workbook.xml.rels': workbookRels(['s.xml']), 'xl/s.xml': sheetXml('') }),
  },
  ...['<c', '<row', '<t>', '<rPh>', '<si>'].map((tag) => ({
    name: `200,000 unclosed \`${tag}\``,
    file: `unclosed-${tag.replace(/\W/g, '')}.xlsx`,
    build: () => (tag === '<si>' || tag === '<rPh>' ? oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { strings: [`<t>x</t>${tag.repeat(200_000)}`] }) : unclosed(tag, 200_000)),
  })),
  { name: 'a part lying about its size (declares 1 KB, inflates to 255 MB)', file: 'lying.xlsx', build: () => withSheets([{ ...zerosEntry(255, 'xl/worksheets/sheet1.xml'), size: 1024 }]) },
  {
    name: 'four honest 255 MB parts (past the 512 MB workbook budget)',
    file: 'four-parts.xlsx',
    build: () => {
      const entry = zerosEntry(255, 'xl/worksheets/sheet1.xml');
      return withSheets([1, 2, 3, 4].map((i) => ({ ...entry, name: `xl/worksheets/sheet${i}.xml` })));
    },
  },
  { name: 'CSV: one 100 MB line', file: 'long-line.csv', build: () => new Uint8Array(100 * 1024 ** 2).fill(0x61) },
  { name: 'CSV: 10 million empty lines', file: 'empty-lines.csv', build: () => new Uint8Array(10_000_000).fill(0x0a) },
  { name: 'CSV: 200 MB file', file: 'big.csv', build: () => utf8('序号,主要工作任务,牵头部门\n'.repeat(6_000_000)) },
];

/** The child: reads one file as the CLI does and prints its time, peak RSS and outcome as one JSON line. */
function child(path: string): void {
  const start = process.hrtime.bigint();
  let outcome: string;
  let line = '';
  try {
    const { grids } = readWorkbookFile(new Uint8Array(readFileSync(path)), path);
    outcome = `result: ${grids.length} sheet(s), ${grids.reduce((n, g) => n + g.rows.length, 0)} row(s)`;
  } catch (error) {
    const report = asReportError(error);
    outcome = report.code;
    line = renderError(report.code, { ...report.params, fileName: path.split('/').pop() ?? path }, 'zh');
  }
  const readMs = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(JSON.stringify({ readMs, maxRss: process.resourceUsage().maxRSS * 1024, outcome, line }));
}

interface ChildResult {
  readMs: number;
  maxRss: number;
  outcome: string;
  line: string;
}

const isOneChineseLine = (line: string): boolean => !line.includes('\n') && /[\u4e00-\u9fff]/.test(line);

function runCases(lines: string[], goals: Goal[]): void {
  const dir = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
  lines.push('| case | input | wall (child, start-up included) | peak RSS | outcome | within the bar |', '| --- | --- | --- | --- | --- | --- |');
  let passed = 0;
  try {
    for (const c of CASES) {
      const path = join(dir, c.file);
      const bytes = c.build();
      writeFileSync(path, bytes);
      const start = process.hrtime.bigint();
      const run = spawnSync(process.execPath, [__filename, '--case', path], { encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 20 });
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      rmSync(path, { force: true });
      let result: ChildResult | undefined;
      try {
        result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '') as ChildResult;
      } catch {
        result = undefined;
      }
      const ok = result !== undefined && wall <= BAR_MS && result.maxRss <= BAR_BYTES && (result.outcome.startsWith('result') || isOneChineseLine(result.line));
      if (ok) passed++;
      const outcome = result
        ? result.line
          ? `${result.outcome}: ${result.line.replace(/\|/g, '\\|')}`
          : result.outcome
        : `no result (exit ${run.status ?? run.signal}; ${run.stderr.trim().split('\n').pop() ?? ''})`;
      lines.push(`| ${c.name} | ${(bytes.length / 1024).toFixed(1)} KB | ${ms(wall)} | ${result ? `${Math.round(result.maxRss / 2 ** 20)} MiB` : '—'} | ${outcome} | ${ok ? 'yes' : 'no'} |`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  goals.push({
    figure: 'hostile inputs (issue 13): result or one Chinese line, ≤ 30 s, ≤ 2 GB, each in its own process',
    goal: `${CASES.length} of ${CASES.length}`,
    measured: `${passed} of ${CASES.length}`,
    met: passed === CASES.length ? 'met' : 'not met',
  });
}

function tryRead(bytes: Uint8Array): void {
  try {
    readXlsx(bytes, 'x.xlsx');
  } catch {
    // a refusal is the expected result for the broken cases
  }
}

function tryCsv(bytes: Uint8Array): void {
  try {
    readCsvFile(bytes, 'x.csv', 'x');
  } catch {
    // a refusal is a result too
  }
}

const SCANNERS: [string, number, (n: number) => Uint8Array, (bytes: Uint8Array) => void][] = [
  ['unclosed `<c`', 1_000_000, (n) => unclosed('<c', n), tryRead],
  ['unclosed `<row`', 1_000_000, (n) => unclosed('<row', n), tryRead],
  ['unclosed `<t>` in a cell', 1_000_000, (n) => oneSheet(`<row r="1"><c r="A1" t="inlineStr"><is>${'<t>'.repeat(n)}`), tryRead],
  ['unclosed `<rPh>` in shared strings', 1_000_000, (n) => oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { strings: [`<t>x</t>${'<rPh>'.repeat(n)}`] }), tryRead],
  ['unclosed `<si>`', 1_000_000, (n) => oneSheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>', { strings: [`<t>x</t>${'<si>'.repeat(n)}`] }), tryRead],
  ['rows of cells', 50_000, (n) => oneSheet(Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c>${inline(`B${i + 1}`, '进展')}</row>`).join('')), tryRead],
  [
    'shared strings',
    50_000,
    (n) =>
      oneSheet(Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join(''), {
        strings: Array.from({ length: n }, (_, i) => `<r><t>第${i}项</t></r><rPh><t>x</t></rPh>`),
      }),
    tryRead,
  ],
  [
    'merged ranges',
    50_000,
    (n) => oneSheet(`<row r="1">${inline('A1', 'x')}</row>`, { after: `<mergeCells>${Array.from({ length: n }, (_, i) => `<mergeCell ref="A${2 * i + 1}:B${2 * i + 2}"/>`).join('')}</mergeCells>` }),
    tryRead,
  ],
  ['CSV one long line', 1_500_000, (n) => new Uint8Array(n).fill(0x61), tryCsv],
  ['CSV empty lines', 400_000, (n) => new Uint8Array(n).fill(0x0a), tryCsv],
];

/** Rounds of the doubling check: each times n and 2n once, in alternating order, after a warm-up of both (15: with 7 one scanner whose heap crosses a GC step at 2n read 2.62× in one run and 1.6–2.1× in the next three). */
const DOUBLING_ROUNDS = 15;
/** The least CPU time one timed measurement spans (a process's CPU clock ticks in about 1 ms steps here). */
const MIN_TIMED_MS = 50;

/**
 * time(2n) / time(n) of one scanner, fair to a JIT: both sizes are read once before timing (so neither
 * pays for compiling the code paths the other warmed), a fast scanner is timed over several reads,
 * then each round times n and 2n back to back,
 * the order alternating, so a burst of load on the shared machine hits both of a pair alike; the
 * figure is the median of the per-round ratios, with the median times beside it.
 */
async function doublingRatio(one: Uint8Array, two: Uint8Array, read: (bytes: Uint8Array) => void): Promise<{ t1: number; t2: number; ratio: number }> {
  read(one);
  read(two);
  // a scanner that reads n in a few ms is timed over enough reads (the same count at both sizes) to span
  // MIN_TIMED_MS; the count comes from a warm read (the first paid for compiling and would give too few)
  const warm = await cpuTime(() => read(one));
  const reads = Math.max(1, Math.ceil(MIN_TIMED_MS / Math.max(warm, 0.1)));
  const t1s: number[] = [];
  const t2s: number[] = [];
  const ratios: number[] = [];
  const timed = async (bytes: Uint8Array): Promise<number> =>
    (await cpuTime(() => {
      for (let k = 0; k < reads; k++) read(bytes);
    })) / reads;
  for (let r = 0; r < DOUBLING_ROUNDS; r++) {
    let a: number;
    let b: number;
    if (r % 2 === 0) {
      a = await timed(one);
      b = await timed(two);
    } else {
      b = await timed(two);
      a = await timed(one);
    }
    t1s.push(a);
    t2s.push(b);
    ratios.push(b / Math.max(a, 0.01));
  }
  return { t1: median(t1s), t2: median(t2s), ratio: median(ratios) };
}

export async function doubling(lines: string[], goals: Goal[]): Promise<void> {
  lines.push(
    '',
    `### Every scanner at n and 2n (in-process CPU time; both sizes read once first, then ${DOUBLING_ROUNDS} rounds each timing n and 2n in alternating order; the ratio is the median of the per-round ratios; linear is about 2×, the bar 2.5×)`,
    '',
    '| scanner | n | CPU(n) | CPU(2n) | ratio | within 2.5× |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  let worst = 0;
  let within = 0;
  for (const [label, n, build, read] of SCANNERS) {
    const { t1, t2, ratio } = await doublingRatio(build(n), build(2 * n), read);
    worst = Math.max(worst, ratio);
    if (ratio <= 2.5) within++;
    lines.push(`| ${label} | ${n.toLocaleString('en')} | ${ms(t1)} | ${ms(t2)} | ${ratio.toFixed(2)}× | ${ratio <= 2.5 ? 'yes' : 'no'} |`);
  }
  goals.push({
    figure: 'every scanner linear: time(2n) / time(n)',
    goal: '≤ 2.5× each',
    measured: `worst ${worst.toFixed(2)}× (${within} of ${SCANNERS.length} within)`,
    met: within === SCANNERS.length ? 'met' : 'not met',
  });
}

export const hostileSection: SectionRunner = async (): Promise<Section> => {
  const lines: string[] = ['## Hostile inputs (issue 13): each file read in its own process', ''];
  const goals: Goal[] = [];
  runCases(lines, goals);
  await doubling(lines, goals);
  return { title: 'hostile', lines, goals };
};

if (require.main === module) {
  const at = process.argv.indexOf('--case');
  if (at > 0) child(process.argv[at + 1] ?? '');
  else
    void hostileSection('').then((section) => {
      console.log(section.lines.join('\n'));
      for (const g of section.goals) console.log(`${g.figure}: ${g.goal} → ${g.measured} (${g.met})`);
    });
}
