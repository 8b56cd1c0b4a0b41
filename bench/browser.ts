/**
 * The browser figure of `npm run bench`: the built task pane (build/, rebuilt by
 * scripts/ensure-build.js when older than its sources) in Debian's Chromium, fed a generated
 * 100,000-row workbook to 检查 and to 汇总 through its file pickers, as a clerk would. In the page a
 * PerformanceObserver('longtask') records every main-thread task over 50 ms; the figure is the
 * longest task from picking the file to the result on screen, with the total time, whether a
 * progress indicator appeared and whether 取消 brought the pane back to idle. Side by side: the same
 * check with Worker removed from the page (the pane then runs the job in the page, as before the
 * worker), once per run. Also a 200 MB CSV to 检查: refused in one line, the tab alive.
 * Alone: `tsc -p tsconfig.bench.json && node dist-bench/bench/browser.js`.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, Page } from 'playwright-core';
import { bigSheetXlsx, writeBigCsv } from './big-sheet';
import { median, ms } from './measure';
import type { Goal, SectionRunner } from './section';

const ROWS = 100_000;
const ROUNDS = Number(process.env.BENCH_BROWSER_ROUNDS || 3);
const LIMIT_MS = 200;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** launch() gives every browser a fresh temporary profile (it refuses --user-data-dir). */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Generous: the machine may be shared; a phase that takes longer is reported, not waited for. */
const PHASE_TIMEOUT = 10 * 60_000;

interface Phase {
  longest: number;
  /** The longest task until the job's result reached the page (reading, checking, merging, transfer). */
  job: number;
  /** The longest task after it: the page rendering the result. */
  rendering: number;
  total: number;
  progress: boolean;
}

declare global {
  interface Window {
    __longtasks: { start: number; duration: number }[];
    __progressSeen: boolean;
  }
}

/** Installed before the pane's scripts: long tasks and whether a progress indicator was ever in the page. */
function observe(): void {
  window.__longtasks = [];
  window.__progressSeen = false;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (!window.__progressSeen && document.querySelector('[role="progressbar"], .fui-Spinner')) window.__progressSeen = true;
  }).observe(document, { subtree: true, childList: true });
}

async function phase(page: Page, work: () => Promise<void>): Promise<Phase> {
  await page.evaluate(() => {
    window.__longtasks = [];
    window.__progressSeen = false;
    performance.clearMarks();
  });
  const start = Date.now();
  await work();
  const total = Date.now() - start;
  await page.waitForTimeout(500); // the last long task's entry is delivered after it ends
  const { tasks, progress, result } = await page.evaluate(() => ({
    tasks: window.__longtasks,
    progress: window.__progressSeen,
    // the client marks each job's result as it reaches the page (src/taskpane/worker/client.ts)
    result: Math.max(
      0,
      ...performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('pane-job-result'))
        .map((m) => m.startTime),
    ),
  }));
  if (process.env.BENCH_VERBOSE) console.error(`long tasks: ${tasks.map((t) => `${Math.round(t.duration)}${result && t.start >= result ? ' (render)' : ''}`).join(', ')}; total ${total} ms`);
  const longest = (list: typeof tasks): number => list.reduce((a, t) => Math.max(a, t.duration), 0);
  const before = result ? tasks.filter((t) => t.start + t.duration <= result) : tasks;
  return { longest: longest(tasks), job: longest(before), rendering: longest(tasks.filter((t) => !before.includes(t))), total, progress };
}

/**
 * Waits until an element matching `selector` has text matching `pattern`, polling with one cheap
 * query every 100 ms. Not getByText: Playwright's text engine reads every element of the page on each
 * poll, which over a table of thousands of findings is itself a main-thread task of 300 ms.
 */
async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = PHASE_TIMEOUT): Promise<void> {
  await page.waitForFunction(
    ({ selector, source }) => [...document.querySelectorAll(selector)].some((e) => new RegExp(source).test(e.textContent ?? '')),
    { selector, source: pattern.source },
    { timeout, polling: 100 },
  );
}

