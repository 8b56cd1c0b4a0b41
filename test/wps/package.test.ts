import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { join } from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import { SaxesParser } from 'saxes';
import * as ts from 'typescript';
import { cellAddress } from '../../src/core/address';
import { progressSeedWorkbook, SEED_FILES } from '../../src/samples/seed-workbooks';
import { readSeed } from '../../src/samples/write-samples';
import { BUTTON_TABS, CALLBACK_NAMES } from '../../src/wps/ribbon';
import { CHROMIUM, HAS_CHROMIUM, ROOT } from '../helpers/web-build';
import type { DoubleSheetSpec } from './wps-double';
import { at } from '../../src/core/checked';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js') as { serve: (o: { root: string; port: number }) => Promise<Server> };

/**
 * The built WPS 加载项 (build/wps/): its ribbon.xml parses as strict XML and names only callbacks the
 * entry script defines; the entry points, the online listing and the offline folder exist; and in
 * Debian's Chromium, with the strict double as `window.Application` and `wps`, the ribbon opens the
 * task pane and the pane finds the seed table's task 12 without 牵头部门 and task 14 without 进展状态.
 */
const WPS_BUILD = join(ROOT, 'build', 'wps');
const CALLBACK_ATTRIBUTES = new Set(['onLoad', 'onAction', 'getImage', 'getEnabled', 'getVisible', 'getLabel', 'getPressed', 'getScreentip', 'getSupertip']);
jest.setTimeout(600_000);

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
}

/** Builds build/wps/ when it is missing or older than the sources (a clean clone, an edit). */
function ensureWpsBuild(): void {
  const page = join(WPS_BUILD, 'taskpane.html');
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'webpack.wps.config.js')).mtimeMs, statSync(join(ROOT, 'scripts', 'wps-package.js')).mtimeMs);
  if (existsSync(page) && statSync(page).mtimeMs >= sources) return;
  const result = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--config', 'webpack.wps.config.js', '--no-stats'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the WPS build failed');
}

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
}

/** Every element of a strict XML document (saxes throws on any well-formedness error). */
function parseStrict(xml: string): XmlElement[] {
  const elements: XmlElement[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => elements.push({ name: tag.local, attributes: Object.fromEntries(Object.entries(tag.attributes).map(([k, a]) => [k, typeof a === 'string' ? a : a.value])) }));
  parser.write(xml).close();
  return elements;
}

function scriptsOf(html: string): string[] {
  return [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1] ?? '');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}

beforeAll(() => ensureWpsBuild());

