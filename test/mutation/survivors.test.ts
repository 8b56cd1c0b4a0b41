import { compareReports } from '../../src/core/compare/compare';
import { paramsOf } from '../../src/core/finding';
import { planFixes } from '../../src/core/fix/plan';
import { mergeSubmissions } from '../../src/core/merge/merge';
import { splitUnits } from '../../src/core/units';
import { validateGrid, validateWorkbook } from '../../src/core/validate';
import type { Finding } from '../../src/core/finding';
import { clearMarks, markFindings } from '../../src/excel/marks';
import { detectFeatures } from '../../src/excel/capabilities';
import { grid, HEADER, task } from '../helpers/grid';
import { profile } from '../excel/double/profiles';
import { strictExcel } from '../excel/double/strict-excel';

/**
 * The mutants a manual round of mutation testing left alive (issue 15), each killed by a test
 * whose expectation is written by hand: change the rule and one of these fails.
 */
describe('mutants that survived, killed', () => {
  it('seq-gap: a gap of exactly one number is reported, consecutive numbers are not', () => {
    const oneMissing = validateGrid(grid([HEADER, task(1), task(2), task(4)]));
    expect(oneMissing.findings.filter((f) => f.code === 'seq-gap').map((f) => [f.cell, paramsOf(f).missing])).toEqual([['A4', '3']]);
    const none = validateGrid(grid([HEADER, task(1), task(2), task(3)]));
    expect(none.findings.filter((f) => f.code === 'seq-gap')).toEqual([]);
    const three = validateGrid(grid([HEADER, task(1), task(5)]));
    expect(three.findings.filter((f) => f.code === 'seq-gap').map((f) => [f.cell, paramsOf(f).previous, paramsOf(f).seq, paramsOf(f).missing])).toEqual([['A3', 1, 5, '2–4']]);
  });

  it('units: a stray closing bracket does not make the bracket depth negative (the next 、 still splits)', () => {
    expect(splitUnits('市局）、县局')).toEqual(['市局）', '县局']);
    expect(splitUnits('市局)、县局、区局')).toEqual(['市局)', '县局', '区局']);
    expect(splitUnits('各县(市、区)政府、市交通运输局')).toEqual(['各县(市、区)政府', '市交通运输局']);
  });

  it('header: a row naming at least two columns and half the needed ones is the header, fewer is not', () => {
    // progress needs 序号, 主要工作任务 and 进展情况 (牵头部门 and 进展状态 may be absent in real tables)
    const both = validateGrid(
      grid([
        ['序号', '主要工作任务', '进展情况'],
        ['1', '任务', '进展'],
      ]),
    );
    expect([both.template, both.headerRow, both.findings.map((f) => f.code)]).toEqual(['progress', 1, []]);
    // two of the three needed columns is at least half: still a header, with the third one missing
    const half = validateGrid(
      grid([
        ['序号', '主要工作任务', '进展状态'],
        ['1', '任务', '按时推进'],
      ]),
    );
    expect([half.headerRow, half.findings.filter((f) => f.code === 'missing-column').map((f) => paramsOf(f).column)]).toEqual([1, ['进展情况']]);
    // one of the three needed columns is less than half: not a header, though two columns are named
    const none = validateGrid(
      grid([
        ['序号', '进展状态'],
        ['1', '按时推进'],
      ]),
    );
    expect([none.headerRow, none.findings.map((f) => f.code)]).toEqual([null, ['header-not-found']]);
    // one column alone is never a header, even one that is half of a template's needed columns
    const single = validateGrid(grid([['主要工作任务'], ['任务']]));
    expect([single.headerRow, single.findings.map((f) => f.code)]).toEqual([null, ['header-not-found']]);
    // the liaison template: exactly half of its needed columns is still a header
    const liaison = validateGrid(
      grid([
        ['单位', '对接单位'],
        ['区科技局', '市大学'],
      ]),
    );
    expect([liaison.template, liaison.headerRow]).toEqual(['liaison', 1]);
  });

  describe('duplicate submissions: the more complete copy wins, on a tie the later file', () => {
    const submission = (file: string, progress: string) => ({ file, report: validateWorkbook([grid([HEADER, task(1, { progress, units: '市科技局' })], { sheet: '报表' })]) });
    const duplicate = (result: ReturnType<typeof mergeSubmissions>) =>
      result.findings.filter((f) => f.code === 'duplicate-submission').map((f) => [paramsOf(f).kept, paramsOf(f).dropped, paramsOf(f).reason]);

    it('same content: the later file is kept', () => {
      const result = mergeSubmissions([submission('a.xlsx', '1.完成招标。'), submission('b.xlsx', '1.完成招标。')]);
      expect(duplicate(result)).toEqual([['b.xlsx#报表!2', 'a.xlsx#报表!2', 'kept.later-file']]);
      // header rows are skipped too (every non-blank row is accounted for); the dropped copy is a.xlsx's task row
      expect(result.skipped.filter((s) => s.reason !== 'header').map((s) => [s.file, s.reason])).toEqual([['a.xlsx', 'duplicate-submission']]);
    });

    it('the earlier file with more items is kept over a later one with fewer', () => {
      const result = mergeSubmissions([submission('a.xlsx', '1.完成招标。\n2.开工建设。'), submission('b.xlsx', '1.完成招标。')]);
      expect(duplicate(result)).toEqual([['a.xlsx#报表!2', 'b.xlsx#报表!2', 'kept.more-complete']]);
    });

    it('more items beat a longer text: the earlier two-item copy is kept over a later, longer one-item copy', () => {
      const result = mergeSubmissions([submission('a.xlsx', '1.甲。\n2.乙。'), submission('b.xlsx', '1.很长很长很长很长很长很长的一条进展。')]);
      expect(duplicate(result)).toEqual([['a.xlsx#报表!2', 'b.xlsx#报表!2', 'kept.more-complete']]);
    });

    it('the same number of items: the longer text is kept', () => {
      const result = mergeSubmissions([submission('a.xlsx', '1.完成招标并签订合同。'), submission('b.xlsx', '1.完成招标。')]);
      expect(duplicate(result)).toEqual([['a.xlsx#报表!2', 'b.xlsx#报表!2', 'kept.more-complete']]);
    });
  });

  it('fix: a status merged over two rows is fixed once, in the top-left cell of the range', () => {
    const report = validateGrid(grid([HEADER, task(1, { status: '進度滯後' }), ['', '', '1.第二行进展。', '', '']], { merges: ['A2:A3', 'B2:B3', 'D2:D3', 'E2:E3'] }));
    expect(planFixes(report).fixes.map((f) => [f.cell, f.newValue])).toEqual([['E2', '进度滞后']]);
  });

  it('fix --only: only fixes of the codes or kinds asked for', () => {
    const report = validateGrid(grid([HEADER, task(1, { status: '進度滯後', units: '市发展改革委 、' })]));
    expect(planFixes(report).fixes.map((f) => f.cell)).toEqual(['D2', 'E2']);
    expect(planFixes(report, { only: ['status-unknown'] }).fixes.map((f) => f.cell)).toEqual(['E2']);
    expect(planFixes(report, { only: ['unit-spacing'] }).fixes.map((f) => f.cell)).toEqual(['D2']);
  });

  it('clearing marks leaves a note the user rewrote after marking', async () => {
    const excel = strictExcel(profile('1.18'), [{ name: '报表', rows: [['x']] }]);
    const features = detectFeatures((v) => Number(v.split('.')[1]) <= 18);
    const finding = { code: 'unit-missing', severity: 'error', sheet: '报表', row: 3, column: null, cell: 'D3', value: '', params: { column: '牵头部门' } } as Finding;
    await markFindings(excel.context, [finding], 'zh', features);
    expect(excel.note('报表', 'D3')).toContain('缺少牵头部门');
    excel.book.sheets[0]!.notes.set('D3', '已与单位核实，稍后补报'); // the user rewrites our note
    await clearMarks(excel.context, features);
    expect(excel.note('报表', 'D3')).toBe('已与单位核实，稍后补报');
  });

  it('progress-unchanged: nine bigrams of ten shared (0.9) is flagged, eight (0.8) is not', () => {
    const period = (progress: string) => [validateGrid(grid([HEADER, task(1, { progress })]))];
    const old = '甲乙丙丁戊己庚辛壬癸子';
    const near = compareReports(period(old), period('甲乙丙丁戊己庚辛壬癸丑'));
    expect(near.unchanged.map((u) => u.similarity)).toEqual(['near']);
    const different = compareReports(period(old), period('甲乙丙丁戊己庚辛壬寅卯'));
    expect(different.unchanged).toEqual([]);
    expect(compareReports(period(old), period(old)).unchanged.map((u) => u.similarity)).toEqual(['same']);
  });
});
