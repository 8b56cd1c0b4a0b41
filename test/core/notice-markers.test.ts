import { readFileSync } from 'fs';
import { join } from 'path';
import { cleanUnits } from '../../src/core/notice/lead-note';
import { importTasks } from '../../src/core/notice/import-tasks';
import { at } from '../../src/core/checked';

const fixture = (name: string): string => readFileSync(join(__dirname, '..', '..', 'fixtures', 'real-tables', name), 'utf8');
const read = (text: string): [number, string, string[], string[], string][] => importTasks(text).tasks.map((t) => [t.number, t.task, t.leads, t.responsible, t.deadline]);

describe('lead markers of notices', () => {
  it('牵头单位：X and 责任单位：Y on lines of their own (立山区 2023)', () => {
    const result = importTasks(fixture('n1_lishan_2023.txt'));
    expect(result.tasks.map((t) => [t.number, t.leads, t.responsible])).toEqual([
      [1, ['区发改局'], ['立山经济开发区', '全区经济运行各专班']],
      [2, ['区工信局'], ['立山经济开发区']],
      [3, ['区发改局'], ['立山经济开发区', '各街道', '区直各部门']],
      [4, ['区商务局'], ['各街道', '区市场局']],
    ]);
    expect(result.unplaced.map((u) => [u.number, u.reason])).toEqual([[7, 'no-lead-unit']]);
  });

  it('牵头部门:X。 inline without brackets (六安 2017)', () => {
    expect(read(fixture('n2_luan_2017.txt')).map(([n, task, leads]) => [n, task, leads])).toEqual([
      [1, '农村道路畅通工程', ['市交通局']],
      [2, '农村饮水安全巩固提升工程', ['市水利局']],
      [3, '特困人员供养及生活无着人员救助', ['市民政局']],
      [6, '棚户区改造', ['市住建委']],
    ]);
  });

  it('(牵头单位:X;责任单位:Y) with its deadline (威海 2023)', () => {
    const task = at(read(fixture('n3_weihai_2023.txt')), 0);
    expect(task.slice(0, 1)).toEqual([1]);
    expect(task[2]).toEqual(['市行政审批服务局']);
    expect(task[3].slice(0, 2)).toEqual(['市直有关部门', '单位']);
    expect(task[4]).toBe('年底前');
  });

  it('[X牵头,Y按职责分工负责], (X牵头) and (市统计局牵头落实) without 由', () => {
    const text = ['1. 建设智慧停车平台。[市建委牵头,市公安局按职责分工负责]', '2. 开展消费券发放。(市商务局牵头)', '按月发布统计数据。(市统计局牵头落实)'].join('\n');
    expect(read(text)).toEqual([
      [1, '建设智慧停车平台。', ['市建委'], ['市公安局'], ''],
      [2, '开展消费券发放。', ['市商务局'], [], ''],
      [0, '按月发布统计数据。', ['市统计局'], [], ''],
    ]);
  });

  it('cleans units of connectives: 和, 及, 分别, 分头, 按职责分工负责, 配合', () => {
    expect(cleanUnits('市交通运输局和市港务局')).toEqual(['市交通运输局', '市港务局']);
    expect(cleanUnits('市安监局按职责分别')).toEqual(['市安监局']);
    expect(cleanUnits('市民防局、市安监局分头')).toEqual(['市民防局', '市安监局']);
    expect(cleanUnits('市公安局按职责分工负责')).toEqual(['市公安局']);
    expect(cleanUnits('市财政局及市税务局配合')).toEqual(['市财政局', '市税务局']);
    expect(cleanUnits('市人力资源和社会保障局')).toEqual(['市人力资源和社会保障局']);
  });

  it('lists a task-like paragraph without a lead with its reason', () => {
    const result = importTasks('1. 完善制度。\n2. 推进建设。(由市建委牵头)');
    expect(result.unplaced.map((u) => [u.number, u.text, u.reason])).toEqual([[1, '完善制度。', 'no-lead-unit']]);
    expect(result.tasks.map((t) => t.leads)).toEqual([['市建委']]);
  });
});
