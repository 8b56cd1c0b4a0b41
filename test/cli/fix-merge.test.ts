import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readSource } from '../../src/app/sources';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { runCli } from '../helpers/cli';
import { HEADER, task } from '../helpers/grid';

/** `fix` over several files (one copy each, the batch goes on past a bad one); `merge`'s summary names the files with errors. */
function cellOf(path: string, row: number, col: number): string {
  const [sheet] = readSource({ name: path, bytes: new Uint8Array(readFileSync(path)) });
  return sheet?.rows[row]?.[col] ?? '';
}

describe('fix takes several files', () => {
  let dir: string;
  let a: string;
  let b: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pra-fix-many-'));
    a = join(dir, 'a.xlsx');
    b = join(dir, 'b.xlsx');
    writeFileSync(a, await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { status: '序时推进' }), task(2)] }]));
    writeFileSync(b, await writeXlsx([{ name: '报表', rows: [HEADER, task(1), task(2, { status: '進度滯後' })] }]));
  });

  it('--out-dir writes one corrected copy per file, inputs untouched', async () => {
    const out = join(dir, 'fixed');
    mkdirSync(out);
    const before = [readFileSync(a), readFileSync(b)];
    const { code, out: text } = await runCli(['fix', '--json', '--out-dir', out, a, b]);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a_修正.xlsx', 'b_修正.xlsx']);
    expect(cellOf(join(out, 'a_修正.xlsx'), 1, 4)).toBe('按时推进');
    expect(cellOf(join(out, 'b_修正.xlsx'), 2, 4)).toBe('进度滞后');
    expect([readFileSync(a), readFileSync(b)]).toEqual(before);
    const doc = JSON.parse(text) as { files: { file: string; out: string; fixes: { cell: string; kinds: string[] }[] }[] };
    expect(doc.files.map((f) => [f.file, f.fixes.map((x) => [x.cell, x.kinds])])).toEqual([
      [a, [['E2', ['status-spelling']]]],
      [b, [['E3', ['status-spelling']]]],
    ]);
  });

  it('one file with --out keeps the single-file JSON shape', async () => {
    const out = join(dir, 'one.xlsx');
    const { code, out: text } = await runCli(['fix', '--json', '--out', out, a]);
    expect(code).toBe(0);
    expect(JSON.parse(text)).toMatchObject({ file: a, out });
    expect(existsSync(out)).toBe(true);
  });

  it('--out with several files is refused (exit 2), nothing written', async () => {
    const out = join(dir, 'refused.xlsx');
    const { code, err } = await runCli(['fix', '--out', out, a, b]);
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });

  it('a file that cannot be read is its line and exit 2; the other files are still fixed', async () => {
    const out = join(dir, 'partial');
    mkdirSync(out);
    const missing = join(dir, 'missing.xlsx');
    const { code, err } = await runCli(['fix', '--out-dir', out, missing, b]);
    expect(code).toBe(2);
    expect(err).toContain(missing);
    expect(readdirSync(out)).toEqual(['b_修正.xlsx']);
  });

  it('two inputs of one name get distinct copies', async () => {
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    const twin = join(sub, 'a.xlsx');
    writeFileSync(twin, readFileSync(a));
    const out = join(dir, 'twins');
    mkdirSync(out);
    expect((await runCli(['fix', '--out-dir', out, a, twin])).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a_修正.xlsx', 'a_修正_2.xlsx']);
  });
});

describe("merge's summary mentions the errors", () => {
  it('names each file with errors and none without, and still writes the workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pra-merge-summary-'));
    const broken = join(dir, '市科技局.xlsx');
    const clean = join(dir, '市教育局.xlsx');
    writeFileSync(broken, await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { units: '市科技局', status: '' }), task(2, { units: '市科技局', progress: '' })] }]));
    writeFileSync(clean, await writeXlsx([{ name: '报表', rows: [HEADER, task(3, { units: '市教育局' })] }]));
    const out = join(dir, 'out', '汇总.xlsx');
    mkdirSync(join(dir, 'out'));
    const { code, out: text } = await runCli(['merge', '--out', out, broken, clean]);
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const lines = text.split('\n');
    const brokenLine = lines.find((l) => l.includes(broken));
    expect(brokenLine).toMatch(/\b2\b/); // its two errors
    expect(lines.some((l) => l.includes(clean))).toBe(false);
    const json = JSON.parse((await runCli(['merge', '--json', '--out', join(dir, 'out', 'b.xlsx'), broken, clean])).out) as { findings: { code: string; severity: string; file: string }[] };
    expect(json.findings.filter((f) => f.severity === 'error').map((f) => [f.file, f.code])).toEqual([
      [broken, 'status-missing'],
      [broken, 'progress-missing'],
    ]);
  });
});
