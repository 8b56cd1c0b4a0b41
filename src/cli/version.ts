import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * `progress-report --version`: the version in package.json, read at run time (from src/cli or
 * dist/cli the package root is two folders up), so the build never carries a stale copy.
 */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf-8')) as { version?: string };
    return `progress-report ${pkg.version ?? '0.0.0'}`;
  } catch {
    return 'progress-report (version unknown)';
  }
}
