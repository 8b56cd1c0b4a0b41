import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { runCli } from '../helpers/cli';
import { HEADER, task } from '../helpers/grid';
import { SAMPLE_LIAISON_0515, SAMPLE_PROGRESS } from '../helpers/paths';

describe('progress-report validate', () => {
  let dir: string;
  let clean: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-validate-'));
    clean = join(dir, 'clean.xlsx');
    writeFileSync(clean, await writeXlsx([{ name: '报表', rows: [HEADER, task(1), task(2)] }]));
  });

  it('prints one JSON document in the documented shape', async () => {
    const { code, out } = await runCli(['validate', '--json', SAMPLE_PROGRESS]);
    expect(code).toBe(1);
    const doc = JSON.parse(out);
    expect(Object.keys(doc)).toEqual(['files', 'summary']);
    expect(doc.summary).toEqual({ files: 1, errors: 2, warnings: 7, infos: 0, unreadable: 0 });
    const [file] = doc.files;
    expect(file).toMatchObject({ file: SAMPLE_PROGRESS, ok: true });
    expect(file.sheets[0]).toMatchObject({ sheet: '2021年上半年', template: 'progress', headerRow: 2, dataRows: 100 });
    const missingUnit = file.sheets[0].findings.find((f: { code: string }) => f.code === 'unit-missing');
    expect(missingUnit).toEqual({ code: 'unit-missing', severity: 'error', row: 15, column: '牵头部门', cell: 'D15', value: '', message: expect.any(String), hint: expect.any(String) });
    const alias = file.sheets[0].findings.find((f: { code: string }) => f.code === 'unit-alias');
    expect(alias).toMatchObject({ cell: 'D11', value: '交通运输局', suggestion: '市交通运输局' });
  });

  it('tells a clerk in Chinese which cell is wrong and what to write instead', async () => {
    const { out } = await runCli(['validate', SAMPLE_PROGRESS]);
    // positions, severities and codes; the wording itself belongs to src/locales, not to this test
    expect(out).toMatch(/D15\s+错误 \[unit-missing\]/);
    expect(out).toMatch(/D11\s+警告 \[unit-alias\] \S+“交通运输局”/);
    expect(out.trim().split('\n').pop()).toMatch(/1\D+2\D+7\D/);
  });

  it('speaks English with --lang en', async () => {
    const { out } = await runCli(['validate', '--lang', 'en', SAMPLE_PROGRESS]);
    expect(out).toMatch(/E17\s+error \[status-missing\]/);
    expect(out).not.toMatch(/[\u4e00-\u9fff]{2,}[：:]/); // no Chinese labels (cell values may stay Chinese)
  });

  it('exits 0 when no finding is an error', async () => {
    expect((await runCli(['validate', clean])).code).toBe(0);
    expect((await runCli(['validate', SAMPLE_LIAISON_0515])).code).toBe(0);
  });

  it('checks a folder and goes on past files it cannot read, exiting 2', async () => {
    const folder = join(dir, '各部门报表');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    copyFileSync(clean, join(folder, 'a.xlsx'));
    copyFileSync(SAMPLE_PROGRESS, join(folder, 'sub', 'b.xlsx'));
    writeFileSync(join(folder, 'c.xlsx'), '');
    writeFileSync(join(folder, 'd.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    writeFileSync(join(folder, '~$a.xlsx'), 'lock');
    writeFileSync(join(folder, 'notes.txt'), 'ignored');
    const { code, out } = await runCli(['validate', '--json', folder]);
    const doc = JSON.parse(out);
    expect(code).toBe(2);
    expect(doc.files.map((f: { file: string; ok: boolean; error?: { code: string } }) => [f.file.slice(folder.length + 1), f.ok, f.error?.code])).toEqual([
      ['a.xlsx', true, undefined],
      ['c.xlsx', false, 'file-empty'],
      ['d.xls', false, 'file-legacy-xls'],
      ['sub/b.xlsx', true, undefined],
    ]);
    expect(doc.files[2].error.message).toEqual(expect.any(String));
    expect(doc.summary).toMatchObject({ files: 4, unreadable: 2 });
  });

  it('reports a missing file in one line, not a stack trace', async () => {
    const { code, out } = await runCli(['validate', join(dir, 'nope.xlsx')]);
    expect(code).toBe(2);
    expect(out.split('\n').filter((l) => l.includes('✗'))).toHaveLength(1);
    expect(JSON.parse((await runCli(['validate', '--json', join(dir, 'nope.xlsx')])).out).files[0].error.code).toBe('file-unreadable');
    expect(out).not.toMatch(/at .*\.ts:\d+/);
  });

  it('lists what is wrong in a custom template, exiting 2', async () => {
    const bad = join(dir, 'bad-template.json');
    writeFileSync(bad, JSON.stringify({ name: 'x', title: '自定义', columns: [{ key: 'seq', label: '序号', kind: 'number' }] }));
    const { code, err } = await runCli(['validate', '--template', bad, clean]);
    expect(code).toBe(2);
    expect(err).toContain('columns.0.kind');
    expect(err.trim().split('\n')).toHaveLength(1);
  });

  it('checks against a template named with --template and a units directory from --units', async () => {
    const units = join(dir, 'units.csv');
    writeFileSync(units, '标准名称,别名\n市发展改革委,发改委、市发改委\n');
    const { code, out } = await runCli(['validate', '--json', '--template', 'progress', '--units', units, clean]);
    expect(code).toBe(0);
    expect(JSON.parse(out).summary).toMatchObject({ errors: 0, warnings: 0 });
    const liaisonAsProgress = await runCli(['validate', '--json', '--template', 'progress', SAMPLE_LIAISON_0515]);
    expect(JSON.parse(liaisonAsProgress.out).files[0].sheets[0].findings[0].code).toBe('header-not-found');
  });

  it('rejects unknown options and templates with exit code 2', async () => {
    expect((await runCli(['validate', '--frobnicate', clean])).code).toBe(2);
    const unknown = await runCli(['validate', '--template', 'nosuch', clean]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('progress、liaison');
    expect((await runCli(['validate'])).code).toBe(2);
    expect((await runCli(['nosuch'])).code).toBe(2);
  });

  it('runs as the installed bin', () => {
    execFileSync('npm', ['run', '--silent', 'build:cli'], { cwd: join(__dirname, '..', '..') });
    const result = spawnSync(process.execPath, [join(__dirname, '..', '..', 'bin', 'progress-report.js'), 'validate', '--json', clean], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).summary.files).toBe(1);
  });
});
