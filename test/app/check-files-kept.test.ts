import { strToU8 } from 'fflate';
import { checkFiles } from '../../src/app/check';
import type { Source } from '../../src/app/sources';
import { HEADER, task } from '../helpers/grid';

/** `checkFiles(…, 'findings')` (validate without a master list) keeps each file's findings, not its sheet models. */
const csv = (name: string, rows: string[][]): Source => ({ name, bytes: strToU8(rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\r\n')) });

describe('what a checked batch keeps', () => {
  const files = (): Source[] => [csv('a.csv', [HEADER, task(1), task(3, { status: '' })]), { name: 'bad.xlsx', bytes: new Uint8Array([1, 2, 3]) }];

  it('findings only: the same reports without their models, and the unreadable file still an error', () => {
    const kept = checkFiles(files());
    const lean = checkFiles(files(), {}, 'findings');
    const sheet = (o: (typeof kept)[number]) => ('report' in o ? o.report.sheets[0] : undefined);
    expect(sheet(kept[0]!)?.model?.rows.length).toBe(2);
    expect(sheet(lean[0]!)?.model).toBeUndefined();
    expect(sheet(lean[0]!)?.findings.map((f) => [f.row, f.column, f.code])).toEqual([
      [3, '序号', 'seq-gap'],
      [3, '进展状态', 'status-missing'],
    ]);
    expect(sheet(lean[0]!)?.findings).toEqual(sheet(kept[0]!)?.findings);
    expect(lean[1]).toEqual(kept[1]);
    expect('error' in lean[1]! ? lean[1].error.code : undefined).toMatch(/^file-/);
  });
});
