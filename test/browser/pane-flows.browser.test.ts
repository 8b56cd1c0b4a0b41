import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { Browser, chromium, Page } from 'playwright-core';
import { readXlsx } from '../../src/io/xlsx-reader';
import { FIXTURE_DIR } from '../helpers/paths';
import { BUILD_DIR, CHROMIUM, HAS_CHROMIUM } from '../helpers/web-build';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js') as { serve: (o: { root: string; samples: string; port: number }) => Promise<Server> };

/**
 * The page as a clerk and a compiler use it, at a task pane's 350 px and a desktop's 1280 px: a
 * batch with a bad file among good ones, removing and clearing files, the findings view (errors
 * first, filters), one archive of annotated copies, 汇总 read back from its download, 对比's two
 * labelled slots, the language kept over a reload, every tab screenshotted in both languages and
 * scanned by axe.
 */
const SHOTS = join(__dirname, '..', 'artifacts', 'screenshots', 'pane');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [350, 1280] as const;
jest.setTimeout(300_000);

const describeInBrowser = HAS_CHROMIUM ? describe : describe.skip;

describeInBrowser('the page as clerks and compilers use it', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  let inputs: string;
  const sample = (name: string) => join(FIXTURE_DIR, '报送', name);

  beforeAll(async () => {
    server = await serve({ root: BUILD_DIR, samples: FIXTURE_DIR, port: 0 });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    mkdirSync(SHOTS, { recursive: true });
    // the files a clerk picks: two good submissions and a text file renamed .xlsx
    inputs = mkdtempSync(join(tmpdir(), 'pra-pane-'));
    writeFileSync(join(inputs, '坏文件.xlsx'), 'this is a text file, not a workbook\n');
    const [first, second, third] = readdirSync(join(FIXTURE_DIR, '报送')).sort();
    for (const [name, from] of [
      ['甲.xlsx', first],
      ['乙.xlsx', second],
      ['丙.xlsx', third],
    ] as const)
      writeFileSync(join(inputs, name), readFileSync(sample(from as string)));
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(width: number, options: { bypassCSP?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width, height: 1000 }, bypassCSP: options.bypassCSP ?? false });
    const page = await context.newPage();
    page.setDefaultTimeout(90_000);
    page.on('pageerror', (e) => {
      throw e;
    });
    await page.goto(`${origin}/taskpane.html`);
    await page.getByText(/载入了示例：62 个报送文件/).waitFor();
    return page;
  }

  const panel = (page: Page) => page.locator('[role="tabpanel"]:not([hidden])');
  const fileStates = (page: Page) =>
    panel(page)
      .locator('li[data-file]')
      .evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-file'), li.getAttribute('data-state')]));
  const lines = (page: Page) =>
    panel(page)
      .locator('li > [data-code]')
      .evaluateAll((lis) => lis.map((li) => [li.closest('section')?.getAttribute('data-severity'), li.getAttribute('data-code'), li.getAttribute('data-cell')]));

  async function noHorizontalOverflow(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  }

  for (const width of WIDTHS) {
    it(`at ${width} px: a bad file among good ones is named and the others keep their findings; remove, clear, pick again`, async () => {
      const page = await open(width);
      await panel(page).getByRole('button', { name: '全部移除' }).click();
      expect(await fileStates(page)).toEqual([]);
      await panel(page)
        .locator('input[type="file"]')
        .setInputFiles([join(inputs, '甲.xlsx'), join(inputs, '坏文件.xlsx'), join(inputs, '乙.xlsx')]);
      await panel(page).locator('li[data-file="乙.xlsx"][data-state="read"]').waitFor();
      expect(await fileStates(page)).toEqual([
        ['甲.xlsx', 'read'],
        ['坏文件.xlsx', 'unreadable'],
        ['乙.xlsx', 'read'],
      ]);
      // the status names the bad file; the good files' sheets were checked
      await panel(page).getByRole('status').filter({ hasText: '坏文件.xlsx' }).waitFor();
      await panel(page)
        .getByText(/检查了 2 个工作表/)
        .waitFor();
      // the same file again is refused with a line
      await panel(page)
        .locator('input[type="file"]')
        .setInputFiles([join(inputs, '甲.xlsx')]);
      await panel(page)
        .getByText(/已在列表中.*甲\.xlsx/)
        .waitFor();
      // remove the bad file, then pick a good one: read without a reload
      await panel(page).getByRole('button', { name: '移除 坏文件.xlsx' }).click();
      await panel(page)
        .locator('input[type="file"]')
        .setInputFiles([join(inputs, '丙.xlsx')]);
      await panel(page).locator('li[data-file="丙.xlsx"][data-state="read"]').waitFor();
      expect(await fileStates(page)).toEqual([
        ['甲.xlsx', 'read'],
        ['乙.xlsx', 'read'],
        ['丙.xlsx', 'read'],
      ]);
      await panel(page)
        .getByText(/检查了 3 个工作表/)
        .waitFor();
      // a file dropped on the area is added like a picked one
      const drop = await page.evaluateHandle(() => {
        const dt = new DataTransfer();
        dt.items.add(new File(['序号,主要工作任务,进展情况,牵头部门,进展状态\n1,修路,已开工,,按时推进\n'], '丁.csv', { type: 'text/csv' }));
        return dt;
      });
      await panel(page).locator('[role="group"]').first().dispatchEvent('drop', { dataTransfer: drop });
      await panel(page).locator('li[data-file="丁.csv"][data-state="read"]').waitFor();
      await noHorizontalOverflow(page);
      await page.screenshot({ path: join(SHOTS, `mixed-batch-${width}.png`), fullPage: true });
      await page.context().close();
    });

    it(`at ${width} px: errors come first, the filter narrows, the annotated copies come as one archive`, async () => {
      const page = await open(width);
      await panel(page).getByRole('button', { name: '检查', exact: true }).click();
      await panel(page)
        .getByText(/检查了 62 个工作表/)
        .waitFor();
      const found = await lines(page);
      const severities = found.map((l) => l[0]);
      expect(severities.slice(0, 2)).toEqual(['error', 'error']);
      expect(severities.lastIndexOf('error')).toBeLessThan(severities.indexOf('warning'));
      expect(found).toEqual(
        expect.arrayContaining([
          ['error', 'unit-missing', 'D4'],
          ['error', 'status-missing', expect.stringMatching(/^E\d+$/)],
        ]),
      );
      // no raw codes in the text of the view
      expect(await panel(page).locator('[data-findings-view]').innerText()).not.toMatch(/\[[a-z]+(-[a-z]+)+\]/);
      // a code chip shows that code alone; pressing it again shows all
      await panel(page).locator('[data-filter="code"] [data-code="unit-missing"]').click();
      expect((await lines(page)).map((l) => l[1])).toEqual(['unit-missing']);
      await panel(page).locator('[data-filter="code"] [data-code="unit-missing"]').click();
      expect(await lines(page)).toHaveLength(found.length);
      // the unit list shows one file's findings
      const files = await panel(page)
        .locator('details[data-file]')
        .evaluateAll((ds) => [...new Set(ds.map((d) => d.getAttribute('data-file') as string))]);
      await panel(page)
        .getByRole('combobox')
        .selectOption(files[0] as string);
      expect(
        await panel(page)
          .locator('details[data-file]')
          .evaluateAll((ds) => ds.map((d) => d.getAttribute('data-file'))),
      ).toEqual([files[0]]);
      await panel(page).getByRole('combobox').selectOption('');
      await noHorizontalOverflow(page);
      // one click, one download: a zip with one annotated copy per file with findings
      const download = page.waitForEvent('download');
      await panel(page).getByRole('button', { name: '下载带标注的副本' }).click();
      const archive = await download;
      expect(archive.suggestedFilename()).toMatch(/\.zip$/);
      const entries = unzipSync(new Uint8Array(readFileSync((await archive.path()) as string)));
      const expected = files.map((f) => `${(f.split('/').pop() as string).replace(/\.xlsx$/, '')}_标注.xlsx`).sort();
      expect(Object.keys(entries).sort()).toEqual(expected);
      for (const [name, bytes] of Object.entries(entries)) {
        const inner = unzipSync(bytes);
        expect({ name, comments: Object.keys(inner).some((p) => /^xl\/comments\d+\.xml$/.test(p)) }).toEqual({ name, comments: true });
        expect(readXlsx(bytes, name).length).toBeGreaterThan(0);
      }
      await panel(page)
        .getByText(new RegExp(`已下载 ${expected.length} 个带标注的副本`))
        .waitFor();
      await page.screenshot({ path: join(SHOTS, `findings-${width}.png`), fullPage: true });
      await page.context().close();
    });

    it(`at ${width} px: 汇总 merges, names an unreadable file, and the download reads back with its chart and 合计`, async () => {
      const page = await open(width);
      await page.getByRole('tab', { name: '汇总' }).click();
      await panel(page)
        .locator('input[type="file"]')
        .first()
        .setInputFiles([join(inputs, '坏文件.xlsx')]);
      await panel(page).locator('li[data-file="坏文件.xlsx"]').waitFor();
      const download = page.waitForEvent('download');
      await panel(page).getByRole('button', { name: '开始汇总' }).click();
      const file = (await (await download).path()) as string;
      // the unreadable file is listed with its reason, and the status is no success line
      await panel(page).locator('li[data-file="坏文件.xlsx"][data-state="unreadable"]').waitFor();
      const status = panel(page).getByRole('status').filter({ hasText: '坏文件.xlsx' });
      await status.waitFor();
      expect(await status.innerText()).toMatch(/汇总 100 项任务/);
      const bytes = new Uint8Array(readFileSync(file));
      const sheets = readXlsx(bytes, '汇总.xlsx');
      expect(sheets.map((s) => s.sheet)).toEqual(expect.arrayContaining(['汇总', '统计', '问题', '未报送']));
      const stats = sheets.find((s) => s.sheet === '统计');
      expect(stats?.rows.some((r) => r[0] === '合计')).toBe(true);
      expect(Object.keys(unzipSync(bytes)).some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
      await noHorizontalOverflow(page);
      await page.screenshot({ path: join(SHOTS, `merge-${width}.png`), fullPage: true });
      await page.context().close();
    });

    it(`at ${width} px: 对比 says which file is 上期 and which 本期`, async () => {
      const page = await open(width);
      await page.getByRole('tab', { name: '对比' }).click();
      await panel(page).locator('input[type="file"][aria-label^="上期"]').setInputFiles(join(FIXTURE_DIR, '对接情况_截至5月15日.xlsx'));
      await panel(page).locator('input[type="file"][aria-label^="本期"]').setInputFiles(join(FIXTURE_DIR, '对接情况_截至5月31日.xlsx'));
      const slot = (label: RegExp) =>
        panel(page)
          .locator('[role="group"]')
          .filter({ has: page.getByText(label) });
      await slot(/^上期/).locator('li[data-file="对接情况_截至5月15日.xlsx"]').waitFor();
      await slot(/^本期/).locator('li[data-file="对接情况_截至5月31日.xlsx"]').waitFor();
      await panel(page).getByRole('button', { name: '开始对比' }).click();
      await panel(page)
        .getByText(/截至5月15日 → 截至5月31日/)
        .waitFor();
      await noHorizontalOverflow(page);
      await page.context().close();
    });
  }

  it('keeps the chosen language over a reload; in English no Chinese of its own and the tabs fit 350 px', async () => {
    const page = await open(350);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('tab', { name: 'Merge' }).waitFor();
    await page.reload();
    await page.getByRole('tab', { name: 'Compare' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const tabs = await page.getByRole('tab').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect()).map((r) => ({ top: Math.round(r.top), right: r.right })));
    expect(new Set(tabs.map((t) => t.top)).size).toBe(1);
    expect(Math.max(...tabs.map((t) => t.right))).toBeLessThanOrEqual(350);
    await page.getByRole('tab', { name: 'Compare' }).click();
    expect(await panel(page).innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await page.getByRole('tab', { name: 'Check' }).click();
    await panel(page).getByRole('button', { name: 'Remove all' }).click();
    expect(await panel(page).innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.getByRole('tab', { name: '汇总' }).waitFor();
    await page.context().close();
  });

  it('screenshots every tab in both languages at both widths, with no serious axe violation', async () => {
    for (const width of WIDTHS) {
      const page = await open(width, { bypassCSP: true });
      for (const lang of ['zh', 'en'] as const) {
        if (lang === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
        const names = lang === 'zh' ? ['检查', '模板', '上报', '汇总', '对比'] : ['Check', 'Template', 'Submit', 'Merge', 'Compare'];
        for (const tab of names) {
          await page.getByRole('tab', { name: tab }).click();
          if (tab === '检查' || tab === 'Check') {
            await panel(page)
              .getByRole('button', { name: lang === 'zh' ? /检查/ : /Check/ })
              .first()
              .click();
            await panel(page).locator('[data-findings-view]').waitFor();
          }
          await page.screenshot({ path: join(SHOTS, `tab-${lang}-${tab}-${width}.png`), fullPage: true });
          const violations = await page.evaluate(async (source) => {
            if (!(window as unknown as { axe?: unknown }).axe) new Function(source)();
            const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { html: string }[] }[] }> } }).axe;
            // Fluent's focus sentinels (Tabster) are aria-hidden stops that hand focus on: left out, as in taskpane.browser.test.ts
            const result = await axe.run({ exclude: [['[data-tabster-dummy]']] });
            return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.html.slice(0, 100)))}`);
          }, AXE);
          expect({ width, lang, tab, violations }).toEqual({ width, lang, tab, violations: [] });
        }
      }
      await page.context().close();
    }
  });
});
