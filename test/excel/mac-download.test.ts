import { needsOfficeSaver, officeSaver, XLSX_TYPE } from '../../src/excel/mac-download';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { profile } from './double/profiles';
import { strictExcel } from './double/strict-excel';

describe('downloads in Excel on Mac', () => {
  it('are needed on Mac only', () => {
    expect(needsOfficeSaver('Mac', 'Mac')).toBe(true);
    expect(needsOfficeSaver('PC', 'Mac')).toBe(false);
    expect(needsOfficeSaver(undefined, undefined)).toBe(false);
  });

  it('open the same workbook through Excel.createWorkbook', async () => {
    const excel = strictExcel(profile('1.18', 'mac'), [{ name: '报表', rows: [['x']] }]);
    const bytes = await writeXlsx([{ name: '汇总', rows: [['序号', '任务']] }]);
    await officeSaver((base64) => excel.excelGlobal.createWorkbook(base64))(bytes, '汇总.xlsx', XLSX_TYPE);
    expect(excel.book.created).toEqual([Buffer.from(bytes).toString('base64')]);
  });

  it('refuse what is not a workbook with a typed error', async () => {
    await expect(officeSaver(async () => undefined)(new Uint8Array([1]), 'a.json', 'application/json')).rejects.toMatchObject({ code: 'download-unsupported', params: { name: 'a.json' } });
  });
});