/** Picks a file in the tab shown (every tab stays mounted once opened; each has its own drop area). */
const pick = (page: Page, file: string): Promise<void> => page.locator('[role="tabpanel"]:not([hidden]) input[type="file"]').first().setInputFiles(file);

const SUMMARY = /错误 \d+ · 警告 \d+ · 提示 \d+/;

async function check(page: Page, file: string): Promise<Phase> {
  return phase(page, async () => {
    await pick(page, file);
    await waitForText(page, 'p', SUMMARY);
  });
}

async function merge(page: Page, file: string): Promise<Phase> {
  await page.getByRole('tab', { name: '汇总' }).click();
  await pick(page, file);
  return phase(page, async () => {
    await page.getByRole('button', { name: '开始汇总' }).click();
    await waitForText(page, '[role="status"]', /汇总 \d+ 项任务/);
    if (process.env.BENCH_VERBOSE) console.error(await page.locator('[role="status"]').first().textContent());
  });
}

/** 取消 a second merge once it runs: the time until 已取消 shows and 开始汇总 can be pressed again. */
async function cancelMerge(page: Page): Promise<{ worked: boolean; after: number }> {
  await page.getByRole('button', { name: '开始汇总' }).click();
  await page.getByRole('progressbar').first().waitFor({ timeout: PHASE_TIMEOUT });
  await page.waitForTimeout(1000);
  const start = Date.now();
  await page.getByRole('button', { name: '取消' }).click();
  try {
    await waitForText(page, '[role="status"]', /已取消/, 30_000);
    const idle = await page.getByRole('button', { name: '开始汇总' }).isEnabled();
    return { worked: idle, after: Date.now() - start };
  } catch {
    return { worked: false, after: Date.now() - start };
  }
}

async function refuseCsv(page: Page, file: string): Promise<{ refused: boolean; total: number; longest: number }> {
  let refused = false;
  const result = await phase(page, async () => {
    await pick(page, file);
    await waitForText(page, '[role="status"]', /超过 128 MB/);
    refused = (await page.evaluate(() => document.title)) !== '';
  });
  return { refused, total: result.total, longest: result.longest };
}

function row(label: string, phases: readonly Phase[]): string {
  if (phases.length === 0) return `| ${label} | — | — | — | — | — |`;
  const of = (pick: (p: Phase) => number): string => spread(phases.map(pick));
  return `| ${label} | ${of((p) => p.longest)} | ${of((p) => p.job)} | ${of((p) => p.rendering)} | ${of((p) => p.total)} | ${phases.every((p) => p.progress) ? 'yes' : 'no'} |`;
}

