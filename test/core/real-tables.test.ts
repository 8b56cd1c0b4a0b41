import { readFileSync } from 'fs';
import { join } from 'path';
import { compareReports } from '../../src/core/compare/compare';
import type { Grid } from '../../src/core/grid';
import { readMasterList } from '../../src/core/merge/master';
import { mergeSubmissions } from '../../src/core/merge/merge';
import { validateWorkbook } from '../../src/core/validate';
import { parseCsv } from '../../src/io/csv-reader';
import { range } from '../helpers/grid';
import { at } from '../../src/core/checked';

/**
 * Real published progress tables from other places and years (fixtures/real-tables, sources in
 * SOURCES.md), each with the findings a careful reader expects, written by hand: none of them gets
 * a false `missing-column` or `header-not-found`; the roles the columns take are checked too.
 */
function table(file: string, merges: string[] = []): Grid {
  const text = readFileSync(join(__dirname, '..', '..', 'fixtures', 'real-tables', file), 'utf8');
  return { sheet: file.replace(/\.csv$/, ''), origin: file, rows: parseCsv(text), merges: merges.map(range), visibility: 'visible' };
}

function check(grid: Grid) {
  const report = validateWorkbook([grid]);
  const sheet = at(report.sheets, 0);
  const roles = Object.fromEntries((sheet.columns ?? []).filter((c) => c.role !== 'extra').map((c) => [c.role === 'status' && c.key === 'reached' ? 'reached' : c.role, c.text.replace(/\s+/g, '')]));
  return { report, sheet, roles, findings: sheet.findings.map((f) => [f.cell, f.code]) };
}

const XINJIAN_MERGES = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:G2', 'A4:A6', 'B4:B6', 'C4:C6', 'F4:G4', 'F5:G5', 'F6:G6'];

