/**
 * The merge section of `npm run bench`: `merge` and `validate` as a user runs them, whole processes
 * of the built CLI (start-up, reading, checking, writing the workbook), interleaved run by run on
 * the same generated inputs. Prints CPU time (user + system) and peak RSS of each process, median
 * and spread; the ratio merge / validate on a 100,000-row sheet per round; the memory curve from
 * 10 to 3,000 files and from 1,000 to 100,000 rows (and 1,048,576 rows unless BENCH_MERGE_1M=0: it takes
 * minutes); and each goal of issues 17 and 13, met or not.
 *
 * Alone: `npx tsc -p tsconfig.bench.json && npm run build:cli && node dist-bench/bench/merge.js`.
 * BENCH_MERGE_RUNS sets the rounds of the ratio (9 by default: with 5, one slow round moved the median by a tenth).
 */
import { spawnSync } from 'child_process';
import { existsSync, rmSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';
import { median } from './measure';
import { writeInputs, type InputSet } from './merge-inputs';
import type { Goal, Section, SectionRunner } from './section';

interface ProcessRun {
  cpuMs: number;
  rssMiB: number;
  wallMs: number;
  status: number | null;
  signal: string | null;
  /** The last line the process wrote to stderr (a refusal names the file there). */
  lastError: string;
}

const MIB = 2 ** 20;
const ROW_POINTS = [1_000, 10_000, 100_000];
const FILE_POINTS = [10, 100, 1_000, 3_000];
/** Rows of each file of the many-files curve (about 2.6 KB a file). */
const ROWS_PER_FILE = 20;
const MAX_SHEET_ROWS = 1_048_576;

/** A script that runs the CLI in this process and reports its own CPU and peak RSS on exit. */
function wrapperScript(root: string): string {
  const bin = JSON.stringify(join(root, 'bin', 'progress-report.js'));
  return `process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nRUSAGE '+JSON.stringify({cpu:(u.userCPUTime+u.systemCPUTime)/1000,rss:u.maxRSS*1024})+'\\n')});require(${bin});`;
}

function runCli(wrapper: string, args: readonly string[], options: { maxOldSpaceMiB?: number } = {}): ProcessRun {
  const flags = options.maxOldSpaceMiB ? [`--max-old-space-size=${options.maxOldSpaceMiB}`] : [];
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, [...flags, wrapper, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const lines = (child.stderr ?? '').split('\n');
  const usage = lines.reverse().find((l) => l.startsWith('RUSAGE '));
  const parsed = usage ? (JSON.parse(usage.slice(7)) as { cpu: number; rss: number }) : { cpu: NaN, rss: NaN };
  const lastError = lines.find((l) => l.trim() !== '' && !l.startsWith('RUSAGE ')) ?? '';
  return { cpuMs: parsed.cpu, rssMiB: parsed.rss / MIB, wallMs, status: child.status, signal: child.signal, lastError: lastError.slice(0, 200) };
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const mib = (n: number): string => `${Math.round(n)} MiB`;
const spread = (values: number[], f: (n: number) => string): string => `${f(median(values))} (${f(Math.min(...values))}–${f(Math.max(...values))})`;
const ok = (run: ProcessRun, allowed: number[]): boolean => run.signal === null && run.status !== null && allowed.includes(run.status);

function mergeRun(wrapper: string, set: InputSet, options: { maxOldSpaceMiB?: number } = {}): ProcessRun {
  return runCli(wrapper, ['merge', '--out', join(set.dir, 'out.xlsx'), set.inputs], options);
}

function validateRun(wrapper: string, set: InputSet, target = set.inputs): ProcessRun {
  return runCli(wrapper, ['validate', target]);
}

function describe(run: ProcessRun, allowed: number[]): string {
  if (ok(run, allowed)) return `${s(run.cpuMs)} CPU, ${mib(run.rssMiB)}`;
  return `failed (${run.signal ?? `exit ${run.status}`}): ${run.lastError}`;
}

export const mergeSection: SectionRunner = (root) => {
  const lines: string[] = [];
  const goals: Goal[] = [];
  const out = (line = ''): void => {
    lines.push(line);
  };
  const wrapper = join(root, 'dist-bench', 'bench-cli-wrapper.js');
  writeFileSync(wrapper, wrapperScript(root));
  const runs = Number(process.env.BENCH_MERGE_RUNS ?? 9);
  const sets: InputSet[] = [];
  const fresh = (files: number, rows: number): InputSet => {
    const set = writeInputs(files, rows);
    sets.push(set);
    return set;
  };
  try {
    out('## Merge and validate as whole processes (the built CLI; CPU = user + system, peak RSS)');
    out();
    out(
      `Inputs generated per run (bench/merge-inputs.ts): progress sheets of N task rows under a title and a 填报单位 line, shared strings. Each figure includes Node's start-up, reading, checking and (merge) writing the consolidated workbook.`,
    );
    out();

    // the ratio at 100k rows: interleaved rounds, the ratio taken per round
    const big = fresh(1, 100_000);
    const merges: ProcessRun[] = [];
    const validates: ProcessRun[] = [];
    for (let i = 0; i < runs; i++) {
      validates.push(validateRun(wrapper, big, big.first));
      merges.push(mergeRun(wrapper, big));
    }
    const good = merges.every((r) => ok(r, [0])) && validates.every((r) => ok(r, [0, 1]));
    const ratios = merges.map((m, i) => m.cpuMs / (validates[i]?.cpuMs ?? NaN));
    out(`### One sheet of 100,000 rows, ${runs} interleaved rounds (median, min–max)`);
    out();
    out('| command | CPU | wall | peak RSS |');
    out('| --- | --- | --- | --- |');
    out(
      `| validate | ${spread(
        validates.map((r) => r.cpuMs),
        s,
      )} | ${spread(
        validates.map((r) => r.wallMs),
        s,
      )} | ${spread(
        validates.map((r) => r.rssMiB),
        mib,
      )} |`,
    );
    out(
      `| merge | ${spread(
        merges.map((r) => r.cpuMs),
        s,
      )} | ${spread(
        merges.map((r) => r.wallMs),
        s,
      )} | ${spread(
        merges.map((r) => r.rssMiB),
        mib,
      )} |`,
    );
    out();
    const written = join(big.dir, 'out.xlsx');
    if (existsSync(written)) out(`The consolidated workbook written: ${(statSync(written).size / 1e6).toFixed(1)} MB (the CLI deflates its parts with Node's zlib, level 2).`);
    out();
    const ratioText = good ? `${median(ratios).toFixed(2)}× (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : 'a run failed';
    out(`merge / validate CPU per round: ${ratioText}`);
    out();
    goals.push({ figure: 'merge / validate CPU, one 100k-row sheet (whole processes)', goal: '≤ 2×', measured: ratioText, met: good && median(ratios) <= 2 ? 'met' : 'not met' });

    out('### Memory curve: many files (20 task rows each, every file another unit)');
    out();
    out('| files | input | merge | validate |');
    out('| --- | --- | --- | --- |');
    let at3000: ProcessRun | undefined;
    for (const files of FILE_POINTS) {
      const set = fresh(files, ROWS_PER_FILE);
      const v = validateRun(wrapper, set);
      const m = mergeRun(wrapper, set);
      if (files === 3_000) at3000 = m;
      out(`| ${files.toLocaleString('en')} | ${(set.bytes / MIB).toFixed(1)} MiB | ${describe(m, [0])} | ${describe(v, [0, 1])} |`);
      rmSync(set.dir, { recursive: true, force: true });
    }
    out();
    const peak3000 = at3000 && ok(at3000, [0]) ? at3000.rssMiB : NaN;
    goals.push({ figure: 'merge peak RSS, 3,000 files', goal: '≤ 250 MiB', measured: Number.isNaN(peak3000) ? 'failed' : mib(peak3000), met: peak3000 <= 250 ? 'met' : 'not met' });

    out('### Memory curve: rows of one sheet');
    out();
    out('| rows | input | merge | validate |');
    out('| --- | --- | --- | --- |');
    const rowPoints = process.env.BENCH_MERGE_1M !== '0' ? [...ROW_POINTS, MAX_SHEET_ROWS - 3] : ROW_POINTS;
    let million: { merge: ProcessRun; validate: ProcessRun } | undefined;
    for (const rows of rowPoints) {
      const set = rows === 100_000 ? big : fresh(1, rows);
      const v = validateRun(wrapper, set, set.first);
      // the 1M point runs with the 2 GB heap the goal allows: an abort there is a failure, not a pass
      const m = mergeRun(wrapper, set, rows > 100_000 ? { maxOldSpaceMiB: 2048 } : {});
      if (rows > 100_000) million = { merge: m, validate: v };
      out(`| ${(rows + 3).toLocaleString('en')} | ${(set.bytes / MIB).toFixed(1)} MiB | ${describe(m, [0])} | ${describe(v, [0, 1])} |`);
      if (set !== big) rmSync(set.dir, { recursive: true, force: true });
    }
    out();
    if (million) {
      const m = million.merge;
      const refused = m.status === 2 && m.signal === null && m.lastError.includes('.xlsx');
      const merged = ok(m, [0]) && m.rssMiB <= 2048;
      goals.push({
        figure: 'merge of a 1,048,576-row sheet',
        goal: '≤ 2 GB (ideally ≤ 30 s) or refused in one line',
        measured: merged ? `${s(m.cpuMs)} CPU, ${s(m.wallMs)} wall, ${mib(m.rssMiB)}` : refused ? `refused: ${m.lastError}` : describe(m, [0]),
        met: merged || refused ? 'met' : 'not met',
      });
      const v = million.validate;
      goals.push({ figure: 'validate peak RSS, 1,048,576 rows', goal: '< 1 GB', measured: describe(v, [0, 1]), met: ok(v, [0, 1]) && v.rssMiB < 1024 ? 'met' : 'not met' });
    } else {
      goals.push({ figure: 'merge of a 1,048,576-row sheet', goal: '≤ 2 GB or refused in one line', measured: 'skipped: BENCH_MERGE_1M=0', met: 'not measured' });
      goals.push({ figure: 'validate peak RSS, 1,048,576 rows', goal: '< 1 GB', measured: 'skipped: BENCH_MERGE_1M=0', met: 'not measured' });
    }
  } finally {
    for (const set of sets) rmSync(set.dir, { recursive: true, force: true });
    if (existsSync(wrapper)) rmSync(wrapper);
  }
  return Promise.resolve({ title: 'Merge and validate (whole processes)', lines, goals } satisfies Section);
};

if (require.main === module) {
  const root = join(__dirname, '..', '..');
  mergeSection(root)
    .then((section) => {
      console.log(section.lines.join('\n'));
      console.log('| figure | goal | measured | met |');
      console.log('| --- | --- | --- | --- |');
      for (const g of section.goals) console.log(`| ${g.figure} | ${g.goal} | ${g.measured} | ${g.met} |`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