const spread = (values: number[]): string => `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
const goal = (figure: string, target: string, measured: string, met: boolean | undefined): Goal => ({
  figure,
  goal: target,
  measured,
  met: met === undefined ? 'not measured' : met ? 'met' : 'not met',
});

export const browserSection: SectionRunner = async (root) => {
  const title = 'Browser: the task pane in Chromium, 100,000 rows';
  if (!existsSync(CHROMIUM)) {
    const why = `no Chromium at ${CHROMIUM} (CHROMIUM_PATH)`;
    return { title, lines: [`Not measured: ${why}.`], goals: ['check', 'merge'].map((job) => goal(`browser: longest main-thread task, ${job} of 100k rows`, `≤ ${LIMIT_MS} ms`, why, undefined)) };
  }
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'ensure-build.js')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('the task pane build failed');
  const dir = mkdtempSync(join(tmpdir(), 'pra-bench-browser-'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serve } = require(join(root, 'scripts', 'serve.js')) as { serve: (o: { root: string; port: number }) => Promise<Server> };
  const server = await serve({ root: join(root, 'build'), port: 0 });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const xlsx = join(dir, '报表_100000行.xlsx');
    writeFileSync(xlsx, bigSheetXlsx(ROWS));
    const csv = join(dir, '报表_200MB.csv');
    writeBigCsv(csv, 200 * 1024 * 1024);

    const open = async (withWorker: boolean): Promise<Page> => {
      const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 480, height: 900 } });
      if (!withWorker) await context.addInitScript(() => Object.defineProperty(window, 'Worker', { value: undefined }));
      await context.addInitScript(observe);
      const page = await context.newPage();
      await page.goto(`${origin}/taskpane.html`);
      await page.getByRole('button', { name: '检查', exact: true }).waitFor();
      return page;
    };

    const checks: Phase[] = [];
    const merges: Phase[] = [];
    const cancels: { worked: boolean; after: number }[] = [];
    let inPage: Phase | undefined;
    for (let round = 0; round < ROUNDS; round++) {
      const page = await open(true);
      checks.push(await check(page, xlsx));
      merges.push(await merge(page, xlsx));
      cancels.push(await cancelMerge(page));
      await page.context().close();
      if (round === 0) {
        const reference = await open(false);
        inPage = await check(reference, xlsx);
        await reference.context().close();
      }
    }
    const csvPage = await open(true);
    const refused = await refuseCsv(csvPage, csv);
    await csvPage.context().close();

    const longestCheck = median(checks.map((p) => p.longest));
    const longestMerge = median(merges.map((p) => p.longest));
    const lines = [
      `${ROUNDS} rounds, a fresh page each; median (range). Long tasks are main-thread tasks over 50 ms (none: 0).`,
      '',
      '| job, 100,000 rows | longest main-thread task | until the result arrived | rendering the result | total | progress shown |',
      '| --- | --- | --- | --- | --- | --- |',
      row('检查 in the worker', checks),
      row('检查 in the page (no Worker; once)', inPage ? [inPage] : []),
      row('汇总 in the worker', merges),
      '',
      `取消 during a merge: ${cancels.every((c) => c.worked) ? 'back to idle' : 'not back to idle'} after ${spread(cancels.map((c) => c.after))} (from the click to 已取消 on screen; the page re-renders the previous merge's findings on 开始汇总 and on 取消).`,
      '"Until the result arrived" is the job (reading, checking or merging in the worker, the parts crossing over); "rendering the result" is the page drawing the findings list.',
      `A 200 MB CSV to 检查: ${refused.refused ? 'refused in one line' : 'not refused'} after ${ms(refused.total)}, longest task ${ms(refused.longest)}.`,
    ];
    const goals: Goal[] = [
      goal('browser: longest main-thread task, check of 100k rows', `≤ ${LIMIT_MS} ms`, spread(checks.map((p) => p.longest)), longestCheck <= LIMIT_MS),
      goal('browser: longest main-thread task, merge of 100k rows', `≤ ${LIMIT_MS} ms`, spread(merges.map((p) => p.longest)), longestMerge <= LIMIT_MS),
      goal(
        'browser: progress visible (check and merge)',
        'yes',
        checks.every((p) => p.progress) && merges.every((p) => p.progress) ? 'yes' : 'no',
        checks.every((p) => p.progress) && merges.every((p) => p.progress),
      ),
      goal(
        'browser: cancel returns the pane to idle',
        'yes',
        cancels.every((c) => c.worked) ? `yes, ${spread(cancels.map((c) => c.after))}` : 'no',
        cancels.every((c) => c.worked),
      ),
      goal('browser: a 200 MB CSV refused, the tab alive', 'one line', refused.refused ? `yes, ${ms(refused.total)}` : 'no', refused.refused),
    ];
    return { title, lines, goals };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
};

if (require.main === module) {
  browserSection(join(__dirname, '..', '..'))
    .then((section) => {
      console.log(`## ${section.title}\n\n${section.lines.join('\n')}\n\n| figure | goal | measured | met |\n| --- | --- | --- | --- |`);
      for (const g of section.goals) console.log(`| ${g.figure} | ${g.goal} | ${g.measured} | ${g.met} |`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
