import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { bigSheetXlsx } from '../../bench/big-sheet';
import { HEADER, task } from '../helpers/grid';
import { BUILD_DIR, CHROMIUM, HAS_CHROMIUM } from '../helpers/web-build';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js') as { serve: (o: { root: string; port: number }) => Promise<Server> };

/**
 * The built pane in Debian's Chromium doing its work in its Web Worker: a mixed batch picked for 检查
 * (a workbook, a CSV, a file that is no spreadsheet) is read and checked in the worker and its
 * findings arrive; a merge cancelled midway brings the pane back to idle. Files are generated into a
 * fresh folder per run. Nothing here is timed (the 200 ms figure is `npm run bench`'s).
 */
jest.setTimeout(300_000);
/** launch() gives every browser a fresh temporary profile (it refuses --user-data-dir). */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const LONG = { timeout: 240_000 };

const describeInBrowser = HAS_CHROMIUM ? describe : describe.skip;

describeInBrowser('the task pane works in its worker', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pra-worker-browser-'));
    server = await serve({ root: BUILD_DIR, port: 0 }); // no samples: the page opens empty
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(): Promise<{ page: Page; workers: string[]; errors: Error[] }> {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 480, height: 900 } });
    const page = await context.newPage();
    const workers: string[] = [];
    const errors: Error[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    page.on('pageerror', (e) => errors.push(e));
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('button', { name: '检查', exact: true }).waitFor(LONG);
    return { page, workers, errors };
  }

  /** The tab shown (every panel stays mounted once opened). */
  const panel = (page: Page) => page.locator('[role="tabpanel"]:not([hidden])');

  it('checks a mixed batch in the worker: findings arrive, the unreadable file is named, fixes are offered', async () => {
    const files = {
      '甲.xlsx': await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { status: '進度滯後' }), task(2)] }]),
      '乙.csv': new TextEncoder().encode(`${HEADER.join(',')}\r\n1,任务一,1.已推进。,,按时推进\r\n`),
      '丙.xlsx': new TextEncoder().encode('这不是表格'),
    };
    const paths = Object.entries(files).map(([name, bytes]) => {
      writeFileSync(join(dir, name), bytes);
      return join(dir, name);
    });
    const { page, workers, errors } = await open();
    await panel(page).locator('input[type="file"]').setInputFiles(paths);
    await panel(page).locator('li[data-file="丙.xlsx"][data-state="unreadable"]').waitFor(LONG);
    await panel(page).locator('[data-findings-view]').waitFor(LONG);
    const found = await panel(page)
      .locator('details[data-file] li > [data-code]')
      .evaluateAll((items) => items.map((item) => [item.closest('details')?.getAttribute('data-file'), item.getAttribute('data-cell'), item.getAttribute('data-code')]));
    expect(found).toEqual(
      expect.arrayContaining([
        ['甲.xlsx', 'E2', 'status-unknown'],
        ['乙.csv', 'D2', 'unit-missing'],
      ]),
    );
    expect(await page.getByRole('status').filter({ hasText: '丙.xlsx' }).count()).toBe(1);
    // the fix plan comes from the worker, after the report
    await page.getByRole('button', { name: /全部修正（1）/ }).waitFor(LONG);
    expect(workers.filter((url) => /pane-worker\.[0-9a-f]+\.js$/.test(url))).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a merge cancelled midway returns the pane to idle with a line saying so', async () => {
    const big = join(dir, '大表.xlsx');
    writeFileSync(big, bigSheetXlsx(60_000));
    const { page, workers, errors } = await open();
    await page.getByRole('tab', { name: '汇总' }).click();
    await panel(page).locator('input[type="file"]').first().setInputFiles([big]);
    await panel(page).locator('li[data-file="大表.xlsx"]').waitFor(LONG);
    await page.getByRole('button', { name: '开始汇总' }).click();
    await page.getByRole('progressbar').first().waitFor(LONG);
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByText('已取消').waitFor(LONG);
    expect(await page.locator('.fui-ProgressBar').count()).toBe(0);
    expect(await page.getByRole('button', { name: '开始汇总' }).isEnabled()).toBe(true);
    expect(await page.getByText(/汇总 \d+ 项任务/).count()).toBe(0);
    expect(workers.some((url) => /pane-worker/.test(url))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
