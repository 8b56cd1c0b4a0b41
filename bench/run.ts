/**
 * `npm run bench`: every part measured side by side in one run, each a section (bench/section.ts) that
 * returns its Markdown lines and the goals it measured; the run ends with one goals table (figure,
 * goal, measured, met) holding every goal of issues 17 and 13, "not measured" where no section of this
 * build measured it. Sections (merge, browser, ...) are loaded when their
 * module is present in this build. Prints Markdown and writes it to bench-latest.md (not committed).
 * `BENCH_ONLY=read,hostile` runs only those sections; `BENCH_ROUNDS` sets the read section's rounds.
 */
import { writeFileSync } from 'fs';
import { cpus, totalmem } from 'os';
import { join } from 'path';
import type { Goal, Section, SectionRunner } from './section';

const ROOT = join(__dirname, '..', '..');

interface SectionModule {
  title: string;
  module: string;
  exportName: string;
  /** The goals this section is expected to measure (listed as not measured when it is absent). */
  expected: string[];
}

const SECTIONS: SectionModule[] = [
  {
    title: 'read',
    module: './read',
    exportName: 'readSection',
    expected: ['reader / floor, seed submissions', 'reader / floor, corpus files under 1 MB', 'reader / floor, 100k-row sheet', 'SheetJS / reader (≥ 4×)'],
  },
  {
    title: 'merge',
    module: './merge',
    exportName: 'mergeSection',
    expected: [
      'merge / validate of a 100k-row sheet (≤ 2×)',
      'merge CPU per row within 2× validate’s',
      'merge peak memory at 3,000 files (≤ 250 MiB)',
      'merge memory curve 10 to 3,000 files and 1k to 1M rows',
    ],
  },
  {
    title: 'browser',
    module: './browser',
    exportName: 'browserSection',
    expected: ['longest main-thread task checking 100,000 rows (≤ 200 ms)', 'longest main-thread task merging 100,000 rows (≤ 200 ms)', 'progress visible', 'cancel works'],
  },
  { title: 'hostile', module: './hostile', exportName: 'hostileSection', expected: ['hostile inputs (issue 13) within the bar', 'every scanner linear (≤ 2.5×)'] },
  { title: 'office', module: './office', exportName: 'officeSection', expected: [] },
  { title: 'bundle', module: './office', exportName: 'bundleSection', expected: [] },
];

/** A section's runner when its module is in this build; undefined otherwise (another helper's branch). */
function load(section: SectionModule): SectionRunner | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require(section.module) as Record<string, unknown>;
    const runner = loaded[section.exportName];
    return typeof runner === 'function' ? (runner as SectionRunner) : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(section.module.slice(2))) return undefined;
    throw error;
  }
}

const cell = (text: string): string => text.replace(/\|/g, '\\|');

async function main(): Promise<void> {
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const lines: string[] = [
    '# Benchmarks',
    '',
    `Command: \`npm run bench\` · Node ${process.version} · ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'} · ${Math.round(totalmem() / 2 ** 30)} GiB · ${new Date().toISOString()}`,
    '',
  ];
  const goals: Goal[] = [];
  for (const section of SECTIONS) {
    if (only && !only.includes(section.title)) continue;
    const runner = load(section);
    if (!runner) {
      lines.push(`## ${section.title}`, '', `(section ${section.title} not present in this build)`, '');
      for (const figure of section.expected) goals.push({ figure, goal: '', measured: `section ${section.title} not present`, met: 'not measured' });
      console.log(`(section ${section.title} not present in this build)`);
      continue;
    }
    const started = Date.now();
    let result: Section;
    try {
      result = await runner(ROOT);
    } catch (error) {
      result = {
        title: section.title,
        lines: [`## ${section.title}`, '', `(section ${section.title} failed: ${String(error).split('\n')[0]})`],
        goals: section.expected.map((figure) => ({ figure, goal: '', measured: 'section failed', met: 'not measured' })),
      };
    }
    lines.push(...result.lines, '', `(${section.title}: ${((Date.now() - started) / 1000).toFixed(0)} s of wall time)`, '');
    goals.push(...result.goals);
    console.log([...result.lines, ''].join('\n'));
  }
  const table = ['## Goals', '', '| figure | goal | measured | met |', '| --- | --- | --- | --- |', ...goals.map((g) => `| ${cell(g.figure)} | ${cell(g.goal)} | ${cell(g.measured)} | ${g.met} |`)];
  console.log(table.join('\n'));
  lines.push(...table);
  writeFileSync(join(ROOT, 'bench-latest.md'), `${lines.join('\n')}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
