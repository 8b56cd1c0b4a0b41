import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import { runsInOffice } from '../../src/taskpane/office-loader';

/** Nothing sent anywhere: no telemetry in what ships, a CSP of our own origin, office.js only inside Office. */
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
    const shipped = Object.entries(lock.packages).filter(([name, p]) => name && !p.dev).map(([name]) => name);
    expect(shipped.filter((name) => TELEMETRY.test(name))).toEqual([]);
  });

  it('names no outside host in the source', () => {
    const hosts = files(join(ROOT, 'src'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/https?:\/\/([A-Za-z0-9.-]+)/g)].map((m) => m[1]))
      .filter((host) => !/^(localhost|127\.0\.0\.1|schemas\.openxmlformats\.org|schemas\.microsoft\.com|www\.w3\.org|purl\.org|x)$/.test(host));
    expect(hosts).toEqual([]);
  });

  it('the task pane allows only its own origin', () => {
    const html = readFileSync(join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });

  it('loads office.js only when Office hosts the page', () => {
    expect(runsInOffice('?_host_Info=Excel$Win32$16.01$zh-CN$$$$0')).toBe(true);
    expect(runsInOffice('')).toBe(false);
    expect(runsInOffice('?tab=merge')).toBe(false);
  });
});