describe('real published progress tables', () => {
  it('苍南 2022: 项目内容 / 当前进度 (a percentage) / 牵头单位 / 备注, no status column: no findings', () => {
    const { sheet, roles, findings } = check(table('t01_cangnan_2022.csv'));
    expect(roles).toEqual({ seq: '序号', task: '项目内容', progress: '当前进度', units: '牵头单位', remarks: '备注' });
    expect(findings).toEqual([]);
    expect(sheet).toMatchObject({ headerRow: 2, dataRows: 5 });
    expect(sheet.meta.period).toBe('截至10月31日');
  });

  it('眉山 2017: 工程名称 before 序号, 项目内容 over 目标任务, 市级牵头责任单位, 进度, 完成目标(%)', () => {
    const { sheet, roles, findings } = check(table('t02_meishan_2017_jan-jul.csv'));
    expect(roles).toEqual({ seq: '序号', task: '项目内容', units: '市级牵头责任单位', progress: '进度', percent: '完成目标(%)', remarks: '备注' });
    // the excerpt leaves out items 5–7, so 8 follows 4: the one true finding of this sheet
    expect(findings).toEqual([['B7', 'seq-gap']]);
    expect(sheet.meta.period).toBe('2017年1—7月');
  });

  it('眉山 2017, two periods of one table: every row matched, the progress changed', () => {
    const before = validateWorkbook([table('t02_meishan_2017_jan-jul.csv')]).sheets;
    const after = validateWorkbook([table('t03_meishan_2017_jan-nov.csv')]).sheets;
    const c = compareReports(before, after);
    expect([c.matched, c.added, c.dropped, c.unchanged]).toEqual([5, [], [], []]);
    expect([c.before.period, c.after.period]).toEqual(['2017年1—7月', '2017年1—11月']);
  });

  it('新建区 2024: a two-row header (本月进展情况 over 前期手续 / 在建形象进度), 序号 二 merged over its items', () => {
    const { sheet, roles, findings } = check(table('t04_xinjian_2024.csv', XINJIAN_MERGES));
    expect(roles).toEqual({ seq: '序号', units: '牵头单位', task: '项目名称', responsible: '业主单位', progress: '在建形象进度' });
    // both sub-columns of 本月进展情况 are read as progress; 已完工 merged over both is one text
    expect((sheet.columns ?? []).filter((c) => c.role === 'progress').map((c) => [c.col, c.text])).toEqual([
      [5, '本月进展情况/前期手续'],
      [6, '在建形象进度'],
    ]);
    expect(sheet.model?.rows.map((r) => r.cells.get('progress')?.text)).toEqual(['已完工', '已完工', '已完工']);
    expect(sheet).toMatchObject({ headerRow: 3, dataRows: 3 });
    expect(findings).toEqual([]);
  });

  it('柯桥 2023 一季度: 工作任务 / 责任单位 as the lead / a long progress header / 目标完成情况 as the status: status-alias for 顺利推进', () => {
    const { sheet, roles, findings } = check(table('t05_keqiao_2023_q1.csv'));
    expect(roles).toEqual({ seq: '序号', task: '工作任务', units: '责任单位', progress: '进展情况、存在问题及下一步打算', status: '目标完成情况' });
    expect(findings).toEqual([
      ['F3', 'status-alias'],
      ['F4', 'status-alias'],
      ['F5', 'status-alias'],
    ]);
    expect(sheet.findings[0]!.suggestion).toBe('按时推进');
    expect(sheet.meta.period).toBe('一季度');
  });

  it('岳阳楼区 2019: the period-prefixed header `1- 8月 实际完成情况`, 任务完成率: no findings', () => {
    const { sheet, roles, findings } = check(table('t06_yueyanglou_2019_jan-aug.csv'));
    expect(roles).toEqual({ seq: '序号', task: '项目名称', units: '责任单位', progress: '1-8月实际完成情况', percent: '任务完成率', remarks: '备注' });
    expect(sheet.columns?.find((c) => c.role === 'progress')?.period).toBe('1-8月');
    expect(findings).toEqual([]);
  });

  it('岳阳 2019: 考核指标 as the task, 已完成数 as the progress, units only in 备注: no lead-unit column is no error', () => {
    const { roles, findings } = check(table('t07_yueyang_2019_jan-nov.csv'));
    expect(roles).toEqual({ seq: '序号', task: '考核指标', progress: '已完成数', percent: '占年任务之比', remarks: '备注' });
    expect(findings).toEqual([]);
  });

  it('宁波 2014: 项目 / 牵头领导 / 责任单位 / 配合单位 / 实际完成情况: no findings', () => {
    const { roles, findings } = check(table('t08_ningbo_2014_jan-jun.csv'));
    expect(roles).toEqual({ seq: '序号', task: '项目', leader: '牵头领导', units: '责任单位', responsible: '配合单位', progress: '实际完成情况' });
    expect(findings).toEqual([]);
  });

  it('钟楼区 2021: a responsibility table (项目名称 / 主要内容 / 区政府分管领导 / 牵头单位 / 配合单位), item 3 merged over two rows: no findings', () => {
    const { sheet, roles, findings } = check(table('t09_zhonglou_2021.csv', ['A5:A6', 'B5:B6']));
    // 主要内容 is carried as text: 项目名称 names the task better
    expect(roles).toEqual({ seq: '序号', task: '项目名称', leader: '区政府分管领导', units: '牵头单位', responsible: '配合单位' });
    expect(sheet).toMatchObject({ headerRow: 2, dataRows: 4, template: 'master' });
    expect(findings).toEqual([]);
  });

  it('芙蓉区 2021: 指标名称 / 全年任务目标(个) / 实际完成(个) / 完成进度 under a title; 序号 truly absent is the one finding', () => {
    const { sheet, roles, findings } = check(table('t10_furong_2021.csv'));
    expect(roles).toEqual({ task: '指标名称', progress: '实际完成(个)', percent: '完成进度' });
    expect(sheet).toMatchObject({ headerRow: 2, dataRows: 1 });
    expect(findings).toEqual([[null, 'missing-column']]);
  });

  it('临安 2022 截至9月底: one 序号 and 责任单位 merged over the sub-items of a project: every sub-item a row of its task, no findings', () => {
    const { sheet, roles, findings } = check(table('t11_linan_2022_sep.csv', ['A4:A6', 'D4:D6', 'A7:A9', 'D7:D9']));
    expect(roles).toEqual({ seq: '序号', task: '项目内容', progress: '进展情况', units: '责任单位' });
    expect(sheet).toMatchObject({ headerRow: 2, dataRows: 7 });
    expect(sheet.meta.period).toBe('截至9月底');
    expect(sheet.model?.rows.map((r) => [r.seq.kind === 'number' ? r.seq.value : null, r.cells.get('units')?.text])).toEqual([
      [1, '教育局'],
      [2, '卫生健康局'],
      [2, '卫生健康局'],
      [2, '卫生健康局'],
      [3, '交通运输局'],
      [3, '交通运输局'],
      [3, '交通运输局'],
    ]);
    expect(findings).toEqual([]);
  });

  it('乐清 2022: `项 目 内 容` spaced out, 年度完成情况, 完成成效 as the status (完成任务 / 超额完成 are aliases of 已完成), 责任人 carried', () => {
    const { sheet, roles, findings } = check(table('t12_yueqing_2022.csv'));
    expect(roles).toEqual({ seq: '序号', task: '项目内容', progress: '年度完成情况', status: '完成成效', units: '责任单位' });
    expect(findings).toEqual([
      ['D3', 'status-alias'],
      ['D4', 'status-alias'],
    ]);
    expect(sheet.findings.map((f) => f.suggestion)).toEqual(['已完成', '已完成']);
    expect((sheet.columns ?? []).find((c) => c.text === '责任人')?.role).toBe('extra');
  });

  it('崇川 2023 1-11月: two cumulative periods side by side (1-10月推进情况 / 1-11月推进情况): the latest is the progress, the earlier carried, no duplicate-column', () => {
    const { sheet, roles, findings } = check(table('t13_chongchuan_2023_jan-nov.csv'));
    expect(roles).toEqual({ seq: '序号', task: '主要任务', leader: '分管领导', units: '牵头单位', progress: '1-11月推进情况', reached: '是否达序', remarks: '说明' });
    expect(sheet.columns?.find((c) => c.role === 'progress')?.period).toBe('1-11月');
    expect(sheet.columns?.find((c) => c.text === '1-10月推进情况')?.role).toBe('extra');
    expect(sheet.meta.period).toBe('1-11月');
    // 主要任务 is merged down from a row above the excerpt (items 24–26 show no cell for it): the
    // excerpt's rows have no task text, the one finding of this sheet
    expect(findings).toEqual([
      ['B3', 'task-missing'],
      ['B4', 'task-missing'],
      ['B5', 'task-missing'],
    ]);
  });

  it('钟楼区 2021 as a master list: every task text read, item 3 once per lead unit', () => {
    const master = readMasterList([table('t09_zhonglou_2021.csv', ['A5:A6', 'B5:B6'])]);
    expect(master.gaps).toEqual([]);
    expect(master.tasks.map((t) => [t.seq, t.task, t.units])).toEqual([
      [1, '增加教育资源供给', ['教育局']],
      [2, '促进就业稳定增长', ['人社局']],
      [3, '老城厢复兴发展', ['文体旅局']],
      [3, '老城厢复兴发展', ['住建局']],
    ]);
  });

  it('a master list in these layouts merges with every task text present, and 备注 carried', () => {
    const master = validateWorkbook([table('t01_cangnan_2022.csv')]);
    const result = mergeSubmissions([{ file: '苍南.csv', report: master }]);
    expect(result.tasks.map((t) => t.task.slice(0, 8))).toEqual(['新(改、扩)建公', '建设四好农村路5', '完成农村公路大中', '建成投用沿浦、宜', '打通县城人民大道']);
    expect(result.tasks[0]).toMatchObject({ progress: '80%(新区实验幼儿园进度滞后)', extras: { 备注: '市民生实事' } });
    expect(result.incomplete).toEqual([]);
  });
});
