import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { compareReports } from '../../src/core/compare/compare';
import { ReportError } from '../../src/core/errors';
import type { Fix } from '../../src/core/fix/plan';
import { validateGrid } from '../../src/core/validate';
import { cellMarks } from '../../src/io/annotated-copy';
import { chaseList, chaseMessage } from '../../src/io/chase-list';
import { patchCsv } from '../../src/io/csv-patch';
import { safeSheetName } from '../../src/io/sheet-name';
import { patchXlsx } from '../../src/io/xlsx-patch';
import { renderFinding } from '../../src/locales';
import { grid, HEADER, task } from '../helpers/grid';

/**
 * The small writers around the copies a clerk downloads: the notes of the annotated copy, the
 * corrected copies of a CSV and an .xlsx, sheet names Excel accepts, the 催报 list and its message.
 * Each test builds its input in code; expectations by hand (a note's texts come from the locale,
 * what is checked is how the copy puts them together).
 */
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

describe('the notes of the annotated copy', () => {
  const sheet = grid([HEADER, task(1, { status: '' })]);

  it('writes title, message and hint in one line, the colon of the clerk’s language between title and message', () => {
    const report = validateGrid(sheet);
    const finding = report.findings.find((f) => f.cell === 'E2')!;
    for (const [lang, colon] of [
      ['zh', '：'],
      ['en', ': '],
    ] as const) {
      const rendered = renderFinding(finding, lang);
      expect(rendered.hint).toBeTruthy();
      const note = cellMarks([sheet], [report], lang).get('Sheet1')?.get('E2')?.note;
      expect([lang, note]).toEqual([lang, `${rendered.title}${colon}${rendered.message} ${rendered.hint}`]);
    }
  });

  it('writes a finding without a hint as title and message alone', () => {
    // a status change between two periods has no hint; it is marked on the status cell
    const after = validateGrid(grid([HEADER, task(1, { status: '进度滞后' })]));
    const changed = compareReports([validateGrid(grid([HEADER, task(1, { status: '按时推进' })]))], [after]).findings.filter((f) => f.code === 'status-changed');
    expect(changed.map((f) => f.cell)).toEqual(['E2']);
    const rendered = renderFinding(changed[0]!, 'zh');
    expect(rendered.hint).toBeUndefined();
    const note = cellMarks([sheet], [{ ...after, findings: changed }], 'zh')
      .get('Sheet1')
      ?.get('E2')?.note;
    expect(note).toBe(`${rendered.title}：${rendered.message}`);
  });
});

const fix = (sheet: string, cell: string, newValue: string): Fix => ({ sheet, cell, row: 0, column: '', oldValue: '', newValue, kinds: [], codes: [] });

describe('the corrected copy of a CSV', () => {
  it('quotes a new value with a comma in a file of one column', () => {
    const out = patchCsv(strToU8('进展状态\n按时推进\n'), [fix('S', 'A2', '已完成,待核')]);
    expect(strFromU8(out.bytes)).toBe('进展状态\n"已完成,待核"\n');
  });

  it('leaves a plain new value unquoted in a tab-separated file', () => {
    const out = patchCsv(strToU8('序号\t进展状态\n1\t好\n'), [fix('S', 'B2', '按时推进')]);
    expect(strFromU8(out.bytes)).toBe('序号\t进展状态\n1\t按时推进\n');
  });

  it('patches a file of one byte, without a BOM it did not have', () => {
    const out = patchCsv(strToU8('x'), [fix('S', 'A1', 'y')]);
    expect([...out.bytes]).toEqual([0x79]);
  });
});

function xlsx(sheetXml: string | Uint8Array, target = 'worksheets/sheet1.xml'): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${target}"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': typeof sheetXml === 'string' ? strToU8(sheetXml) : sheetXml,
  });
}

const sheetPart = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);

