import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { unzipSync } from 'fflate';
import { applyFixesToGrid } from '../../src/core/fix/apply';
import { planFixes, renumberItems, replaceUnit, tidyUnits } from '../../src/core/fix/plan';
import { validateGrid, validateWorkbook } from '../../src/core/validate';
import { patchXlsx } from '../../src/io/xlsx-patch';
import { readXlsx } from '../../src/io/xlsx-reader';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { parseProgressSeed } from '../../src/samples/progress-seed';
import { PROGRESS_HEADER, progressRows, SEED_FILES } from '../../src/samples/seed-workbooks';
import { readSeed } from '../../src/samples/write-samples';
import { runCli } from '../helpers/cli';
import { grid, HEADER, task } from '../helpers/grid';
import { at } from '../../src/core/checked';

/** Every fix kind on fixtures built from the seed table; the rest of the file stays as it was. */
const seedRows = progressRows(parseProgressSeed(readSeed(SEED_FILES.progress)));

/** The seed table with one defect of each fixable kind planted in it (sheet rows: title 1, header 2, data from 3). */
function plantedRows(): string[][] {
  const rows = seedRows.slice(0, 8).map((r) => [...r]);
  rows[0]![4] = '進度滯後'; // traditional spelling
  rows[1]![4] = ' 按时推进 '; // spaces around a known status
  rows[2]![4] = '序时推进'; // a template alias
  rows[3]![0] = '４'; // full-width 序号
  rows[4]![0] = '5.'; // decorated 序号
  rows[5]![0] = '（6）';
  rows[6]![2] = '1.完成招标。\n2．开工建设。\n4、通车。'; // items 1, 2, 4
  rows[7]![3] = '市发展改革委 、  长三角发展办、'; // stray spaces, trailing 、
  return rows;
}

describe('planning fixes', () => {
  const sheet = grid([['标题'], HEADER, ...plantedRows(), ['', '子任务', '1.推进。', '交通运输局', '滞后'], task(9, { units: '市交通运输局' })], { sheet: '报表' });
  const plan = planFixes(validateGrid(sheet));

  it('fixes each mechanical defect with its exact new value', () => {
    expect(plan.fixes.map((f) => [f.cell, f.kinds.join('+'), f.oldValue, f.newValue])).toEqual([
      ['E3', 'status-spelling', '進度滯後', '进度滞后'],
      ['E4', 'status-spelling', ' 按时推进 ', '按时推进'],
      ['E5', 'status-spelling', '序时推进', '按时推进'],
      ['A6', 'seq-format', '４', '4'],
      ['A7', 'seq-format', '5.', '5'],
      ['A8', 'seq-format', '（6）', '6'],
      ['C9', 'progress-renumber', '1.完成招标。\n2．开工建设。\n4、通车。', '1.完成招标。\n2．开工建设。\n3、通车。'],
      ['D10', 'unit-spacing', '市发展改革委 、  长三角发展办、', '市发展改革委 、 长三角发展办'],
      ['D11', 'unit-alias', '交通运输局', '市交通运输局'],
    ]);
  });

  it('leaves judgement calls to people, each with the reason', () => {
    expect(plan.unfixable.map((u) => [u.finding.cell, u.finding.code, u.reason])).toEqual([
      ['A11', 'seq-missing', 'needs-content'],
      ['E11', 'status-unknown', 'ambiguous'],
    ]);
    const gap = planFixes(validateGrid(grid([HEADER, task(1), task(3)])));
    expect(gap.unfixable.map((u) => [u.finding.cell, u.finding.code, u.reason])).toEqual([['A3', 'seq-gap', 'renumber-not-requested']]);
  });

  it('after fixing, only the unfixable findings remain', () => {
    const after = validateGrid(applyFixesToGrid(sheet, plan.fixes));
    expect(after.findings.map((f) => [f.cell, f.code])).toEqual(plan.unfixable.map((u) => [u.finding.cell, u.finding.code]));
  });

  it('renumbers 序号 only when asked, and keeps a merged 序号 merged', () => {
    const merged = grid([HEADER, task(1), task(3), ['', '子项', '1.推进。', '市科技局', '按时推进'], task(3), task(7)], { merges: ['A3:A4'] });
    expect(planFixes(validateGrid(merged)).fixes).toEqual([]);
    const renumbered = planFixes(validateGrid(merged), { renumber: true });
    expect(renumbered.fixes.map((f) => [f.cell, f.newValue])).toEqual([
      ['A3', '2'],
      ['A6', '4'],
    ]); // A5 is already 3 once A3 is 2
    expect(validateGrid(applyFixesToGrid(merged, renumbered.fixes)).findings).toEqual([]);
  });

  it('never fills in missing content', () => {
    const plan2 = planFixes(validateGrid(grid([HEADER, task(1, { units: '', status: '', progress: '' })])));
    expect(plan2.fixes).toEqual([]);
    expect(plan2.unfixable.map((u) => [u.finding.code, u.reason])).toEqual([
      ['progress-missing', 'needs-content'],
      ['unit-missing', 'needs-content'],
      ['status-missing', 'needs-content'],
    ]);
  });

  it('limits fixes with only', () => {
    expect(planFixes(validateGrid(sheet), { only: ['unit-alias'] }).fixes.map((f) => f.cell)).toEqual(['D11']);
  });
});

