import * as iconv from 'iconv-lite';
import { checkFiles } from '../../src/app/check';
import { merge } from '../../src/app/merge';
import type { Source } from '../../src/app/sources';
import { HEADER, task } from '../helpers/grid';

/** A CSV whose encoding had to be guessed says so, in validate and in merge; a marked one does not. */
const rows = [HEADER, task(1, { units: '市科技局' }), task(2, { units: '市科技局' })];
const text = rows.map((r) => r.map((c) => `"${c}"`).join(',')).join('\r\n');
const gb18030: Source = { name: '科技局.csv', bytes: new Uint8Array(iconv.encode(text, 'gb18030')) };
const utf8Bom: Source = { name: '科技局-utf8.csv', bytes: new Uint8Array(iconv.encode(text, 'utf8', { addBOM: true })) };

function codes(source: Source): [string | null, string][] {
  const [outcome] = checkFiles([source]);
  if (!outcome || !('report' in outcome) || !outcome.report) throw new Error('not read');
  return outcome.report.sheets.flatMap((s) => s.findings.map((f): [string | null, string] => [f.cell, f.code]));
}

describe('encoding-guessed', () => {
  it('is reported on a GB18030 CSV without a BOM, with the encoding it was read as', () => {
    expect(codes(gb18030)).toEqual([[null, 'encoding-guessed']]);
    const [outcome] = checkFiles([gb18030]);
    const finding = outcome && 'report' in outcome ? outcome.report?.sheets[0]?.findings[0] : undefined;
    expect(finding?.params).toEqual({ encoding: 'gb18030', replaced: 0 });
  });

  it('is not reported on a UTF-8 CSV with a BOM', () => {
    expect(codes(utf8Bom)).toEqual([]);
  });

  it('reaches the merge findings with the file named', async () => {
    const run = await merge({ submissions: [gb18030], lang: 'zh' });
    expect(run.doc.findings.filter((f) => f.code === 'encoding-guessed').map((f) => f.file)).toEqual(['科技局.csv']);
  });
});
