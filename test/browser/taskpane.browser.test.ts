import { mkdirSync, readFileSync } from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { readXlsx } from '../../src/io/xlsx-reader';
import { FIXTURE_DIR } from '../helpers/paths';
import { BUILD_DIR, CHROMIUM, HAS_CHROMIUM } from '../helpers/web-build';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js') as { serve: (o: { root: string; samples: string; port: number }) => Promise<Server> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { officeJsSource } = require('../../scripts/office-js-source.js') as { officeJsSource: (name: string) => { origin?: string } };

/**
 * The task pane in a real browser (Debian's Chromium), used as a person uses it: open the page with
 * the sample submissions, check, merge, download, switch language, keyboard only. Every request
 * the page makes is recorded; one that leaves the page's origin fails the test. axe scans each tab.
 */
const ARTIFACTS = join(__dirname, '..', 'artifacts', 'screenshots');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
jest.setTimeout(120_000);

if (!HAS_CHROMIUM) {
  console.warn(`浏览器测试已跳过：没有找到 Chromium（${CHROMIUM}）。安装：sudo apt-get install -y chromium，或设置 CHROMIUM_PATH。\nBrowser tests skipped: no Chromium at ${CHROMIUM}.`);
}
const describeInBrowser = HAS_CHROMIUM ? describe : describe.skip;

describeInBrowser('the task pane in a browser', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = await serve({ root: BUILD_DIR, samples: FIXTURE_DIR, port: 0 });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(options: { bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 480, height: 900 }, bypassCSP: options.bypassCSP ?? false });
    const page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText(/载入了示例：62 个报送文件/).waitFor();
    return { context, page };
  }

  it('checks the sample submissions and shows task 12 without 牵头部门 and task 14 without 进展状态', async () => {
    const { context, page } = await open();
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await page.getByText(/检查了 62 个工作表/).waitFor();
    const rows = page.locator('[data-findings-view] li > [data-code]');
    const found = await rows.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-code'), li.closest('details')?.getAttribute('data-file') ?? '', li.getAttribute('data-cell')]));
    expect(found).toEqual(
      expect.arrayContaining([
        ['unit-missing', expect.stringContaining('未注明牵头部门'), 'D4'],
        ['status-missing', expect.stringContaining('市科技局'), expect.stringMatching(/^E\d+$/)],
      ]),
    );
    await page.screenshot({ path: join(ARTIFACTS, '检查.png'), fullPage: true });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载带标注的副本' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.zip$/); // every copy in one archive
    await context.close();
  });

  it('merges the samples with the master list and downloads the consolidated workbook', async () => {
    const { context, page } = await open();
    await page.getByRole('tab', { name: '汇总' }).click();
    await page.getByText('任务清单.xlsx').waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '开始汇总' }).click();
    const file = await (await download).path();
    await page.getByText(/汇总 100 项任务；未报送 0 项/).waitFor();
    const sheets = readXlsx(new Uint8Array(readFileSync(file as string)), '汇总.xlsx');
    expect(sheets.map((s) => s.sheet)).toEqual(['汇总', '统计', '问题', '未报送', '催报']);
    expect(sheets[0]?.rows.length).toBe(102); // title, header, 100 tasks
    expect(sheets[1]?.rows.find((r) => r[0] === '按时推进')?.[1]).toBe('88');
    await page.screenshot({ path: join(ARTIFACTS, '汇总.png'), fullPage: true });
    await context.close();
  });

  it('switches to English and back', async () => {
    const { context, page } = await open();
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('tab', { name: 'Merge' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.getByRole('tab', { name: '汇总' }).waitFor();
    await context.close();
  });

  it('works with the keyboard only', async () => {
    const { context, page } = await open();
    const focused = () => page.evaluate(() => `${document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName.toLowerCase()}:${document.activeElement?.textContent?.trim() ?? ''}`);
    for (let i = 0; i < 15 && (await focused()) !== 'button:检查'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('button:检查');
    await page.keyboard.press('Enter');
    await page.getByText(/检查了 62 个工作表/).waitFor();
    await page.getByRole('tab', { name: '检查' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '开始汇总' }).waitFor();
    await context.close();
  });

  it('has no serious accessibility violations on any tab, and screenshots each', async () => {
    const { context, page } = await open({ bypassCSP: true });
    for (const tab of ['检查', '模板', '上报', '汇总', '对比']) {
      await page.getByRole('tab', { name: tab }).click();
      await page.screenshot({ path: join(ARTIFACTS, `tab-${tab}.png`), fullPage: true });
      const violations = await page.evaluate(async (source) => {
        if (!(window as unknown as { axe?: unknown }).axe) new Function(source)();
        const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
        // Fluent's focus manager (Tabster) places aria-hidden focus sentinels that hand focus on and are
        // never a stop for a screen reader; axe cannot tell, so they are left out of the scan
        const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} (${v.impact}): ${JSON.stringify((v as unknown as { nodes: { html: string }[] }).nodes.map((n) => n.html.slice(0, 120)))}`);
      }, AXE);
      expect({ tab, violations }).toEqual({ tab, violations: [] });
    }
    await context.close();
  });

  it('never requests anything outside its own origin', () => {
    expect(requests.length).toBeGreaterThan(0);
    // besides its own origin, only the office.js source the build chose (Microsoft's CDN by default)
    const office = officeJsSource(process.env.OFFICE_JS || 'cdn').origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:') && !(office && url.startsWith(`${office}/`)))).toEqual([]);
  });
});
