import ExcelJS from 'exceljs';
import { builtinTemplate } from '../../src/core/template/builtin';
import { writeConsolidatedWorkbook } from '../../src/io/consolidated-workbook';
import { smallDocument } from './consolidated-doc';
import { strFromU8, unzipSync } from 'fflate';
import { beforeTests } from '../helpers/before-tests';

/** 汇总 carries 备注 and other extra columns, and shows a row that matched no master task as such. */
const template = builtinTemplate('progress')!;

function withExtrasAndUnplaced(): ReturnType<typeof smallDocument> {
  const base = smallDocument();
  const [first, second, third] = base.tasks;
  return {
    ...base,
    tasks: [
      { ...first!, extras: { 备注: '需市财政局配合' } },
      { ...second!, extras: { 备注: '', 完成时限: '6月底前' } },
      third!,
      {
        seq: 9,
        task: '单位自报的任务',
        progress: '已开展调研',
        leads: ['市科技局'],
        status: '按时推进',
        sources: [{ file: '/in/市科技局.xlsx', sheet: 'Sheet1', row: 4, unit: '市科技局' }],
        unplaced: { reason: 'unplaced.no-match' },
      },
    ],
  };
}

describe('汇总 columns beyond the standard five', () => {
  let sheet: ExcelJS.Worksheet;
  let bytes: Uint8Array;
  beforeTests(async () => {
    bytes = await writeConsolidatedWorkbook(withExtrasAndUnplaced(), template);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes.slice().buffer);
    sheet = book.getWorksheet('汇总')!;
  });

  it('puts the carried columns after 进展状态, then 说明, then 来源', () => {
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(header).toEqual(['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态', '备注', '完成时限', '说明', '来源']);
  });

  it('writes each task’s carried texts under their own header', () => {
    expect(sheet.getCell('F3').value).toBe('需市财政局配合');
    expect(sheet.getCell('G4').value).toBe('6月底前');
    expect(sheet.getCell('F5').value ?? '').toBe('');
  });

  it('marks the unplaced row in 说明 and leaves placed rows blank there', () => {
    expect(sheet.getCell('B6').value).toBe('单位自报的任务');
    expect(sheet.getCell('H6').value).toBe('未归入任务清单：序号和任务内容都对不上');
    expect(sheet.getCell('H3').value ?? '').toBe('');
  });

  it('prints every column but 来源', () => {
    const workbookXml = strFromU8(unzipSync(bytes)['xl/workbook.xml']!);
    expect(workbookXml).toMatch(/汇总(&apos;)?!\$A\$1:\$H\$6</);
  });
});

describe('an incomplete merge', () => {
  it('says so in the title of 汇总 and lists each gap in 问题', async () => {
    const doc = { ...smallDocument(), incomplete: [{ file: '/in/任务清单.xlsx', sheet: 'Sheet1', column: '主要工作任务', role: 'task' as const }] };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeConsolidatedWorkbook(doc, template)).slice().buffer);
    expect(String(book.getWorksheet('汇总')!.getCell('A1').value)).toContain('不完整');
    const problems = book.getWorksheet('问题')!;
    const rows = problems
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 5));
    expect(rows).toContainEqual(['错误', 'role-missing', '任务清单.xlsx', 'Sheet1']);
  });
});
