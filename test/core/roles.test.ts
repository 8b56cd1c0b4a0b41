import { readPeriodEnd } from '../../src/core/deadline';
import { itemNumbers } from '../../src/core/progress-items';
import { joinProgress } from '../../src/core/merge/progress-join';
import { PERIOD, readMeta, reportingUnitOf } from '../../src/core/sheet-model';
import { validateGrid, validateWorkbook } from '../../src/core/validate';
import { grid, HEADER, task, tuples } from '../helpers/grid';

describe('column roles', () => {
  it('reads a custom-named table by role: 项目名称 / 1-11月推进情况 / 责任单位 / 是否达序 (yes/no status)', () => {
    const report = validateGrid(
      grid([
        ['序号', '项目名称', '1-11月推进情况', '责任单位', '是否达序'],
        ['1', '建设快速路', '1.完成招标。', '市交通运输局', '是'],
        ['2', '改造老旧小区', '1.开工。', '市建设局', '否'],
        ['3', '新建学校', '1.选址。', '市教育局', '基本达序'],
      ]),
    );
    expect(report.columns?.map((c) => [c.text, c.role])).toEqual([
      ['序号', 'seq'],
      ['项目名称', 'task'],
      ['1-11月推进情况', 'progress'],
      ['责任单位', 'units'],
      ['是否达序', 'status'],
    ]);
    expect(report.columns?.[2]!.period).toBe('1-11月');
    expect(tuples(report.findings)).toEqual([['E4', 'status-unknown']]);
  });

  it('accepts 截至6月底进展 and a percentage status column', () => {
    const report = validateGrid(
      grid([
        ['序号', '重点任务', '截至6月底进展', '牵头单位'],
        ['1', '任务', '完成60%', '市科技局'],
      ]),
    );
    expect(report.columns?.map((c) => c.role)).toEqual(['seq', 'task', 'progress', 'units']);
    expect(report.findings).toEqual([]);
  });

  it('warns status-alias for a status written as an alias, with the standard word as suggestion', () => {
    const report = validateGrid(grid([HEADER, task(1, { status: '正常推进' }), task(2, { status: '按时推进' })]));
    expect(report.findings.map((f) => [f.cell, f.code, f.suggestion])).toEqual([['E2', 'status-alias', '按时推进']]);
  });

  it('recognises a master task list (序号 / task / units, no progress) as such', () => {
    const report = validateWorkbook([
      grid([
        ['序号', '重点任务', '牵头单位', '完成时限'],
        ['1', '建设快速路', '市交通运输局', '6月底前'],
        ['2', '改造老旧小区', '市建设局', '年底前'],
      ]),
    ]);
    expect(report.sheets.map((s) => [s.template, s.findings.map((f) => f.code)])).toEqual([['master', []]]);
  });

  it('turns seq-gap off for a unit’s own submission (a 填报单位 line), keeps it for a whole table', () => {
    const own = validateWorkbook([grid([['填报单位：市科技局'], HEADER, task(1), task(8), task(9)])]);
    expect(own.sheets[0]!.findings.map((f) => f.code)).toEqual([]);
    expect(own.sheets[0]!.scope).toBe('subset');
    const whole = validateWorkbook([grid([HEADER, task(1), task(8), task(9)])]);
    expect(tuples(whole.sheets[0]!.findings)).toEqual([['A3', 'seq-gap']]);
  });
});

describe('progress items', () => {
  it('numbers only an item number at a line start followed by text', () => {
    expect(itemNumbers('7.7公里')).toEqual([]);
    expect(itemNumbers('171.70万元')).toEqual([]);
    expect(itemNumbers('80%')).toEqual([]);
    expect(itemNumbers('1.完成7.7公里。\n2.投资171.70万元。')).toEqual([1, 2]);
    expect(validateGrid(grid([HEADER, task(1, { progress: '7.7公里路面已完成。' })])).findings).toEqual([]);
  });

  it('never numbers a single unnumbered item', () => {
    expect(joinProgress([{ unit: '市交通局', progress: '80%' }])).toBe('80%');
    expect(joinProgress([{ unit: '市交通局', progress: '1.招标。\n2.开工。' }])).toBe('1.招标。\n2.开工。');
  });
});

describe('periods and the 填报单位 line', () => {
  it.each([
    ['2021年第一季度重点工作进展', '2021年第一季度'],
    ['一季度进展情况', '一季度'],
    ['2021年Q1', 'Q1'],
    ['2021年上半年', '2021年上半年'],
    ['半年度推进情况', '半年度'],
    ['1-8月完成情况', '1-8月'],
    ['1至8月完成情况', '1至8月'],
    ['2017年1—8月', '2017年1—8月'],
    ['截至6月30日', '截至6月30日'],
    ['2021年度重点工作', '2021年度'],
  ])('%s → %s', (text, period) => {
    expect(PERIOD.exec(text)?.[0]).toBe(period);
  });

  it.each([
    ['一季度', 3, 31],
    ['Q2', 6, 30],
    ['半年度', 6, 30],
    ['1-8月', 8, 31],
    ['1至8月', 8, 31],
    ['1—8月', 8, 31],
    ['截至6月30日', 6, 30],
    ['2021年度', 12, 31],
  ])('the period %s ends on %i/%i', (text, month, day) => {
    expect(readPeriodEnd(text, 2021)).toMatchObject({ month, day });
  });

  it('gives the unit and the period of `填报单位：市交通运输局 截至6月30日` separately, and keeps `单位12` whole', () => {
    expect(reportingUnitOf('填报单位：市交通运输局 截至6月30日')).toBe('市交通运输局');
    expect(reportingUnitOf('填报单位：单位12')).toBe('单位12');
    expect(reportingUnitOf('填报单位：市科技局（盖章）  填报日期：2021年7月5日')).toBe('市科技局');
    expect(readMeta([['填报单位：市交通运输局 截至6月30日']], 1)).toMatchObject({ reportingUnit: '市交通运输局', period: '截至6月30日' });
  });
});

describe('the JSON document says which role each column took', () => {
  it('lists column letter, header text and role', async () => {
    const { validationDocument } = await import('../../src/core/validation-document');
    const { messageTexts } = await import('../../src/locales');
    const report = validateWorkbook([
      grid([
        ['序号', '项目名称', '当前进度', '牵头单位', '备注'],
        ['1', '建设快速路', '80%', '市交通运输局', ''],
      ]),
    ]);
    const doc = validationDocument([{ file: 'a.csv', report }], messageTexts('zh'));
    expect(doc.files[0]!.sheets?.[0]!.columns).toEqual([
      { column: 'A', header: '序号', role: 'seq' },
      { column: 'B', header: '项目名称', role: 'task' },
      { column: 'C', header: '当前进度', role: 'progress' },
      { column: 'D', header: '牵头单位', role: 'units' },
      { column: 'E', header: '备注', role: 'remarks' },
    ]);
  });
});
