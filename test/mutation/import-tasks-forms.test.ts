import { importTasks } from '../../src/core/notice/import-tasks';

/**
 * Mutants of reading a task list from a notice (src/core/notice/import-tasks.ts): sections that are
 * tasks or headings, lead and responsible lines, inline and bracketed notes, PDF line breaks, the
 * document title, unplaced paragraphs. Notices written here; expectations by hand.
 */
const tasksOf = (text: string) => importTasks(text).tasks.map((t) => [t.seq, t.number, t.task, t.leads, t.responsible, t.deadline, t.source]);
const unplacedOf = (text: string) => importTasks(text).unplaced.map((u) => [u.number, u.text, u.source, u.reason]);

describe('a notice with chapters, sections and numbered tasks', () => {
  const notice = [
    '关于印发重点工作方案的通知',
    '一、总体要求',
    '（一）推进审批改革。',
    '牵头单位：市行政服务中心',
    '责任单位：各行政主管部门',
    '1.开展调研（市统计局牵头，市科技局配合，2017年6月前完成）',
    '2.建设平台',
    '牵头部门：市大数据局',
    '3. 完善制度，牵头部门：市司法局。',
    '4.无人负责的任务。',
    '第一条 总则',
    '5.跨行的任务，因为PDF',
    '换行了（市财政局牵头）',
  ].join('\n');

  it('a section followed by a lead line is a task; numbered tasks take their section as source; a chapter or article ends the section', () => {
    const doc = '关于印发重点工作方案的通知';
    expect(tasksOf(notice)).toEqual([
      [1, 1, '推进审批改革。', ['市行政服务中心'], ['各行政主管部门'], '', doc],
      [2, 1, '开展调研', ['市统计局'], ['市科技局'], '2017年6月前', `${doc} （一）推进审批改革`],
      [3, 2, '建设平台', ['市大数据局'], [], '', `${doc} （一）推进审批改革`],
      [4, 3, '完善制度', ['市司法局'], [], '', `${doc} （一）推进审批改革`],
      [5, 5, '跨行的任务，因为PDF换行了', ['市财政局'], [], '', doc],
    ]);
    expect(unplacedOf(notice)).toEqual([[4, '无人负责的任务。', `${doc} （一）推进审批改革`, 'no-lead-unit']]);
  });
});

describe('sections, paragraphs and brackets', () => {
  it('a section with its own note is a task; a heading joined with the next line by a PDF break; a description continues its task', () => {
    const notice = ['（二）推进项目建设（由市发改委负责，持续推进）', '（三）只是标题', '说明文字（市民政局牵头）', '6.任务六', '具体描述。', '责任单位：市科技局'].join('\n');
    expect(tasksOf(notice)).toEqual([
      [1, 2, '推进项目建设', ['市发改委'], [], '持续推进', ''],
      [2, 3, '只是标题说明文字', ['市民政局'], [], '', ''],
    ]);
    expect(unplacedOf(notice)).toEqual([[6, '任务六具体描述。', '（三）只是标题说明文字（市民政局牵头）', 'no-lead-unit']]);
  });

  it('the last bracket that names a lead; an unclosed bracket runs to the end; a note over MAX_NOTE is not read; CRLF lines', () => {
    const notice = [
      '1.任务【市交通局牵头】〔市港务局配合〕',
      '2.任务(未闭合（市水利局牵头',
      `3.任务（${'x'.repeat(401)}牵头）`,
      `4.任务（${'x'.repeat(392)}，市城管局牵头）`,
      `5.任务（${'x'.repeat(393)}，市城管局牵头）`,
    ].join('\r\n');
    expect(tasksOf(notice)).toEqual([
      [1, 1, '任务〔市港务局配合〕', ['市交通局'], [], '', ''],
      [2, 2, '任务(未闭合', ['市水利局'], [], '', ''],
      [3, 4, '任务', ['市城管局'], [], '', ''],
    ]);
    expect(unplacedOf(notice).map((u) => u[0])).toEqual([3, 5]);
  });

  it('a plain paragraph with a note is a task of its own; one after a placed task is no description', () => {
    const notice = ['（十十）怪编号（市统计局牵头）', '说明一段话。', '加强督查（市审计局牵头）', '7.任务七（市民政局牵头）', '补充说明。'].join('\n');
    expect(tasksOf(notice)).toEqual([
      [1, 20, '怪编号', ['市统计局'], [], '', ''],
      [2, 0, '加强督查', ['市审计局'], [], '', '（十十）怪编号（市统计局牵头）'],
      [3, 7, '任务七', ['市民政局'], [], '', '（十十）怪编号（市统计局牵头）'],
    ]);
    expect(unplacedOf(notice)).toEqual([]);
  });
});