describe('fix helpers', () => {
  it('replaces a unit only where it stands whole', () => {
    expect(replaceUnit('交通运输局、市交通运输局\n交通运输局', '交通运输局', '市交通运输局')).toBe('市交通运输局、市交通运输局\n市交通运输局');
  });
  it('tidies units without touching the 、 at line ends', () => {
    expect(tidyUnits('嘉善县政府、\n长三角发展办')).toBe('嘉善县政府、\n长三角发展办');
    expect(tidyUnits('  市科技局、 ')).toBe('市科技局');
  });
  it('renumbers items keeping their separators', () => {
    expect(renumberItems('3．甲\n续\n5、乙')).toBe('1．甲\n续\n2、乙');
  });
});

describe('a corrected copy of a workbook', () => {
  let original: Uint8Array;
  beforeAll(async () => {
    original = await writeXlsx([
      { name: '填表说明', rows: [['请按模板填写。']] },
      { name: '报表', rows: [['2021年上半年'], PROGRESS_HEADER, ...plantedRows()], merges: [{ top: 0, left: 0, bottom: 0, right: 4 }], headerRow: 1, widths: [6, 40, 60, 18, 10] },
    ]);
  });

  it('changes only the fixed cells and copies every other part byte for byte', () => {
    const report = validateWorkbook(readXlsx(original, 'x.xlsx'));
    const fixes = report.sheets.flatMap((s) => planFixes(s).fixes);
    const patched = patchXlsx(original, fixes);
    expect(patched.skipped).toEqual([]);
    const before = unzipSync(original);
    const after = unzipSync(patched.bytes);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before)) if (name !== 'xl/worksheets/sheet2.xml') expect([name, Buffer.from(after[name]!).equals(Buffer.from(before[name]!))]).toEqual([name, true]);
    const xml = new TextDecoder().decode(after['xl/worksheets/sheet2.xml']);
    const styleOf = (x: string, cell: string) => new RegExp(`<c r="${cell}"[^>]*?s="(\\d+)"`).exec(x)?.[1];
    const oldXml = new TextDecoder().decode(before['xl/worksheets/sheet2.xml']);
    for (const cell of ['E3', 'A6', 'C9', 'D10']) expect(styleOf(xml, cell)).toBe(styleOf(oldXml, cell));
    const sheets = readXlsx(patched.bytes, 'fixed.xlsx');
    const [instructions, fixed] = [at(sheets, 0), at(sheets, 1)];
    expect(instructions.rows).toEqual([['请按模板填写。']]);
    expect(fixed.rows[2]![4]).toBe('进度滞后');
    expect(fixed.rows[5]![0]).toBe('4');
    expect(fixed.rows[8]![2]).toBe('1.完成招标。\n2．开工建设。\n3、通车。');
    expect(fixed.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(validateWorkbook([instructions, fixed]).sheets[0]!.findings).toEqual([]);
  });

  it('progress-report fix writes the copy, never in place, and exits 0 when no error remains', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-fix-'));
    const input = join(dir, '报表.xlsx');
    writeFileSync(input, original);
    const { code, out } = await runCli(['fix', '--json', '--out', join(dir, '报表_修正.xlsx'), input]);
    expect(code).toBe(0);
    const doc = JSON.parse(out);
    expect(doc.fixes.map((f: { cell: string }) => f.cell)).toEqual(['E3', 'E4', 'E5', 'A6', 'A7', 'A8', 'C9', 'D10']);
    expect(doc.remaining).toEqual({ errors: 0, warnings: 0 });
    expect(Buffer.from(readFileSync(input)).equals(Buffer.from(original))).toBe(true);
    expect((await runCli(['fix', '--out', input, input])).code).toBe(2);
  });

  it('exits 1 while errors remain that no fix can solve', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pr-fix2-'));
    const input = join(dir, 'seed.xlsx');
    writeFileSync(input, await writeXlsx([{ name: '报表', rows: [['标题'], PROGRESS_HEADER, ...seedRows] }]));
    expect((await runCli(['fix', '--out', join(dir, 'fixed.xlsx'), input])).code).toBe(1);
    const { code, out } = await runCli(['fix', '--json', '--out', join(dir, 'fixed-json.xlsx'), input]);
    expect(code).toBe(1);
    const doc = JSON.parse(out) as { fixes: { kinds: string[]; oldValue: string; newValue: string }[]; remaining: { errors: number } };
    // the three short spellings of the seed table (seeds/004_*), each beside its full name elsewhere in the table
    expect(doc.fixes.map((f) => [f.kinds, f.oldValue, f.newValue])).toEqual([
      [['unit-alias'], '交通运输局', '市交通运输局'],
      [['unit-alias'], '生态环境局', '市生态环境局'],
      [['unit-alias'], '经信局', '市经信局'],
    ]);
    expect(doc.remaining.errors).toBe(2); // task 12 without 牵头部门, task 14 without 进展状态: no fix can write them
  });
});
