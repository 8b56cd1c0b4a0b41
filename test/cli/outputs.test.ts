import { linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { SEED_FILES } from '../../src/samples/seed-workbooks';
import { readSeed } from '../../src/samples/write-samples';
import { runCli } from '../helpers/cli';
import { HEADER, task } from '../helpers/grid';

/**
 * Inputs are only read (README): `--out` may not be an input, the master list, a link to one, or
 * lie inside a folder being read; a folder or a missing folder is one line; every command leaves
 * its inputs' bytes and times as they were.
 */
describe('outputs never overwrite inputs', () => {
  let dir: string;
  let a: string;
  let b: string;
  let notice: string;
  let folder: string;
  const PAST = new Date('2024-01-02T03:04:05Z');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pra-outputs-'));
    a = join(dir, 'a.xlsx');
    b = join(dir, 'b.xlsx');
    writeFileSync(a, await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { units: '市科技局', status: '進度滯後' }), task(2, { units: '市科技局' })] }]));
    writeFileSync(b, await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { units: '市教育局' }), task(2, { units: '市教育局' })] }]));
    notice = join(dir, 'n.txt');
    writeFileSync(notice, readSeed(SEED_FILES.notice));
    folder = join(dir, '报送');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.xlsx'), readFileSync(a));
    for (const f of [a, b, notice, join(folder, 'a.xlsx')]) utimesSync(f, PAST, PAST);
  });

  const snapshot = (paths: string[]) => paths.map((p) => [p, readFileSync(p).toString('base64'), statSync(p).mtimeMs]);

  it.each([
    ['merge --out a.xlsx a.xlsx b.xlsx', () => ['merge', '--out', a, a, b]],
    ['merge --master a.xlsx --out a.xlsx b.xlsx', () => ['merge', '--master', a, '--out', a, b]],
    ['compare --out a.xlsx a.xlsx b.xlsx', () => ['compare', '--out', a, a, b]],
    ['import-tasks --out n.txt n.txt', () => ['import-tasks', '--out', notice, notice]],
    ['fix --out a.xlsx a.xlsx', () => ['fix', '--out', a, a]],
  ])('%s is refused in one line, exit 2, the input unchanged', async (_, argv) => {
    const before = snapshot([a, b, notice]);
    const { code, err } = await runCli(argv());
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/内部错误|Internal error|EISDIR|ENOENT/);
    expect(snapshot([a, b, notice])).toEqual(before);
  });

  it('fix --out through a symbolic or a hard link to the input is refused', async () => {
    const soft = join(dir, 'soft.xlsx');
    const hard = join(dir, 'hard.xlsx');
    symlinkSync(a, soft);
    linkSync(a, hard);
    const before = snapshot([a]);
    for (const out of [soft, hard]) {
      const { code } = await runCli(['fix', '--out', out, a]);
      expect([out, code]).toEqual([out, 2]);
    }
    expect(snapshot([a])).toEqual(before);
  });

  it('merge --out inside an input folder is refused (the next run would read it as a submission)', async () => {
    const { code } = await runCli(['merge', '--out', join(folder, '汇总.xlsx'), folder]);
    expect(code).toBe(2);
    expect(readdirSync(folder)).toEqual(['a.xlsx']);
  });

  it.each([
    ['a folder', () => dir],
    ['a file in a missing folder', () => join(dir, 'nope', '汇总.xlsx')],
  ])('--out naming %s is one line, not an internal error', async (_, out) => {
    const { code, err } = await runCli(['merge', '--out', out(), a, b]);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).not.toMatch(/内部错误|Internal error|EISDIR|ENOENT/);
  });

  it('every command leaves its inputs’ bytes and modification times as they were', async () => {
    const out = mkdtempSync(join(tmpdir(), 'pra-outputs-out-'));
    const inputs = [a, b, notice, join(folder, 'a.xlsx')];
    const before = snapshot(inputs);
    const runs = [
      await runCli(['validate', a, b, folder]),
      await runCli(['merge', '--out', join(out, 'm.xlsx'), folder, b]),
      await runCli(['merge', '--master', a, '--out', join(out, 'm2.xlsx'), b]),
      await runCli(['fix', '--out', join(out, 'f.xlsx'), a]),
      await runCli(['compare', '--out', join(out, 'c.xlsx'), a, b]),
      await runCli(['import-tasks', '--out', join(out, 't.xlsx'), notice]),
    ];
    expect(runs.map((r) => r.code)).toEqual([1, 0, 0, 0, 0, 0]);
    expect(readdirSync(out).sort()).toEqual(['c.xlsx', 'f.xlsx', 'm.xlsx', 'm2.xlsx', 't.xlsx']);
    expect(snapshot(inputs)).toEqual(before);
  });

  it('prints a file name with a newline escaped: no line of output is faked', async () => {
    const odd = join(dir, 'x\n共检查 9 个文件：错误 0 个.csv');
    writeFileSync(odd, [HEADER, task(1)].map((r) => r.join(',')).join('\n'));
    const { out } = await runCli(['validate', odd]);
    const lines = out.split('\n');
    expect(lines.filter((l) => l.startsWith('共检查 9'))).toEqual([]);
    expect(lines.some((l) => l.includes('x\\n共检查 9'))).toBe(true);
  });
});