describe('titles and lead lines', () => {
  it('a line ending 通知/方案… of at most 80 characters is the document title', () => {
    const title80 = `${'长'.repeat(78)}通知`;
    const title81 = `${'长'.repeat(79)}通知`;
    const notice = [title80, '8.任务八（市民政局牵头）', title81, '9.任务九（市民政局牵头）', '关于做好工作的意见', '10.任务十（市民政局牵头）'].join('\n');
    expect(tasksOf(notice).map((t) => [t[1], t[6]])).toEqual([
      [8, title80],
      [9, title80],
      [10, '关于做好工作的意见'],
    ]);
  });

  it('the first non-empty lead line leads, the first responsible line is responsible; 1.2亿 is no numbered task', () => {
    const notice = [
      '1.2亿元项目。',
      '10 、任务十',
      '牵头单位：',
      '牵头单位：市城管局',
      '牵头单位：市水务局',
      '责任单位：市财政局',
      '责任单位：市审计局',
      '11.任务十一（由市统计局牵头）',
      '责任单位：市科技局',
      '',
      '  ',
    ].join('\n');
    expect(tasksOf(notice)).toEqual([
      [1, 10, '任务十', ['市城管局'], ['市财政局'], '', ''],
      [2, 11, '任务十一', ['市统计局'], [], '', ''],
    ]);
    expect(unplacedOf(notice)).toEqual([]);
  });

  it('a responsible line before any lead is ignored; a section without a lead is a heading, not unplaced', () => {
    const notice = ['（四）标题。', '责任单位：市财政局', '牵头单位：市城管局', '12.任务。'].join('\n');
    expect(tasksOf(notice)).toEqual([[1, 4, '标题。', ['市城管局'], [], '', '']]);
    expect(unplacedOf(notice)).toEqual([[12, '任务。', '（四）标题', 'no-lead-unit']]);
  });

  it('a lead line stands on its own: the next paragraph is not glued to its unit, unless the list of units visibly goes on', () => {
    expect(tasksOf(['13.任务', '牵头单位：市城管局', '补充说明。'].join('\n'))).toEqual([[1, 13, '任务', ['市城管局'], [], '', '']]);
    expect(tasksOf(['（一）推进改革', '牵头单位：市城管局', '加强督查（市审计局牵头）'].join('\n'))).toEqual([
      [1, 1, '推进改革', ['市城管局'], [], '', ''],
      [2, 0, '加强督查', ['市审计局'], [], '', '（一）推进改革'],
    ]);
    expect(tasksOf(['（一）推进改革', '牵头单位：市城管局、', '市统计局', '责任单位：市财政局，', '市审计局'].join('\n'))).toEqual([
      [1, 1, '推进改革', ['市城管局', '市统计局'], ['市财政局', '市审计局'], '', ''],
    ]);
  });

  it('a task whose lead came on a line of its own ends at the next paragraph', () => {
    expect(tasksOf(['13.任务', '牵头单位：市城管局', '责任单位：市财政局', '补充说明。'].join('\n'))).toEqual([[1, 13, '任务', ['市城管局'], ['市财政局'], '', '']]);
  });
});
