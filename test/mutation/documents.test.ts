import { at, got, group, InvariantError } from '../../src/core/checked';
import { renumberable } from '../../src/core/fix/renumberable';
import { exitCodeOf, validationDocument } from '../../src/core/validation-document';
import type { Finding } from '../../src/core/finding';
import type { MessageTexts } from '../../src/core/messages';
import { validateGrid, WorkbookReport } from '../../src/core/validate';
import { isValidSheetName, MAX_SHEET_NAME, safeSheetName } from '../../src/io/sheet-name';
import { messageTexts } from '../../src/locales';
import { grid, HEADER, task } from '../helpers/grid';

/**
 * Mutants of the JSON validation document (src/core/validation-document.ts), the checked-access
 * helpers (checked.ts), renumberable (fix/renumberable.ts) and sheet names (io/sheet-name.ts).
 * Expectations written by hand; messages only checked to be there (their wording is the locale's).
 */
const en = messageTexts('en');
/** The English texts, with no hint for info findings (so both shapes of a finding are seen). */
const texts: MessageTexts = { finding: (f) => (f.severity === 'info' ? { ...en.finding(f), hint: '' } : en.finding(f)), error: en.error };

describe('the validation document', () => {
  const a = validateGrid(grid([['截至6月30日'], ['填报单位：市统计局'], HEADER, task(1), task(3, { status: '序时推进', units: '' })], { sheet: 'A' }));
  const info = { ...(a.findings[1] as Finding), severity: 'info' as const };
  const report: WorkbookReport = {
    sheets: [{ ...a, findings: [...a.findings, info] }, validateGrid(grid([['随便']], { sheet: 'B' }))],
    skipped: [{ sheet: 'H', reason: 'hidden' }],
  };

  it('files, sheets, columns, findings; the summary counts by severity and unreadable files', () => {
    const doc = validationDocument(
      [
        { file: 'a.xlsx', report },
        { file: 'b.xlsx', error: { code: 'file-corrupt', params: { fileName: 'b.xlsx' } } },
      ],
      texts,
    );
    expect(doc.summary).toEqual({ files: 2, errors: 2, warnings: 1, infos: 1, unreadable: 1 });
    const [first, b] = doc.files;
    expect([first?.file, first?.ok, first?.error, first?.skipped]).toEqual(['a.xlsx', true, undefined, [{ sheet: 'H', reason: 'hidden' }]]);
    expect(first?.sheets.map((s) => [s.sheet, s.template, s.headerRow, s.dataRows, s.period, s.reportingUnit, Object.keys(s).includes('columns')])).toEqual([
      ['A', 'progress', 3, 2, '截至6月30日', '市统计局', true],
      ['B', null, null, 0, undefined, undefined, false],
    ]);
    expect(Object.keys(first?.sheets[1] ?? {})).toEqual(['sheet', 'template', 'headerRow', 'dataRows', 'findings']);
    expect(first?.sheets[0]?.columns).toEqual([
      { column: 'A', header: '序号', role: 'seq' },
      { column: 'B', header: '主要工作任务', role: 'task' },
      { column: 'C', header: '进展情况', role: 'progress' },
      { column: 'D', header: '牵头部门', role: 'units' },
      { column: 'E', header: '进展状态', role: 'status' },
    ]);
    const findings = first?.sheets[0]?.findings ?? [];
    expect(findings.map((f) => [f.code, f.severity, f.row, f.column, f.cell, f.value, f.suggestion])).toEqual([
      ['unit-missing', 'error', 5, '牵头部门', 'D5', '', undefined],
      ['status-alias', 'warning', 5, '进展状态', 'E5', '序时推进', '按时推进'],
      ['status-alias', 'info', 5, '进展状态', 'E5', '序时推进', '按时推进'],
    ]);
    expect(findings.map((f) => Object.keys(f).includes('suggestion'))).toEqual([false, true, true]);
    expect(findings.map((f) => [f.message.length > 0, f.hint === undefined ? 'no hint' : f.hint.length > 0])).toEqual([
      [true, true],
      [true, true],
      [true, 'no hint'],
    ]);
    expect(findings.map((f) => Object.keys(f).includes('hint'))).toEqual([true, true, false]);
    expect([b?.file, b?.ok, b?.error?.code, (b?.error?.message ?? '').length > 0, b?.sheets, b?.skipped]).toEqual(['b.xlsx', false, 'file-corrupt', true, [], []]);
  });

  it('exit code: 2 when a file is unreadable, 1 for errors, 0 otherwise (warnings and infos too)', () => {
    const doc = (errors: number, unreadable: number, warnings = 0) => ({ files: [], summary: { files: 1, errors, warnings, infos: 3, unreadable } });
    expect([exitCodeOf(doc(0, 0, 4)), exitCodeOf(doc(1, 0)), exitCodeOf(doc(5, 1)), exitCodeOf(doc(0, 1))]).toEqual([0, 1, 2, 2]);
  });
});

