import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strToU8, zipSync } from 'fflate';
import { at } from '../../src/core/checked';
import { mergeSubmissions } from '../../src/core/merge/merge';
import { validateGrid, validateWorkbook } from '../../src/core/validate';
import { toCsv } from '../../src/io/csv-writer';
import { readWorkbookBytes } from '../../src/io/read-workbook';
import { readXlsx } from '../../src/io/xlsx-reader';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { runCli } from '../helpers/cli';
import { grid, HEADER, task } from '../helpers/grid';
import { sizeTest } from '../helpers/size-test';
import { buildXlsx } from '../helpers/xlsx';
import { paramsOf } from '../../src/core/finding';
import { codeOf } from '../helpers/error-code';

/** Files a clerk might send. None may crash the tool, stop a batch, or leave the clerk without a next step. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A zip whose only part claims 1 KB but inflates to 64 MB of zeros: a zip bomb that lies. */
function lyingBomb(): Uint8Array {
  const zip = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }));
  zip.writeUInt32LE(1024, 22); // local header: uncompressed size
  const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt32LE(1024, central + 24);
  return new Uint8Array(zip);
}

describe('hostile and broken files', () => {
  let dir: string;
  let folder: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pr-bad-'));
    folder = join(dir, '报送');
    mkdirSync(folder);
    const good = await writeXlsx([{ name: '报表', rows: [HEADER, task(1)] }]);
    const files: Record<string, Uint8Array> = {
      'a-空文件.xlsx': new Uint8Array(0),
      'b-乱码.xlsx': Uint8Array.from({ length: 4096 }, (_, i) => (i * 2654435761) % 256),
      'c-文本.xlsx': strToU8('这是一段文字，不是工作簿。'),
      'd-截断.xlsx': good.subarray(0, Math.floor(good.length * 0.6)),
      'e-旧格式.xls': Uint8Array.from([...OLE, ...new Array(2048).fill(0)]),
      'f-加密.xlsx': Uint8Array.from([...OLE, ...new Array(64).fill(0), ...[...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0])]),
      'g-炸弹.xlsx': lyingBomb(),
      'h-正常.xlsx': good,
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(folder, name), bytes);
  });

  it('one bad file never stops a batch, and each gets one Chinese line saying what to do', async () => {
    const { code, out } = await runCli(['validate', '--json', folder]);
    expect(code).toBe(2);
    const doc = JSON.parse(out);
    expect(doc.files.map((f: { file: string; ok: boolean; error?: { code: string } }) => [f.file.split('/').pop(), f.ok ? 'ok' : f.error?.code])).toEqual([
      ['a-空文件.xlsx', 'file-empty'],
      ['b-乱码.xlsx', 'file-not-spreadsheet'],
      ['c-文本.xlsx', 'file-not-spreadsheet'],
      ['d-截断.xlsx', 'file-corrupt'],
      ['e-旧格式.xls', 'file-legacy-xls'],
      ['f-加密.xlsx', 'file-encrypted'],
      ['g-炸弹.xlsx', 'file-corrupt'],
      ['h-正常.xlsx', 'ok'],
    ]);
    for (const f of doc.files.filter((x: { ok: boolean }) => !x.ok)) {
      expect(f.error.message).toMatch(/请|另存为|重新/);
      expect(f.error.message.split('\n')).toHaveLength(1);
    }
  });

  it('a zip bomb is refused without being held in memory: a lying one as corrupt, an honest one by the limit', () => {
    const before = process.memoryUsage().rss;
    expect(codeOf(() => readXlsx(lyingBomb(), 'bomb.xlsx'))).toBe('file-corrupt'); // 64 MB behind a 1 KB claim
    const honest = buildXlsx([{ name: '大', sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>${'0'.repeat(4 * 1024 * 1024)}</t></is></c></row>` }]);
    expect(codeOf(() => readXlsx(honest, 'big.xlsx', { maxPartBytes: 1024 * 1024 }))).toBe('file-too-large');
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
  });

  sizeTest(
    'a sheet with a million rows is read and checked with bounded findings',
    () => {
      const rows = [`<row r="1">${HEADER.map((h, i) => `<c r="${'ABCDE'[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>`];
      for (let r = 2; r <= 1_000_000; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r - 1}</v></c></row>`);
      const sheet = at(readXlsx(buildXlsx([{ name: '大表', sheetData: rows.join('') }]), 'big.xlsx'), 0);
      const report = at(validateWorkbook([sheet]).sheets, 0);
      expect(report.dataRows).toBe(999_999);
      expect(report.findings.filter((f) => f.code === 'task-missing')).toHaveLength(1000);
      const tooMany = report.findings.find((f) => f.code === 'too-many-findings' && f.params.code === 'task-missing');
      expect(tooMany && paramsOf(tooMany).omitted).toBe(998_999);
      // no time bound here (time belongs to `npm run bench`); the timeout is for a busy machine
    },
    300_000,
  );

  it('a sheet with thousands of merged ranges', () => {
    const rows: (string | number)[][] = [HEADER];
    const merges: string[] = [];
    for (let i = 0; i < 5000; i++) {
      rows.push(task(i + 1), ['', '子项', '1.推进。', '市科技局', '按时推进']);
      merges.push(`A${2 * i + 2}:A${2 * i + 3}`);
    }
    const report = validateGrid(grid(rows, { merges }));
    expect(report.dataRows).toBe(10_000);
    expect(report.findings).toEqual([]);
  });

  it('control characters and formula-like texts are read as text and never evaluated', () => {
    const text = `${HEADER.join(',')}\r\n1,"=HYPERLINK(""http://x"")",+1.推进\u0007。,@市科技局,-按时推进\r\n`;
    const sheet = at(readWorkbookBytes(strToU8(text), '报表.csv'), 0);
    expect(sheet.rows[1]).toEqual(['1', '=HYPERLINK("http://x")', '+1.推进\u0007。', '@市科技局', '-按时推进']);
    expect(validateGrid(sheet).findings.map((f) => f.code)).toEqual(['status-unknown']);
  });

  it('texts Excel would run as formulas are neutralised in every CSV written', () => {
    expect(toCsv([['=1+1', '+2', '-3', '@SUM(A1)', '\tx', '正常', '1-6月']])).toBe(`'=1+1,'+2,'-3,'@SUM(A1),'\tx,正常,1-6月\r\n`);
  });

  it('duplicate sheet names across many inputs keep their own sources', () => {
    const inputs = Array.from({ length: 30 }, (_, i) => ({
      file: `单位${i}.xlsx`,
      report: validateWorkbook([grid([[`填报单位：单位${i}`], HEADER, task(1, { units: `单位${i}` })], { sheet: 'Sheet1' })]),
    }));
    const result = mergeSubmissions(inputs);
    expect(result.tasks).toHaveLength(1);
    expect(new Set(at(result.tasks, 0).sources.map((s) => `${s.file}#${s.sheet}`)).size).toBe(30);
    // every non-blank row is counted: the 填报单位 line, the header and the task row of each file
    expect(result.rowsIn).toBe(90);
  });

  it('a custom template that breaks the schema is listed, not thrown', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"name": 3, "columns": "none"}');
    const { code, err } = await runCli(['validate', '--template', bad, join(folder, 'h-正常.xlsx')]);
    expect(code).toBe(2);
    expect(err).toMatch(/模板文件.*name.*columns/);
    expect(readFileSync(join(folder, 'h-正常.xlsx')).length).toBeGreaterThan(0);
  });
});
