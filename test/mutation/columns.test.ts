import { carriedColumns, hasRole, roleCell, roleColumn, roleIndex, roleText, statusColumn } from '../../src/core/columns';
import { validateGrid } from '../../src/core/validate';
import { grid, HEADER, task } from '../helpers/grid';

/** Mutants of the column-role lookup (src/core/columns.ts), killed with hand-written values. */
describe('column roles', () => {
  const report = validateGrid(
    grid([
      [...HEADER, '备注', '牵头领导', '完成时限', '其他'],
      [...task(1), '说明', '张三', '6月底前', 'x'],
    ]),
  );
  const model = report.model!;
  const row = model.rows[0]!;

  it('roles present and absent', () => {
    expect([hasRole(model, 'task'), hasRole(model, 'status'), hasRole(model, 'percent'), hasRole(model, 'responsible')]).toEqual([true, true, false, false]);
    expect([roleIndex(model, 'seq'), roleIndex(model, 'status'), roleIndex(model, 'remarks'), roleIndex(model, 'percent')]).toEqual([0, 4, 5, undefined]);
    expect(statusColumn(model)).toMatchObject({ column: { key: 'status', kind: 'status' }, kind: 'words' });
    expect(roleColumn(model, 'status', 'words')?.key).toBe('status');
    expect(roleColumn(model, 'status', 'yes-no')).toBeUndefined();
  });

  it('a row’s cell by role', () => {
    expect(roleText(model, row, 'task')).toBe('任务1');
    expect(roleCell(model, row, 'units')).toEqual({ text: '市发展改革委', col: 3, inherited: false });
    expect(roleCell(model, row, 'percent')).toEqual({ text: '', col: -1, inherited: false });
    expect(roleText(model, row, 'percent')).toBe('');
  });

  it('carried columns: carried roles and extras, not the checked roles', () => {
    expect(carriedColumns(model)).toEqual([
      { col: 5, label: '备注' },
      { col: 6, label: '牵头领导' },
      { col: 7, label: '完成时限' },
      { col: 8, label: '其他' },
    ]);
  });

  it('carried: responsible units and percentages; liaison text columns', () => {
    const more = validateGrid(
      grid([
        [...HEADER, '责任单位', '完成比例'],
        [...task(1), '市统计局', '80%'],
      ]),
    ).model!;
    expect(carriedColumns(more)).toEqual([
      { col: 5, label: '责任单位' },
      { col: 6, label: '完成比例' },
    ]);
    const liaison = validateGrid(
      grid([
        ['单位', '对接单位', '对接情况', '对接的初步成果'],
        ['市统计局', '甲公司', '1.已对接', '签约'],
      ]),
    ).model!;
    expect(carriedColumns(liaison)).toEqual([
      { col: 1, label: '对接单位' },
      { col: 3, label: '对接的初步成果' },
    ]);
  });

  it('a yes/no status column', () => {
    const yesNo = validateGrid(
      grid([
        ['序号', '主要工作任务', '进展情况', '牵头部门', '是否达序'],
        ['1', '任务1', '1.甲', '市统计局', '是'],
      ]),
    ).model!;
    expect(statusColumn(yesNo)?.kind).toBe('yes-no');
    expect(roleColumn(yesNo, 'status', 'words')).toBeUndefined();
    expect(roleColumn(yesNo, 'status', 'yes-no')?.kind).toBe('status');
    expect(roleColumn(yesNo, 'status')?.kind).toBe('status');
  });

  it('a sheet without a status column', () => {
    const none = validateGrid(
      grid([
        ['序号', '主要工作任务', '进展情况'],
        ['1', '任务1', '1.甲'],
      ]),
    ).model!;
    expect([statusColumn(none), hasRole(none, 'status'), hasRole(none, 'units')]).toEqual([undefined, false, false]);
  });
});
