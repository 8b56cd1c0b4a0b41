/**
 * `npm run bench`: where clerks and compilers wait, measured side by side in one run against the
 * alternative (ExcelJS) and the floor (unzipping and scanning the sheet XML without building anything).
 * Inputs are generated from the seed table, scaled up, deterministically. Prints a Markdown table.
 */
import { spawnSync } from 'child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { cpus, tmpdir, totalmem } from 'os';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { validateGrid } from '../src/core/validate';
import { readXlsx } from '../src/io/xlsx-reader';
import { writeXlsx } from '../src/io/xlsx-writer';
import { parseProgressSeed } from '../src/samples/progress-seed';
import { PROGRESS_HEADER, progressRows, PROGRESS_TITLE, SEED_FILES } from '../src/samples/seed-workbooks';
import { splitSubmissions, submissionSheet } from '../src/samples/split-submissions';
import { readSeed } from '../src/samples/write-samples';
import { ms, ratio, timeMedian } from './measure';

const ROOT = join(__dirname, '..', '..');
const lines: string[] = [];
const out = (line = ''): void => {
  lines.push(line);
  console.log(line);
};

/** The floor: unzip the sheet parts and count the cells in their XML, building nothing. */
function floorScan(bytes: Uint8Array): number {
  const parts = unzipSync(bytes, { filter: (f) => f.name.startsWith('xl/worksheets/') || f.name === 'xl/sharedStrings.xml' });
  let cells = 0;
  for (const part of Object.values(parts)) for (let i = 0; i < part.length - 2; i++) if (part[i] === 0x3c && part[i + 1] === 0x63 && (part[i + 2] === 0x20 || part[i + 2] === 0x3e)) cells++;
  return cells;
}

async function exceljsRead(bytes: Uint8Array): Promise<number> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  let cells = 0;
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell(() => void cells++)));
  return cells;
}

