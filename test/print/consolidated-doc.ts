import type { MergeDocument } from '../../src/core/merge/merge-document';

/** A small consolidated document written by hand: three tasks, two units, one missing unit. */
export const LONG_PROGRESS =
  '1. 已完成项目立项，召开专题协调会议三次，明确责任分工和时间节点。\n2. 正在开展施工招标，预计下月底前完成招标工作并进场施工。\n3. 同步推进配套道路、管网建设，完成投资约1.2亿元，占年度计划的45%。';

export function smallDocument(overrides: Partial<MergeDocument> = {}): MergeDocument {
  return {
    inputs: 2,
    rowsIn: 3,
    rowsMerged: 3,
    rowsSkipped: 0,
    rowsUnplaced: 0,
    period: '2024年上半年',
    tasks: [
      {
        seq: 1,
        task: '推进重大项目建设',
        progress: LONG_PROGRESS,
        leads: ['市发展改革委'],
        status: '按时推进',
        sources: [{ file: '/in/市发展改革委.xlsx', sheet: 'Sheet1', row: 3, unit: '市发展改革委' }],
      },
      {
        seq: 2,
        task: '优化营商环境',
        progress: '已完成。',
        leads: ['市政务服务局', '市发展改革委'],
        status: '已完成',
        sources: [{ file: '/in/市政务服务局.xlsx', sheet: 'Sheet1', row: 3, unit: '市政务服务局' }],
      },
      { seq: 3, task: '加强科技创新', progress: '', leads: ['市科技局'], status: '', sources: [] },
    ],
    byStatus: { 已完成: 1, 进度较快: 0, 按时推进: 1, 部分滞后: 0, 进度滞后: 0 },
    noStatus: 1,
    missing: [
      { seq: 5, task: '建设创新平台', unit: '市科技局' },
      { seq: 3, task: '加强科技创新', unit: '市科技局' },
      { seq: 7, task: '招商引资', unit: '市商务局' },
    ],
    perUnit: [
      { unit: '市发展改革委', tasks: 2, byStatus: { 已完成: 1, 按时推进: 1 }, noStatus: 0, missing: 0 },
      { unit: '市政务服务局', tasks: 1, byStatus: { 已完成: 1 }, noStatus: 0, missing: 0 },
      { unit: '市科技局', tasks: 1, byStatus: {}, noStatus: 1, missing: 2 },
    ],
    findings: [
      { file: '/in/市发展改革委.xlsx', sheet: 'Sheet1', code: 'status-empty', severity: 'warning', row: 5, column: '进展状态', cell: 'E5', value: '', message: '进展状态为空', hint: '填写进展状态' },
    ],
    skipped: [],
    skippedSheets: [],
    incomplete: [],
    unreadable: [{ file: '/in/坏文件.xlsx', code: 'file-corrupt', message: '文件已损坏' }],
    ...overrides,
  };
}
