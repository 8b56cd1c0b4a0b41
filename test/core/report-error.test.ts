import { isReportError, ReportError, ReportErrorCode, ReportErrorParamsOf } from '../../src/core/errors';
import { LOCALES, renderError, renderReportError } from '../../src/locales';

/** One value per param of every code (typed: a code or a param missing here does not compile). */
const SAMPLE: { [C in ReportErrorCode]: ReportErrorParamsOf<C> } = {
  'file-empty': {},
  'file-not-spreadsheet': {},
  'file-legacy-xls': {},
  'file-encrypted': {},
  'file-corrupt': { problem: 'corrupt.part-compression-unknown', part: 'xl/workbook.xml', value: '99' },
  'file-too-large': { part: 'xl/worksheets/sheet1.xml', limitMb: 256 },
  'csv-too-large': { limit: 'csv.columns', max: 16384, row: 7 },
  'file-unreadable': { path: 'reports/a.xlsx', reason: 'unreadable.not-found', osCode: 'ENOENT' },
  'template-invalid': { file: 't.json', problems: 'columns.0.kind: unknown' },
  'template-unknown': { name: 'x', known: 'progress, liaison' },
  'units-invalid': { file: 'u.json', problems: 'units.0.name: empty' },
  'master-list-no-header': { file: 'list.xlsx' },
  'master-list-columns-missing': { file: 'list.xlsx', columns: 'C' },
  'argument-invalid': { detail: 'Give one file.' },
  'download-unsupported': { name: 'problems.json' },
};
const CODES = Object.keys(SAMPLE) as ReportErrorCode[];
const HAN = /\p{Script=Han}|[：，。（）“”]/u;
const PLACEHOLDER = /\{\w+\}/;

describe('ReportError params and messages', () => {
  it('renders every code in both languages with every placeholder filled, English without Chinese', () => {
    // argument-invalid is the front end's own text, in the language it chose
    for (const code of CODES.filter((c) => c !== 'argument-invalid')) {
      const en = renderError(code, SAMPLE[code], 'en');
      const zh = renderError(code, SAMPLE[code], 'zh');
      expect([code, PLACEHOLDER.test(en), PLACEHOLDER.test(zh), HAN.test(en), HAN.test(zh)]).toEqual([code, false, false, false, true]);
    }
  });

  it('says why a file cannot be read in the language asked, naming the path', () => {
    for (const reason of ['unreadable.not-found', 'unreadable.is-folder', 'unreadable.denied', 'unreadable.other'] as const) {
      const params = { path: 'reports/a.xlsx', reason, osCode: 'EIO' };
      const en = renderError('file-unreadable', params, 'en');
      expect([reason, HAN.test(en), en.includes('reports/a.xlsx'), en.includes(reason)]).toEqual([reason, false, true, false]);
      expect(renderError('file-unreadable', params, 'zh')).toContain(LOCALES.zh.errorValues['file-unreadable'].reason[reason]);
      expect(en).toContain(LOCALES.en.errorValues['file-unreadable'].reason[reason]);
    }
  });

  it('adds the file name at the file boundary without changing code or params, and leads the line with it', () => {
    const error = new ReportError('file-too-large', { part: 'sheet1.xml', limitMb: 256 }, 'developer text');
    const named = error.withFileName('甲局.xlsx');
    expect([named.code, named.params, named.message, error.params.fileName]).toEqual(['file-too-large', { part: 'sheet1.xml', limitMb: 256, fileName: '甲局.xlsx' }, 'developer text', undefined]);
    const en = renderReportError(named, 'en');
    expect(en.startsWith('甲局.xlsx: ')).toBe(true);
    expect(HAN.test(en.slice('甲局.xlsx'.length))).toBe(false);
    expect(renderReportError(named, 'zh').startsWith('甲局.xlsx：')).toBe(true);
    expect(renderReportError(error, 'en')).toBe(renderError('file-too-large', error.params, 'en'));
  });

  it('says what is damaged in the language asked, naming the part and the offending text where the problem has them', () => {
    const problems = Object.keys(LOCALES.zh.errorValues['file-corrupt'].problem) as (keyof (typeof LOCALES.zh.errorValues)['file-corrupt']['problem'])[];
    expect(problems).toHaveLength(25);
    for (const problem of problems) {
      const params = { problem, part: 'xl/worksheets/sheet9.xml', value: 'Q77' };
      const en = renderError('file-corrupt', params, 'en');
      const zh = renderError('file-corrupt', params, 'zh');
      expect([problem, PLACEHOLDER.test(en), PLACEHOLDER.test(zh), HAN.test(en), HAN.test(zh), en.includes('corrupt.'), zh.includes('corrupt.')]).toEqual([
        problem,
        false,
        false,
        false,
        true,
        false,
        false,
      ]);
    }
    // the part and the value reach the clerk's line where the problem's text names them
    expect(renderError('file-corrupt', { problem: 'corrupt.part-cut-off', part: 'xl/worksheets/sheet9.xml' }, 'zh')).toContain('xl/worksheets/sheet9.xml');
    expect(renderError('file-corrupt', { problem: 'corrupt.merge-invalid', value: 'A1:' }, 'en')).toContain('A1:');
    // a value's text is filled once: a value that looks like a placeholder stays as it is
    expect(renderError('file-corrupt', { problem: 'corrupt.sheet-missing', value: '{part}' }, 'zh')).toContain('“{part}”');
  });

  it('narrows params by code', () => {
    const caught: unknown = new ReportError('file-unreadable', { path: 'a.xlsx', reason: 'unreadable.is-folder', osCode: 'EISDIR' });
    if (!isReportError(caught) || caught.code !== 'file-unreadable') throw new Error('not narrowed');
    const reason: 'unreadable.not-found' | 'unreadable.is-folder' | 'unreadable.denied' | 'unreadable.other' = caught.params.reason;
    expect(reason).toBe('unreadable.is-folder');
  });
});
