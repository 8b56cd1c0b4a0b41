import { spawnSync } from 'child_process';
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { COMMAND_HELP } from '../../src/cli/help-text';
import { runCli } from '../helpers/cli';

/**
 * `--version`, the overview and per-command help exit 0 and print to stdout; the built CLI (bin/)
 * is run for real where it is built (`npm run build:cli`), in-process otherwise the same `main`.
 */
const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'progress-report.js');
const BUILT = existsSync(join(ROOT, 'dist', 'cli', 'main.js'));
const VERSION = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf-8')) as { version: string }).version;
const COMMANDS = ['validate', 'merge', 'fix', 'compare', 'import-tasks', 'template', 'serve', 'samples', 'demo'];

function realCli(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf-8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('progress-report --version and help', () => {
  (BUILT ? it : it.skip)('the built CLI prints the package version and per-command help, exit 0', () => {
    const version = realCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.out.trim().split(/\s+/).pop()).toBe(VERSION);
    const help = realCli(['validate', '--help']);
    expect([help.code, help.err]).toEqual([0, '']);
    expect(help.out).toContain('--errors-only');
    expect(help.out).toContain('--master');
  });

  it.each([['--version'], ['-V'], ['version']])('%s prints the version from package.json', async (flag) => {
    const { code, out } = await runCli([flag]);
    expect(code).toBe(0);
    expect(out.trim().split(/\s+/).pop()).toBe(VERSION);
  });

  it.each(COMMANDS)('%s has its own help, by --help, -h and help %s', async (command) => {
    for (const argv of [
      [command, '--help'],
      [command, '-h'],
      ['help', command],
      [command, '--help', '--lang', 'en'],
    ]) {
      const { code, out, err } = await runCli(argv);
      expect([argv.join(' '), code, err]).toEqual([argv.join(' '), 0, '']);
      const lang = argv.includes('en') ? 'en' : 'zh';
      // the usage line of that command, and every option it documents
      expect(out).toContain(COMMAND_HELP[command]?.[lang].usage);
      for (const [option] of COMMAND_HELP[command]?.[lang].options ?? []) expect(out).toContain(option);
    }
  });

  it('--help after other options still shows help and runs nothing', async () => {
    const { code, out } = await runCli(['merge', '--out', '/nonexistent/dir/x.xlsx', 'nothing-here', '--help']);
    expect(code).toBe(0);
    expect(out).toContain(COMMAND_HELP.merge?.zh.usage);
  });

  it('help for an unknown command is exit 2 with the overview on stderr', async () => {
    const { code, out, err } = await runCli(['help', 'frobnicate']);
    expect([code, out]).toEqual([2, '']);
    expect(err).toContain('frobnicate');
  });

  it('the overview lists every command and no longer says demo is what npm start runs', async () => {
    for (const lang of ['zh', 'en']) {
      const { code, out } = await runCli(['--help', '--lang', lang]);
      expect(code).toBe(0);
      for (const command of COMMANDS) expect(out).toMatch(new RegExp(`^  ${command}( |$)`, 'm'));
      const demoLines = out
        .split('\n')
        .slice(
          out.split('\n').findIndex((l) => l.startsWith('  demo')),
          undefined,
        )
        .slice(0, 2)
        .join(' ');
      expect(demoLines).toContain('npm run demo');
    }
    // scripts/start.js serves the task pane; it does not run the demo command
    const start = readFileSync(join(ROOT, 'scripts', 'start.js'), 'utf-8');
    expect(start).not.toMatch(/['"]demo['"]/);
  });
});
