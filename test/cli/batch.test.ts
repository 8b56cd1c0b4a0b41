import { mkdirSync, mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { runCli } from '../helpers/cli';
import { HEADER, task } from '../helpers/grid';
import { buildXlsx } from '../helpers/xlsx';

/** The CLI side of "one bad file never costs the batch": parsing and rendering only (the app layer is tested in test/app). */
describe('a batch with crafted files', () => {
  let folder: string;
  const crafted: Record<string, Uint8Array> = {
    'a-negative-row.xlsx': buildXlsx([{ name: 'S', sheetData: '<row r="-5"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row>' }]),
    'b-merge-a0.xlsx': buildXlsx([{ name: 'S', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c></row>', mergeCells: ['A0:B2'] }]),
    'c-bad-char.xlsx': buildXlsx([{ name: '&#x110000;', sheetData: '<row r="1"><c r="A1" t="inlineStr"><is><t>&#x110000;</t></is></c></row>' }]),
  };

  beforeAll(async () => {
    folder = join(mkdtempSync(join(tmpdir(), 'pra-batch-')), '报送');
    mkdirSync(folder);
    for (const [name, bytes] of Object.entries(crafted)) writeFileSync(join(folder, name), bytes);
    writeFileSync(join(folder, 'z-good.xlsx'), await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { units: '市科技局' }), task(2, { units: '市科技局' })] }]));
  });

  it('validate: every file gets its result or its code; never an internal error', async () => {
    const { code, out, err } = await runCli(['validate', '--json', folder]);
    expect(err).not.toMatch(/内部错误|Internal error/);
    const doc = JSON.parse(out);
    expect(doc.files.map((f: { file: string }) => f.file.slice(folder.length + 1))).toEqual(['a-negative-row.xlsx', 'b-merge-a0.xlsx', 'c-bad-char.xlsx', 'z-good.xlsx']);
    for (const f of doc.files) expect(f.ok ? f.sheets.length : f.error.code).toEqual(f.ok ? expect.any(Number) : expect.stringMatching(/^file-/));
    expect(doc.files[3]).toMatchObject({ ok: true });
    expect([0, 1, 2]).toContain(code);
  });

  it('merge: the good file is merged and the output written', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'pra-batch-out-')), '汇总.xlsx');
    const { code, out: stdout, err } = await runCli(['merge', '--json', '--out', out, folder]);
    expect(err).not.toMatch(/内部错误|Internal error/);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).rowsMerged).toBeGreaterThanOrEqual(2);
  });
});
