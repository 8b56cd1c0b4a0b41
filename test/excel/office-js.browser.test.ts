import { existsSync, readFileSync } from 'fs';
import type { Server } from 'http';
import type { AddressInfo } from 'net';
import { basename, dirname, join } from 'path';
import { Browser, chromium } from 'playwright-core';
import { FIXTURE_DIR } from '../helpers/paths';
import { BUILD_DIR, CHROMIUM, HAS_CHROMIUM } from '../helpers/web-build';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js') as { serve: (o: { root: string; samples: string; port: number }) => Promise<Server> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { officeJsSource } = require('../../scripts/office-js-source.js') as { officeJsSource: (name: string) => { origin?: string; url: string } };

/**
 * The built pane in Chromium, opened as a browser opens it and as Office opens it (`_host_Info` in the
 * URL): office.js is requested from the chosen source only (Microsoft's CDN, answered here with the npm
 * package's files since there is no internet), every other request stays on the page's origin, and the
 * Content-Security-Policy is never violated.
 */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OFFICE_DIST = join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const source = officeJsSource(process.env.OFFICE_JS || 'cdn');
jest.setTimeout(180_000);

const run = HAS_CHROMIUM && existsSync(join(BUILD_DIR, 'taskpane.html')) ? describe : describe.skip;

run('office.js and the CSP in the built pane', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    server = await serve({ root: BUILD_DIR, samples: FIXTURE_DIR, port: 0 });
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it.each([
    ['a browser', ''],
    ['Office', '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0'],
  ])('opened by %s: same-origin and office.js-source requests only, no CSP violation', async (_by, query) => {
    const context = await browser.newContext();
    const requests: string[] = [];
    const violations: string[] = [];
    if (source.origin) {
      await context.route(`${source.origin}/**`, (route) => {
        const file = join(OFFICE_DIST, basename(new URL(route.request().url()).pathname));
        return existsSync(file) ? route.fulfill({ status: 200, contentType: 'application/javascript', body: readFileSync(file, 'utf8') }) : route.fulfill({ status: 404, body: '' });
      });
    }
    const page = await context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { __violations: string[] }).__violations = [
          ...((window as unknown as { __violations?: string[] }).__violations ?? []),
          `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
        ];
      });
    });
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`${origin}/taskpane.html${query}`);
    await page.getByRole('tab', { name: '汇总' }).waitFor({ timeout: 60_000 });
    violations.push(...(await page.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? [])));
    expect(violations).toEqual([]);
    const outside = requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('blob:') && !url.startsWith('data:'));
    expect(outside.filter((url) => !(source.origin && url.startsWith(`${source.origin}/`)))).toEqual([]);
    expect(requests).toContain(source.origin ? source.url : `${origin}/${source.url}`);
    await context.close();
  });
});
