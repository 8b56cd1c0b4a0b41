import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { group } from '../../src/core/checked';
import { detectPaneHost } from '../../src/taskpane/office-loader';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { officeJsSource } = require('../../scripts/office-js-source') as { officeJsSource: (name: string) => { url: string; csp: string; selfHosted: boolean } };

/** Nothing sent anywhere: no telemetry in what ships, a CSP of our own origin plus the one office.js source chosen. */
const ROOT = join(__dirname, '..', '..');
const TELEMETRY = /usage-data|applicationinsights|@sentry|mixpanel|segment-analytics|amplitude|posthog/i;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('nothing leaks', () => {
  it('ships no telemetry package, directly or through its dependencies', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const shipped = Object.entries(lock.packages)
      .filter(([name, p]) => name && !p.dev)
      .map(([name]) => name);
    expect(shipped.filter((name) => TELEMETRY.test(name))).toEqual([]);
  });

  it('names no outside host in the source', () => {
    const hosts = files(join(ROOT, 'src'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/https?:\/\/([A-Za-z0-9.-]+)/g)].map((m) => group(m, 1)))
      .filter((host) => !/^(localhost|127\.0\.0\.1|schemas\.openxmlformats\.org|schemas\.microsoft\.com|www\.w3\.org|purl\.org|x)$/.test(host));
    expect(hosts).toEqual([]);
  });

  it.each([
    ['cdn', 'https://appsforoffice.microsoft.com'],
    ['21vianet', 'https://appsforoffice.cdn.partner.office365.cn'],
    ['self', undefined],
  ])('the pages allow their own origin and exactly the %s office.js origin', (name, origin) => {
    const { csp, url } = officeJsSource(name);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toMatch(/script-src 'self'( https:\/\/[^ ;]+)?;/);
    expect(csp.match(/https?:\/\/[^ ;]+/g) ?? []).toEqual(origin ? [origin] : []);
    expect(origin ? url.startsWith(`${origin}/`) : url === 'office-js/office.js').toBe(true);
    const html = readFileSync(join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    expect(html).toContain('content="<%= htmlWebpackPlugin.options.csp %>"');
  });

  it('decides the host with Office.onReady, not the URL', async () => {
    expect(await detectPaneHost({})).toBe('browser');
    expect(await detectPaneHost({ Office: { onReady: async () => ({ host: null }), HostType: { Excel: 'Excel' } } })).toBe('browser');
    expect(await detectPaneHost({ Office: { onReady: async () => ({ host: 'Excel' }), HostType: { Excel: 'Excel' } } })).toBe('excel');
    expect(await detectPaneHost({ Office: { onReady: () => new Promise(() => undefined) } }, 10)).toBe('browser');
    expect(await detectPaneHost({ __progressReportLegacy: true })).toBe('legacy');
  });
});