async function main(): Promise<void> {
  const seed = parseProgressSeed(readSeed(SEED_FILES.progress, join(ROOT, 'fixtures', 'seeds')));
  const submissions = await Promise.all(splitSubmissions(seed).map(async (s) => ({ unit: s.unit, bytes: await writeXlsx([submissionSheet(s, PROGRESS_TITLE)]) })));
  const files = (n: number) => Array.from({ length: n }, (_, i) => submissions[i % submissions.length]);
  const averageKb = submissions.reduce((n, s) => n + s.bytes.length, 0) / submissions.length / 1024;

  out(`# Benchmarks`);
  out();
  out(`Command: \`npm run bench\` · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${Math.round(totalmem() / 2 ** 30)} GiB · ${new Date().toISOString().slice(0, 10)}`);
  out(`Inputs: the seed table (seeds/004) split into ${submissions.length} per-unit submissions (${averageKb.toFixed(1)} KB each on average), cycled to N files.`);
  out();
  out('## Read path (N submissions into grids; median of 3)');
  out();
  out('| N | ours | ExcelJS | floor (unzip + scan XML) | ours / floor | ExcelJS / ours |');
  out('| --- | --- | --- | --- | --- | --- |');
  const readRatios: number[] = [];
  for (const n of [100, 1000]) {
    const batch = files(n);
    const ours = await timeMedian(3, () => batch.forEach((f) => readXlsx(f.bytes, 'x.xlsx')));
    const floor = await timeMedian(3, () => batch.forEach((f) => floorScan(f.bytes)));
    const excel = await timeMedian(n >= 1000 ? 1 : 3, async () => {
      for (const f of batch) await exceljsRead(f.bytes);
    });
    readRatios.push(ours / floor);
    out(`| ${n} | ${ms(ours)} | ${ms(excel)} | ${ms(floor)} | ${ratio(ours, floor)} | ${ratio(excel, ours)} |`);
  }
  out();

  out('## Validate (100,000 task rows through every rule; median of 3)');
  out();
  const big = Array.from({ length: 100_000 }, (_, i) => {
    const row = progressRows([seed[i % seed.length]])[0];
    return [String(i + 1), ...row.slice(1)];
  });
  const bigBytes = await writeXlsx([{ name: '大表', rows: [[PROGRESS_TITLE], PROGRESS_HEADER, ...big] }]);
  let bigGrid = readXlsx(bigBytes, 'big.xlsx')[0];
  const read100k = await timeMedian(3, () => (bigGrid = readXlsx(bigBytes, 'big.xlsx')[0]));
  let findings = 0;
  const validate100k = await timeMedian(3, () => (findings = validateGrid(bigGrid).findings.length));
  out('| reading 100,000 rows | validating them | validate / read | findings |');
  out('| --- | --- | --- | --- |');
  out(`| ${ms(read100k)} | ${ms(validate100k)} | ${ratio(validate100k, read100k)} | ${findings} |`);
  out();

  out('## Merge (submissions on disk to the written consolidated workbook; one run each, in a child process for peak memory)');
  out();
  out('| N | time | per file | peak RSS |');
  out('| --- | --- | --- | --- |');
  const perFile: number[] = [];
  for (const n of [100, 1000]) {
    const dir = mkdtempSync(join(tmpdir(), `bench-merge-${n}-`));
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    files(n).forEach((f, i) => writeFileSync(join(inputs, `${f.unit}_${String(i).padStart(4, '0')}.xlsx`), f.bytes));
    const script = `const {mergeFiles}=require(${JSON.stringify(join(ROOT, 'dist-bench', 'src', 'cli', 'merge-command.js'))});const fs=require('fs');const t=process.hrtime.bigint();mergeFiles([${JSON.stringify(inputs)}],{lang:'zh'}).then(r=>{fs.writeFileSync(${JSON.stringify(join(dir, 'out.xlsx'))},r.workbook);const ms=Number(process.hrtime.bigint()-t)/1e6;console.log(JSON.stringify({ms,rss:process.resourceUsage().maxRSS*1024,tasks:r.doc.tasks.length}));});`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as { ms: number; rss: number };
    perFile.push(result.ms / n);
    out(`| ${n} | ${ms(result.ms)} | ${ms(result.ms / n)} | ${Math.round(result.rss / 2 ** 20)} MiB |`);
    rmSync(dir, { recursive: true, force: true });
  }
  out();
  out(`Growth from 100 to 1,000 files: ${ratio(perFile[1] * 1000, perFile[0] * 100)} the time for 10× the files (per file ${ratio(perFile[1], perFile[0])}).`);
  out();

  out('## Office.js (sync calls and queued requests, counted on the strict Excel double, Microsoft 365 Windows 1.18; 10% of rows faulty)');
  out();
  const { strictExcel } = await import('../test/excel/double/strict-excel');
  const { profile } = await import('../test/excel/double/profiles');
  const { readWorksheet } = await import('../src/excel/read-sheet');
  const { markFindings } = await import('../src/excel/marks');
  const { detectFeatures } = await import('../src/excel/capabilities');
  const features = detectFeatures(() => true);
  out('| rows | syncs to read | requests to read | syncs to mark | requests to mark | marked cells |');
  out('| --- | --- | --- | --- | --- | --- |');
  for (const n of [10, 10_000, 100_000]) {
    const values = [PROGRESS_HEADER, ...Array.from({ length: n }, (_, i) => [i + 1, '任务', '1.推进。', i % 10 === 0 ? '' : '市科技局', '按时推进'])];
    const excel = strictExcel(profile('1.18'), [{ name: '报表', rows: values }]);
    const grid = await readWorksheet(excel.context, excel.context.workbook.worksheets.getActiveWorksheet(), { mergedAreas: true, origin: 'bench' });
    const [readSyncs, readCalls] = [excel.syncs(), excel.core.requests];
    const report = validateGrid(grid);
    const marked = await markFindings(excel.context, report.findings, 'zh', features);
    out(`| ${n.toLocaleString('en')} | ${readSyncs} | ${readCalls} | ${excel.syncs() - readSyncs} | ${excel.core.requests - readCalls} | ${marked} |`);
  }
  out();

  out('## Task pane (gzipped JavaScript of `npm run build`)');
  out();
  const sizes = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle-sizes.js')], { encoding: 'utf8' });
  out(sizes.status === 0 ? sizes.stdout.trim() : '(no build: run `npm run build` first)');
  out();
  out(`Read path within 2× the floor: ${readRatios.every((r) => r <= 2) ? 'met' : 'not yet'} (${readRatios.map((r) => r.toFixed(2)).join(', ')}).`);
  out(`Validation cheaper than reading: ${validate100k < read100k ? 'met' : 'not yet'}.`);
  out(`Merge linear from 100 to 1,000 files: ${perFile[1] / perFile[0] < 1.5 ? 'met' : 'not yet'}.`);
  writeFileSync(join(ROOT, 'bench-latest.md'), `${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
