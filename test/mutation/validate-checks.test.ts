import { SHEET_RULES } from '../../src/core/rules';
import { statusUnknown } from '../../src/core/rules/status-unknown';
import { builtinTemplate } from '../../src/core/template/builtin';
import type { Template } from '../../src/core/template/schema';
import { MAX_FINDINGS_PER_CODE, severityFor, validateGrid, validateWorkbook } from '../../src/core/validate';
import { grid, HEADER, task, tuples } from '../helpers/grid';

/**
 * How validate.ts runs the rules and reports a sheet (expectations written by hand): rules a template
 * turns off, the cap of findings per code, header-not-found, the scope of a sheet, empty sheets.
 */
function progressWith(rules: Template['rules']): Template {
  const progress = builtinTemplate('progress');
  if (!progress) throw new Error('the progress template is built in');
  return { ...progress, rules };
}

describe('rules a template turns off', () => {
  afterEach(() => jest.restoreAllMocks());

  it('a rule whose every code is off is not run at all', () => {
    expect(SHEET_RULES).toContain(statusUnknown);
    const check = jest.spyOn(statusUnknown, 'check');
    const report = validateGrid(grid([HEADER, task(1, { status: '正常推进' }), task(2, { status: '不知道' })]), { template: progressWith({ 'status-unknown': 'off', 'status-alias': 'off' }) });
    expect(check).not.toHaveBeenCalled();
    expect(tuples(report.findings)).toEqual([]);
  });

  it('a rule with one code of two off still reports the other one, and never the one turned off', () => {
    const check = jest.spyOn(statusUnknown, 'check');
    const report = validateGrid(grid([HEADER, task(1, { status: '正常推进' }), task(2, { status: '不知道' })]), { template: progressWith({ 'status-alias': 'off' }) });
    expect(check).toHaveBeenCalledTimes(1);
    expect(report.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([['E3', 'status-unknown', 'error']]);
  });

  it('a severity set in the template is the severity of its findings', () => {
    const report = validateGrid(grid([HEADER, task(1, { status: '正常推进' })]), { template: progressWith({ 'status-alias': 'error' }) });
    expect(report.findings.map((f) => [f.cell, f.code, f.severity])).toEqual([['E2', 'status-alias', 'error']]);
  });

  it('without a template a code has the severity of the catalog', () => {
    expect(severityFor(undefined, 'seq-gap')).toBe('warning');
    expect(severityFor(undefined, 'status-missing')).toBe('error');
    expect(severityFor(progressWith({ 'seq-gap': 'off' }), 'seq-gap')).toBe('off');
  });
});

describe('at most MAX_FINDINGS_PER_CODE findings of one code per sheet', () => {
  it('lists the first thousand and counts the rest in one too-many-findings', () => {
    expect(MAX_FINDINGS_PER_CODE).toBe(1000);
    const rows = Array.from({ length: 1003 }, (_, i) => task(i + 1, { status: '' }));
    const report = validateGrid(grid([HEADER, ...rows], { sheet: '进展' }));
    const missing = report.findings.filter((f) => f.code === 'status-missing');
    expect(missing.length).toBe(1000);
    expect(missing[0]?.cell).toBe('E2');
    expect(missing[999]?.cell).toBe('E1001');
    expect(report.findings.filter((f) => f.code === 'too-many-findings')).toEqual([
      { code: 'too-many-findings', severity: 'info', sheet: '进展', row: null, column: null, cell: null, value: '', params: { sheet: '进展', code: 'status-missing', limit: 1000, omitted: 3 } },
    ]);
    expect(report.findings.length).toBe(1001);
  });

  it('exactly a thousand of one code is no overflow', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => task(i + 1, { status: '' }));
    const report = validateGrid(grid([HEADER, ...rows]));
    expect([report.findings.length, report.findings.filter((f) => f.code === 'too-many-findings').length]).toEqual([1000, 0]);
  });
});

describe('a sheet without a header', () => {
  it('is one header-not-found naming the templates tried, the first one’s required columns and the rows scanned', () => {
    const report = validateGrid(grid([['填表说明'], ['   '], ['请按要求填写']], { sheet: '说明' }));
    expect(report).toEqual({
      sheet: '说明',
      template: null,
      headerRow: null,
      dataRows: 0,
      meta: {},
      nonBlankRows: 2,
      findings: [
        {
          code: 'header-not-found',
          severity: 'error',
          sheet: '说明',
          row: null,
          column: null,
          cell: null,
          value: '',
          params: { template: 'progress / liaison / master', labels: '序号、主要工作任务、进展情况、牵头部门、进展状态', scanned: 3 },
        },
      ],
    });
  });

  it('scans at most the first 30 rows', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`说明第${i + 1}行`]);
    expect(validateGrid(grid(rows)).findings[0]?.params).toMatchObject({ scanned: 30 });
  });

  it('with no template to try, names none', () => {
    expect(validateGrid(grid([['说明']]), { templates: [] }).findings[0]?.params).toEqual({ template: '', labels: '', scanned: 1 });
  });
});

describe('the scope of a sheet', () => {
  it('a sheet with a 填报单位 line is a subset, any other a whole table; a master list is always whole', () => {
    expect(validateGrid(grid([HEADER, task(1)])).scope).toBe('whole');
    expect(validateGrid(grid([['填报单位：市交通运输局'], HEADER, task(1)])).scope).toBe('subset');
    const master = validateGrid(grid([['填报单位：市政府办公室'], ['序号', '主要工作任务', '牵头部门'], ['1', '推进项目建设', '市发展改革委']]));
    expect([master.template, master.scope]).toEqual(['master', 'whole']);
  });
});

describe('empty sheets in a workbook', () => {
  it('a sheet of blanks and spaces is empty; a sheet with one text and blank cells is not', () => {
    const report = validateWorkbook([
      grid([HEADER, task(1)], { sheet: '进展' }),
      grid(
        [
          ['', '  '],
          [' ', ''],
        ],
        { sheet: '空白' },
      ),
      grid(
        [
          ['说明', ''],
          ['', ''],
        ],
        { sheet: '说明' },
      ),
    ]);
    expect(report.sheets.map((s) => s.sheet)).toEqual(['进展']);
    expect(report.skipped).toEqual([
      { sheet: '空白', reason: 'empty', rows: 0 },
      { sheet: '说明', reason: 'no-header', rows: 1 },
    ]);
  });

  it('when no sheet has a header, each sheet with text is header-not-found and the empty ones are skipped', () => {
    const report = validateWorkbook([grid([['  ']], { sheet: '空白' }), grid([['说明'], ['  ']], { sheet: '说明' })]);
    expect(report.sheets.map((s) => [s.sheet, s.nonBlankRows, tuples(s.findings)])).toEqual([['说明', 1, [[null, 'header-not-found']]]]);
    expect(report.skipped).toEqual([{ sheet: '空白', reason: 'empty', rows: 0 }]);
  });
});
