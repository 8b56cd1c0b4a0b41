import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { Browser, chromium, Page } from 'playwright-core';
import { readXlsx } from '../../src/io/xlsx-reader';
import { CHROMIUM, HAS_CHROMIUM } from '../helpers/web-build';
import { ADMIN, masterWorkbook, startInbox, unitWorkbook } from './helpers';

/**
 * The 平台 pages in Debian's Chromium: the compiler signs in, creates a period on the form and gets
 * the links; a unit opens its link, is refused with findings by cell, fixes and submits; the
 * compiler's roster turns 已报 without a reload; one click merges and downloads. Every request
 * stays on the server's origin and the CSP reports no violation.
 */
jest.setTimeout(180_000);
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const describeInBrowser = HAS_CHROMIUM ? describe : describe.skip;
const SCREENSHOTS = join(__dirname, '..', 'artifacts', 'screenshots');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describeInBrowser('the 平台 pages in a browser', () => {
  let server: Awaited<ReturnType<typeof startInbox>>;
  let browser: Browser;
  const foreign: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await startInbox();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS }); // launch() gives every run a fresh temporary profile
  });
  afterAll(async () => {
    await browser?.close();
    await server?.remove();
  });

  async function page(): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN' });
    const p = await context.newPage();
    p.on('request', (r) => (new URL(r.url()).origin === server.url || r.url().startsWith('blob:') || r.url().startsWith('data:') ? undefined : foreign.push(r.url())));
    p.on('console', (m) => (/Content Security Policy|Refused to/.test(m.text()) ? problems.push(m.text()) : undefined));
    p.on('pageerror', (e) => problems.push(String(e)));
    return p;
  }

  it('runs a period from the compiler’s page and a unit’s link page', async () => {
    const compiler = await page();
    await compiler.goto(`${server.url}/`);
    await compiler.getByLabel('用户名').fill(ADMIN.name);
    await compiler.getByLabel('密码').fill(ADMIN.password);
    await compiler.getByRole('button', { name: '登录' }).click();
    await compiler.getByRole('button', { name: '新建报告期' }).click();
    await compiler.getByLabel('名称', { exact: true }).fill('2026年第三季度重点工作进展');
    await compiler.getByLabel('截至日期', { exact: true }).fill('2026-09-30');
    await compiler.getByLabel(/报送截止/).fill('2099-10-15');
    const master = await masterWorkbook([
      [1, '推进城市快速路建设', '市交通运输局'],
      [2, '实施科技企业培育计划', '市科技局'],
    ]);
    await compiler.getByLabel(/^任务清单/).setInputFiles({ name: '任务清单.xlsx', mimeType: XLSX, buffer: Buffer.from(master) });
    await compiler.getByRole('button', { name: '创建并生成报送链接' }).click();
    await compiler.getByRole('heading', { name: '报送链接' }).waitFor();
    const linkRows = await compiler.locator('#links-body tr').allInnerTexts();
    expect(linkRows.map((r) => r.split('\t')[0])).toEqual(['市交通运输局', '市科技局']);
    const link = linkRows[1]!.split('\t')[1]!.trim();
    expect(link).toMatch(/\/platform\/submit\.html#token=/);
    const roster = compiler.locator('#units tr[data-unit="市科技局"]');
    await expect(roster.innerText()).resolves.toContain('未报');
    await compiler.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

    const unit = await page();
    await unit.goto(link);
    await unit.getByRole('heading', { name: /市科技局/ }).waitFor();
    const broken = await unitWorkbook('市科技局', [[2, '实施科技企业培育计划', '1.新增企业30家。', '']]);
    await unit.getByLabel(/选择本单位填好的报表/).setInputFiles({ name: '科技局.xlsx', mimeType: XLSX, buffer: Buffer.from(broken) });
    await unit.getByRole('button', { name: '检查并报送' }).click();
    await unit.getByText('报表未通过检查，未被接收。').waitFor();
    const finding = await unit.locator('#findings tr').first().innerText();
    expect(finding.split('\t').slice(0, 3)).toEqual(['进展情况', 'E4', '错误']);
    await compiler.locator('#units tr[data-unit="市科技局"]', { hasText: '有问题' }).waitFor();

    const fixed = await unitWorkbook('市科技局', [[2, '实施科技企业培育计划', '1.新增企业30家。', '按时推进']]);
    await unit.getByLabel(/选择本单位填好的报表/).setInputFiles({ name: '科技局v2.xlsx', mimeType: XLSX, buffer: Buffer.from(fixed) });
    await unit.getByRole('button', { name: '检查并报送' }).click();
    await unit.getByText(/已接收：第 1 版/).waitFor();
    const counted = unit.locator('#submissions tr', { hasText: '第 1 版（采用）' });
    await counted.waitFor();
    const [own] = await Promise.all([unit.waitForEvent('download'), counted.getByRole('button', { name: '下载' }).click()]);
    expect(Buffer.from(readFileSync((await own.path())!)).equals(Buffer.from(fixed))).toBe(true);
    await unit.locator('#submissions tr', { hasText: '未通过' }).getByRole('button', { name: '查看结果' }).click();
    await unit.locator('#findings tr', { hasText: 'E4' }).waitFor();

    // the compiler's roster follows without a reload
    await compiler.locator('#units tr[data-unit="市科技局"]', { hasText: '已报' }).waitFor({ timeout: 20_000 });
    expect(await compiler.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(await compiler.locator('#counts [data-count="已报"]').innerText()).toBe('已报 1');
    await expect(compiler.locator('#reminder').inputValue()).resolves.toContain('市交通运输局');

    const [download] = await Promise.all([compiler.waitForEvent('download'), compiler.getByRole('button', { name: '一键汇总并下载' }).click()]);
    expect(download.suggestedFilename()).toBe('2026年第三季度重点工作进展_汇总.xlsx');
    const sheets = readXlsx(new Uint8Array(readFileSync((await download.path())!)), '汇总.xlsx');
    const row2 = sheets.find((s) => s.sheet === '汇总')!.rows.find((r) => r[0] === '2')!;
    expect(row2.slice(0, 5)).toEqual(['2', '实施科技企业培育计划', '1.新增企业30家。', '市科技局', '按时推进']);
    await compiler.getByText(/已汇总 1 个单位的报送/).waitFor();
    mkdirSync(SCREENSHOTS, { recursive: true });
    await compiler.screenshot({ path: join(SCREENSHOTS, 'platform-compiler.png'), fullPage: true });
    await unit.screenshot({ path: join(SCREENSHOTS, 'platform-unit.png'), fullPage: true });

    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('a unit page without a valid token says so and shows nothing else', async () => {
    const p = await page();
    await p.goto(`${server.url}/platform/submit.html#token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`);
    await p.getByText(/报送链接无效/).waitFor();
    expect(await p.locator('#unit').isHidden()).toBe(true);
  });
});