describe('checked access', () => {
  it('at, group and got return what is there and throw an InvariantError naming the miss', () => {
    expect([at(['a', 'b'], 1), group(/(x)(y)?/.exec('x') as RegExpExecArray, 1), got(new Map([['k', 0]]), 'k')]).toEqual(['b', 'x', 0]);
    const thrown = (f: () => unknown) => {
      try {
        f();
        return undefined;
      } catch (e) {
        return e instanceof InvariantError ? [e.name, e.message] : e;
      }
    };
    expect(thrown(() => at(['a'], 3, 'row'))).toEqual(['InvariantError', 'broken invariant: row 3 out of range 0..0']);
    expect(thrown(() => at([], 0))).toEqual(['InvariantError', 'broken invariant: index 0 out of range 0..-1']);
    expect(thrown(() => group(/(x)(y)?/.exec('x') as RegExpExecArray, 2))).toEqual(['InvariantError', 'broken invariant: regex group 2 did not take part in /x/']);
    expect(thrown(() => got(new Map<string, number>(), 'q', 'unit'))).toEqual(['InvariantError', 'broken invariant: unit q missing']);
    expect(thrown(() => got(new Map<string, number>(), 'q'))).toEqual(['InvariantError', 'broken invariant: key q missing']);
  });
});

describe('renumberable sheets', () => {
  it('a whole table with a header, not a unit submission', () => {
    expect([
      renumberable({ headerRow: 2, meta: {} }),
      renumberable({ headerRow: null, meta: {} }),
      renumberable({ headerRow: 2, meta: { reportingUnit: '市统计局' } }),
      renumberable({ headerRow: 0, meta: { reportingUnit: '' } }),
    ]).toEqual([true, false, false, true]);
  });
});

describe('sheet names', () => {
  it('cleaned, quotes trimmed at both ends, cut at 31, numbered when taken (case-insensitively)', () => {
    expect(MAX_SHEET_NAME).toBe(31);
    expect(safeSheetName("''a:b''")).toBe('a_b');
    expect(safeSheetName(" 'a' ")).toBe('a');
    expect(safeSheetName('x'.repeat(31))).toBe('x'.repeat(31));
    expect(safeSheetName('x'.repeat(32))).toBe('x'.repeat(31));
    expect(safeSheetName('😀'.repeat(32))).toBe('😀'.repeat(31));
    expect(safeSheetName('Data', new Set(['data', 'data_2']))).toBe('Data_3');
    expect(safeSheetName(`${'x'.repeat(28)}'yy`, new Set([`${'x'.repeat(28)}'yy`]))).toBe(`${'x'.repeat(28)}_2`);
  });

  it('valid as it stands: not empty, at most 31 characters, no forbidden character, no quote at either end', () => {
    expect(['a', 'x'.repeat(31), '😀'.repeat(31), 'x'.repeat(32), '', 'a:b', 'a\\b', 'a/b', 'a?b', 'a*b', 'a[b', 'a]b', "'a", "a'", "a'b"].map(isValidSheetName)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });
});
