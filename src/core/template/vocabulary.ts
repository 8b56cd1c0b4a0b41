import type { ColumnKind, StatusKind } from './schema';

/**
 * The header words of real published progress tables, by column role. Gathered from the tables
 * under fixtures/real-tables/ (each with its source) and the seeds: 民生实事 进度表, 政府工作报告
 * 目标任务 推进情况, 重点工作 一季度进展, task lists. A label scores 3, an alias 2, a weak alias 1
 * (it names the column only when no better-named column is there: 目标任务 beside 项目名称).
 */
export interface RoleWords {
  key: string;
  kind: ColumnKind;
  label: string;
  aliases: string[];
  weakAliases?: string[];
  statusKind?: StatusKind;
}

export const SEQ_WORDS: RoleWords = { key: 'seq', kind: 'seq', label: '序号', aliases: ['编号', '序', '项次'] };

export const TASK_WORDS: RoleWords = {
  key: 'task',
  kind: 'task',
  label: '主要工作任务',
  aliases: [
    '重点任务',
    '工作任务',
    '主要任务',
    '重点工作任务',
    '任务内容',
    '重点工作',
    '项目名称',
    '项目内容',
    '实事项目',
    '民生实事项目',
    '工作内容',
    '督查事项',
    '督办事项',
    '重点事项',
    '具体任务',
    '改革任务',
    '工作事项',
    '任务名称',
    '事项',
  ],
  weakAliases: ['目标任务', '考核指标', '指标名称', '内容与要求', '建设内容', '项目', '任务', '工作目标', '具体内容', '主要内容'],
};

export const PROGRESS_WORDS: RoleWords = {
  key: 'progress',
  kind: 'progress',
  label: '进展情况',
  aliases: [
    '推进情况',
    '完成情况',
    '工作进展',
    '进展',
    '落实情况',
    '工作进展情况',
    '当前进度',
    '实际完成情况',
    '形象进度',
    '办理情况',
    '整改进展',
    '整改情况',
    '推进落实情况',
    '工作推进情况',
    '进展情况及存在问题',
  ],
  weakAliases: ['进度', '已完成数', '完成数', '实际完成', '工作开展情况'],
};

export const UNITS_WORDS: RoleWords = {
  key: 'units',
  kind: 'units',
  label: '牵头部门',
  aliases: ['牵头单位', '牵头领导及部门', '牵头责任单位', '市级牵头责任单位', '承办单位', '主办单位', '牵头部门(单位)', '责任主体'],
  weakAliases: ['责任单位', '责任部门'],
};

export const RESPONSIBLE_WORDS: RoleWords = {
  key: 'responsible',
  kind: 'responsible',
  label: '责任单位',
  aliases: ['责任部门', '配合单位', '配合部门', '协办单位', '参与单位', '协同单位', '配合责任单位'],
  weakAliases: ['业主单位'],
};

export const STATUS_WORDS: RoleWords = {
  key: 'status',
  kind: 'status',
  label: '进展状态',
  aliases: ['状态', '推进状态', '完成状态', '进度状态', '目标完成情况', '完成成效', '进度评价', '推进评价'],
};

export const REACHED_WORDS: RoleWords = {
  key: 'reached',
  kind: 'status',
  statusKind: 'yes-no',
  label: '是否达序',
  aliases: ['是否完成', '是否达到序时进度', '是否按序时推进', '是否达到时序进度', '是否办结', '是否完成整改', '是否达到进度'],
};

export const PERCENT_WORDS: RoleWords = {
  key: 'percent',
  kind: 'percent',
  label: '完成比例',
  aliases: ['完成进度', '任务完成率', '完成率', '占年任务之比', '完成目标', '完成百分比', '占年度目标'],
};

export const DEADLINE_WORDS: RoleWords = { key: 'deadline', kind: 'deadline', label: '完成时限', aliases: ['时间节点', '完成时间', '时限要求', '完成期限', '整改时限', '办结时限', '时间要求'] };
export const LEADER_WORDS: RoleWords = { key: 'leader', kind: 'leader', label: '牵头领导', aliases: ['责任领导', '分管领导', '市级领导', '包抓领导', '牵头市领导', '牵头区领导', '牵头县领导'] };
export const REMARKS_WORDS: RoleWords = { key: 'remarks', kind: 'remarks', label: '备注', aliases: ['说明'] };

/** A template column from a role's words. */
export function roleColumn(
  words: RoleWords,
  required: boolean | 'may-be-absent',
): { key: string; label: string; aliases: string[]; weakAliases: string[]; kind: ColumnKind; required: boolean; mayBeAbsent: boolean; statusKind?: StatusKind } {
  return {
    key: words.key,
    label: words.label,
    aliases: words.aliases,
    weakAliases: words.weakAliases ?? [],
    kind: words.kind,
    required: required !== false,
    mayBeAbsent: required === 'may-be-absent',
    ...(words.statusKind ? { statusKind: words.statusKind } : {}),
  };
}
