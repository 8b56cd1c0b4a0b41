import { spawnSync } from 'child_process';
import { existsSync, readdirSync, statSync } from 'fs';
import { join } from 'path';

/** The built task pane the browser tests open; rebuilt when missing or older than its sources. */
export const ROOT = join(__dirname, '..', '..');
export const BUILD_DIR = join(ROOT, 'build');

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((t, e) => {
    const p = join(dir, e.name);
    return Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
}

export function ensureWebBuild(): void {
  const page = join(BUILD_DIR, 'taskpane.html');
  const sources = Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'webpack.config.js')).mtimeMs, statSync(join(ROOT, 'manifest.xml')).mtimeMs);
  if (existsSync(page) && statSync(page).mtimeMs >= sources) return;
  const result = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--no-stats'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('webpack build failed');
}

/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
