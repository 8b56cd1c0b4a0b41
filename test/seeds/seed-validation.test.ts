import { readFileSync } from 'fs';
import { validateWorkbook } from '../../src/core/validate';
import { readWorkbookBytes } from '../../src/io/read-workbook';
import { parseProgressSeed } from '../../src/samples/progress-seed';
import { readSeed } from '../../src/samples/write-samples';
import { SEED_FILES } from '../../src/samples/seed-workbooks';
import { SAMPLE_LIAISON_0515, SAMPLE_LIAISON_0531, SAMPLE_PROGRESS } from '../helpers/paths';
import { paramsOf } from '../../src/core/finding';
import { at } from '../../src/core/checked';

/** The published seed tables, turned into .xlsx by the repo's own script, validated end to end. */
function validateFile(path: string) {
  return validateWorkbook(readWorkbookBytes(new Uint8Array(readFileSync(path)), path));
}

describe('the published progress table (seeds/004)', () => {
  const report = validateFile(SAMPLE_PROGRESS);
  const sheet = at(report.sheets, 0);

  it('is read with its title row and the header on row 2', () => {
    expect(report.sheets).toHaveLength(1);
    expect(sheet).toMatchObject({ template: 'progress', headerRow: 2 });
    expect(sheet.dataRows).toBe(100); // 96 tasks and 4 sub-task rows
  });

  it('validates to exactly the defects a careful reader finds', () => {
    expect(sheet.findings.map((f) => [f.cell, f.code, f.value.split('\n')[0]!.slice(0, 12)])).toEqual([
      ['D11', 'unit-alias', '交通运输局'], // task 9, beside 市交通运输局
      ['A14', 'seq-missing', ''], // sub-task under 11
      ['D15', 'unit-missing', ''], // task 12 has no 牵头部门
      ['E17', 'status-missing', ''], // task 14 has no 进展状态
      ['A25', 'seq-missing', ''], // sub-task under 21
      ['A30', 'seq-missing', ''], // sub-task under 25
      ['D82', 'unit-alias', '生态环境局'], // task 77, beside 市生态环境局
      ['A83', 'seq-missing', ''], // sub-task under 77
      ['D83', 'unit-alias', '经信局'], // beside 市经信局
    ]);
  });

  it('keeps 各县(市、区)政府 whole', () => {
    const unitTexts = sheet.model!.rows.map((r) => r.cells.get('units')!.text);
    expect(unitTexts.some((t) => t.includes('各县(市、区)政府'))).toBe(true);
    expect(sheet.findings.some((f) => /各县|市、区/.test(String(paramsOf(f).unit ?? '')))).toBe(false);
  });

  it('keeps the seed status counts', () => {
    const counts: Record<string, number> = {};
    for (const row of parseProgressSeed(readSeed(SEED_FILES.progress))) counts[row.status || '(空)'] = (counts[row.status || '(空)'] ?? 0) + 1;
    expect(counts).toEqual({ 按时推进: 88, 进度较快: 7, 部分滞后: 3, 进度滞后: 1, '(空)': 1 });
  });
});

describe('the liaison tables (seeds/000 and 001)', () => {
  it.each([
    [SAMPLE_LIAISON_0515, '截至5月15日', 8, [6, 9, 12]], // row 12 is the repeat that kept two cells
    [SAMPLE_LIAISON_0531, '截至5月31日', 7, [5, 8, 11]],
  ])('%s validates under liaison with its repeated headers skipped', (path, period, dataRows, repeated) => {
    const sheet = at(validateFile(path).sheets, 0);
    expect(sheet).toMatchObject({ template: 'liaison', headerRow: 3, dataRows, findings: [] });
    expect(sheet.meta.period).toBe(period);
    expect(sheet.model!.skipped.filter((s) => s.kind === 'repeated-header').map((s) => s.index + 1)).toEqual(repeated);
  });
});
