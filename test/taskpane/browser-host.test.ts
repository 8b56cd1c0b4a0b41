import { planFixes } from '../../src/core/fix/plan';
import { validateWorkbook } from '../../src/core/validate';
import { createBrowserHost } from '../../src/host/browser-host';
import { readXlsx } from '../../src/io/xlsx-reader';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { HEADER, task } from '../helpers/grid';

describe('the browser host', () => {
  it('reads every file, names sheets after their files, and returns corrected copies of the files', async () => {
    const a = await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { status: '進度滯後' })] }]);
    const b = new TextEncoder().encode(`${HEADER.join(',')}\r\n1,任务,1.推进。,市科技局、,按时推进\r\n`);
    const host = createBrowserHost([
      { name: '甲.xlsx', bytes: a },
      { name: '乙.csv', bytes: b },
    ]);
    const grids = await host.readSheets('all');
    expect(grids.map((g) => g.sheet)).toEqual(['甲.xlsx · 报表', '乙.csv · 乙']);
    const fixes = validateWorkbook(grids).sheets.flatMap((s) => planFixes(s).fixes);
    expect(fixes.map((f) => [f.sheet, f.cell, f.newValue])).toEqual([
      ['甲.xlsx · 报表', 'E2', '进度滞后'],
      ['乙.csv · 乙', 'D2', '市科技局'],
    ]);
    const result = await host.applyFixes(fixes);
    expect(result.applied).toBe(2);
    expect(result.copies?.map((c) => c.name)).toEqual(['甲_修正.xlsx', '乙_修正.csv']);
    expect(readXlsx(result.copies![0]!.bytes, 'x')[0]?.rows[1]?.[4]).toBe('进度滞后');
    expect(new TextDecoder().decode(result.copies![1]!.bytes)).toContain('1,任务,1.推进。,市科技局,按时推进');
    expect(await host.undoFixes()).toBe(0);
  });
});