describe('the corrected copy of an .xlsx', () => {
  it('writes the new cell with the sheet’s prefix, whatever its length', () => {
    const sheet = `<?xml version="1.0"?><ss:worksheet xmlns:ss="${MAIN}"><ss:sheetData><ss:row r="1"><ss:c r="A1"><ss:v>1</ss:v></ss:c></ss:row></ss:sheetData></ss:worksheet>`;
    const out = patchXlsx(xlsx(sheet), [fix('S', 'A1', '新')]);
    expect(sheetPart(out.bytes)).toBe(sheet.replace('<ss:c r="A1"><ss:v>1</ss:v></ss:c>', '<ss:c r="A1" t="inlineStr"><ss:is><ss:t xml:space="preserve">新</ss:t></ss:is></ss:c>'));
  });

  it('leaves a cell of a shared formula (a self-closing <f>) as it is', () => {
    const sheet = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="2"><c r="B2"><f t="shared" si="0"/><v>3</v></c></row></sheetData></worksheet>`;
    const out = patchXlsx(xlsx(sheet), [fix('S', 'B2', 'x')]);
    expect(out.skipped.map((s) => [s.fix.cell, s.reason])).toEqual([['B2', 'formula']]);
    expect(out.applied).toEqual([]);
    expect(sheetPart(out.bytes)).toBe(sheet);
  });

  it('says which problem it met: a sheet the file lacks, a sheet whose part is missing', () => {
    const problemOf = (run: () => unknown): [string, unknown] => {
      try {
        run();
      } catch (e) {
        if (e instanceof ReportError) return [e.code, (e.params as { problem?: unknown }).problem];
        throw e;
      }
      return ['none', undefined];
    };
    const sheet = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;
    expect(problemOf(() => patchXlsx(xlsx(sheet), [fix('X', 'A1', 'v')]))).toEqual(['file-corrupt', 'corrupt.sheet-missing']);
    expect(problemOf(() => patchXlsx(xlsx(sheet, 'worksheets/sheet9.xml'), [fix('S', 'A1', 'v')]))).toEqual(['file-corrupt', 'corrupt.sheet-part-missing']);
  });

  it('rewrites the prolog of a UTF-16 part as UTF-8, spaces around = and all', () => {
    const xml = `<?xml version="1.0" encoding = 'UTF-16'?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>`;
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) utf16[2 + i * 2] = xml.charCodeAt(i);
    const out = sheetPart(patchXlsx(xlsx(utf16), [fix('S', 'A1', 'v')]).bytes);
    expect(/^<\?xml[^>]*\?>/.exec(out)?.[0]).toBe('<?xml version="1.0" encoding = "UTF-8"?>');
  });
});

describe('sheet names Excel accepts', () => {
  it('takes every leading and trailing quote off, however many', () => {
    expect([safeSheetName("'''进展"), safeSheetName("进展'''"), safeSheetName("''进展''")]).toEqual(['进展', '进展', '进展']);
    expect(safeSheetName("'''进展", new Set(['进展']))).toBe('进展_2');
  });
});

describe('the 催报 list and its message', () => {
  it('orders a unit’s tasks by 序号, those without one last', () => {
    const list = chaseList([
      { seq: 3, task: '任务三', unit: '市统计局' },
      { seq: null, task: '无号任务', unit: '市统计局' },
      { seq: 1, task: '任务一', unit: '市统计局' },
      { seq: 2, task: '任务二', unit: '市统计局' },
    ]);
    expect(list.map((e) => [e.unit, e.count, e.tasks.map((t) => t.seq)])).toEqual([['市统计局', 4, [1, 2, 3, null]]]);
  });

  it('puts each task on a line of its own and a blank line between units; a period only when given', () => {
    const list = chaseList([
      { seq: 1, task: '任务一', unit: '市统计局' },
      { seq: 2, task: '任务二', unit: '市统计局' },
      { seq: null, task: '任务三', unit: '市科技局' },
    ]);
    const shape = (text: string): string[] => text.split('\n').map((l) => (l === '' ? '' : l.startsWith('  ') ? `task ${l.trim()}` : 'line'));
    const withPeriod = chaseMessage(list, '截至6月30日');
    expect(shape(withPeriod)).toEqual(['line', '', 'line', 'task 1. 任务一', 'task 2. 任务二', '', 'line', 'task 任务三']);
    const heads = withPeriod.split('\n').filter((_, i) => i === 2 || i === 6);
    expect(heads.map((h) => [h.includes('市统计局') || h.includes('市科技局'), h.includes('（截至6月30日）')])).toEqual([
      [true, true],
      [true, true],
    ]);
    // without a period the message is the same, less the period
    expect(chaseMessage(list)).toBe(withPeriod.replace(/（截至6月30日）/g, ''));
  });
});