describe('the built WPS add-in', () => {
  it('has a ribbon.xml that parses and names only callbacks the entry script defines', () => {
    const elements = parseStrict(readFileSync(join(WPS_BUILD, 'ribbon.xml'), 'utf8'));
    expect(elements[0]).toEqual({ name: 'customUI', attributes: expect.objectContaining({ xmlns: 'http://schemas.microsoft.com/office/2006/01/customui', onLoad: 'OnAddinLoad' }) });
    const group = elements.find((e) => e.name === 'group');
    expect(group?.attributes.label).toBe('进展报表');
    const buttons = elements.filter((e) => e.name === 'button').map((e) => [e.attributes.id, e.attributes.label, e.attributes.onAction]);
    expect(buttons).toEqual([
      ['btnValidate', '检查报表', 'OnAction'],
      ['btnMerge', '汇总报表', 'OnAction'],
    ]);
    for (const [id] of buttons) expect(Object.keys(BUTTON_TABS)).toContain(id);
    const callbacks = elements.flatMap((e) =>
      Object.entries(e.attributes)
        .filter(([k]) => CALLBACK_ATTRIBUTES.has(k))
        .map(([, v]) => v),
    );
    expect(callbacks.length).toBeGreaterThan(0);
    for (const name of callbacks) expect(CALLBACK_NAMES).toContain(name);
    expect(() => parseStrict('<customUI><ribbon></customUI>')).toThrow();
  });

  it('holds its entry pages and scripts, the online listing and the offline folder, and no archive', () => {
    for (const page of ['index.html', 'taskpane.html']) {
      const scripts = scriptsOf(readFileSync(join(WPS_BUILD, page), 'utf8'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const script of scripts) expect(existsSync(join(WPS_BUILD, script))).toBe(true);
    }
    const listing = parseStrict(readFileSync(join(WPS_BUILD, 'jsplugins.xml'), 'utf8'));
    expect(listing.map((e) => e.name)).toEqual(['jsplugins', 'jspluginonline']);
    expect(listing[1]!.attributes).toEqual(expect.objectContaining({ name: 'ProgressReport', type: 'et' }));
    expect(listing[1]!.attributes.url).toMatch(/^https?:\/\/.+\/$/);
    expect(readFileSync(join(WPS_BUILD, 'publish.html'), 'utf8')).toContain('JSPluginsServer=');
    const offline = join(WPS_BUILD, 'offline');
    const folder = readdirSync(offline).find((n) => /^ProgressReport_\d+\.\d+\.\d+$/.test(n));
    expect(folder).toBeDefined();
    for (const file of ['index.html', 'ribbon.xml', 'taskpane.html', 'images/icon-64.png']) expect(existsSync(join(offline, folder as string, file))).toBe(true);
    for (const file of ['install-windows.cmd', 'install-windows.ps1', 'install-linux.sh', '安装说明.txt']) expect(existsSync(join(offline, file))).toBe(true);
    expect(filesUnder(WPS_BUILD).filter((f) => /\.(7z|zip|rar|tar|gz)$/i.test(f))).toEqual([]);
  });

  it('installs offline on Linux into the jsaddons folder and registers itself once in publish.xml', () => {
    const home = mkdtempSync(join(tmpdir(), 'wps-home-'));
    try {
      const run = (): void => {
        const result = spawnSync('sh', [join(WPS_BUILD, 'offline', 'install-linux.sh')], { env: { ...process.env, HOME: home }, encoding: 'utf8' });
        expect(result.status).toBe(0);
      };
      run();
      run(); // installing again replaces the folder and the record
      const addons = join(home, '.local', 'share', 'Kingsoft', 'wps', 'jsaddons');
      const records = parseStrict(readFileSync(join(addons, 'publish.xml'), 'utf8')).filter((e) => e.name === 'jsplugin');
      expect(records).toHaveLength(1);
      expect(records[0]!.attributes).toEqual(expect.objectContaining({ name: 'ProgressReport', type: 'et', enable: 'true' }));
      expect(existsSync(join(addons, `ProgressReport_${records[0]!.attributes.version}`, 'ribbon.xml'))).toBe(true);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});

if (!HAS_CHROMIUM) console.warn(`WPS 任务窗格的浏览器测试已跳过：没有找到 Chromium（${CHROMIUM}）。Browser tests skipped.`);
const describeInBrowser = HAS_CHROMIUM ? describe : describe.skip;

/** The seed table as WPS would hold it: 序号 as numbers, the title merged over the header's width. */
function seedSheet(): DoubleSheetSpec {
  const spec = at(progressSeedWorkbook(readSeed(SEED_FILES.progress)), 0);
  return {
    name: spec.name,
    rows: spec.rows.map((row) => row.map((v, c) => (c === 0 && /^\d+$/.test(String(v)) ? Number(v) : v))),
    merges: (spec.merges ?? []).map((m) => `${cellAddress(m.top, m.left)}:${cellAddress(m.bottom, m.right)}`),
  };
}

/** The double as a script for the page: transpiled from its TypeScript, no imports. */
function doubleScript(sheets: DoubleSheetSpec[]): string {
  const source = readFileSync(join(__dirname, 'wps-double.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;
  return `(() => { const exports = {}; ${js}
    const double = exports.createWpsDouble(${JSON.stringify({ sheets, fullName: 'D:\\报表\\2021年上半年.xlsx' })});
    window.__double = double; window.Application = double.Application; window.wps = double.wps; })();`;
}

describeInBrowser('the built WPS task pane in Chromium with the double as window.Application', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const sheet = seedSheet();

  beforeAll(async () => {
    server = await serve({ root: WPS_BUILD, port: 0 });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    }); // Playwright gives each launch a fresh temporary profile
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function open(path: string): Promise<{ page: Page; errors: Error[]; close: () => Promise<void> }> {
    const context = await browser.newContext({ viewport: { width: 420, height: 900 } });
    const page = await context.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (e) => errors.push(e));
    await page.addInitScript({ content: doubleScript([sheet]) });
    await page.goto(`${origin}/${path}`);
    return { page, errors, close: () => context.close() };
  }

  it('defines every ribbon callback on the entry page, and the buttons open one task pane on their tab', async () => {
    const { page, errors, close } = await open('index.html');
    await page.waitForFunction(() => typeof (window as unknown as Record<string, unknown>).OnAction === 'function');
    const callbacks = parseStrict(readFileSync(join(WPS_BUILD, 'ribbon.xml'), 'utf8')).flatMap((e) =>
      Object.entries(e.attributes)
        .filter(([k]) => CALLBACK_ATTRIBUTES.has(k))
        .map(([, v]) => v),
    );
    const defined = await page.evaluate((names) => names.map((n) => typeof (window as unknown as Record<string, unknown>)[n]), [...new Set(callbacks)]);
    expect(defined.every((d) => d === 'function')).toBe(true);
    const panes = await page.evaluate(() => {
      const w = window as unknown as Record<'OnAction' | 'GetImage', (c: { Id: string }) => unknown> & { __double: { taskpanes: { url: string; Visible: boolean; DockPosition: number }[] } };
      w.OnAction({ Id: 'btnValidate' });
      const first = { ...w.__double.taskpanes[0] };
      w.OnAction({ Id: 'btnMerge' });
      return { first, all: w.__double.taskpanes.map((p) => ({ ...p })), image: w.GetImage({ Id: 'btnValidate' }) };
    });
    expect(panes.first).toEqual(expect.objectContaining({ url: `${origin}/taskpane.html?tab=validate`, Visible: true, DockPosition: 2 }));
    expect(panes.all).toHaveLength(1);
    expect(panes.all[0]!.url).toBe(`${origin}/taskpane.html?tab=merge`);
    expect(existsSync(join(WPS_BUILD, String(panes.image)))).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('checks the seed table and finds task 12 without 牵头部门 (D15) and task 14 without 进展状态 (E17) by cell', async () => {
    // the seed as written: the rows of tasks 12 and 14 (hand-checked against seeds/004_*)
    expect([sheet.rows[14]![0], sheet.rows[14]![3], sheet.rows[16]![0], sheet.rows[16]![4]]).toEqual([12, '', 14, '']);
    const { page, errors, close } = await open('taskpane.html');
    await page.getByRole('button', { name: '检查', exact: true }).click();
    const unitMissing = page.locator('[data-code="unit-missing"][data-cell="D15"]');
    await unitMissing.waitFor();
    const found = await page.locator('[data-code]').evaluateAll((els) => els.map((el) => [el.getAttribute('data-code'), el.getAttribute('data-cell')]));
    expect(found).toEqual(
      expect.arrayContaining([
        ['unit-missing', 'D15'],
        ['status-missing', 'E17'],
      ]),
    );
    await unitMissing.click();
    await page.waitForFunction(() => (window as unknown as { __double: { selection(): { address: string } | undefined } }).__double.selection()?.address === 'D15');
    expect(await page.evaluate(() => (window as unknown as { __double: { selection(): unknown } }).__double.selection())).toEqual({ sheet: sheet.name, address: 'D15' });
    // 在表中标记 fills the finding cells in the workbook: D15 gets the error fill, as a BGR number (#FFC7CE)
    await page.getByRole('button', { name: '在表中标记' }).click();
    await page.getByText(/已标记 \d+ 个单元格/).waitFor();
    const fill = await page.evaluate((name) => (window as unknown as { __double: { sheet(n: string): { fills: Map<string, number> } } }).__double.sheet(name).fills.get('15,4'), sheet.name);
    expect(fill).toBe(0xcec7ff);
    expect(errors).toEqual([]);
    await close();
  });
});
