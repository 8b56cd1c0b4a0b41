import { spawnSync } from 'child_process';
import { existsSync } from 'fs';
import { join } from 'path';

/** The built task pane the browser tests open; rebuilt by scripts/ensure-build.js when older than its sources. */
export const ROOT = join(__dirname, '..', '..');
export const BUILD_DIR = join(ROOT, 'build');

export function ensureWebBuild(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-build.js')], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('webpack build failed');
}

/** Debian's Chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
