import { Template, TemplateInput, templateSchema } from './schema';

/** The standard table of `seeds/004_*`: 序号 / 主要工作任务 / 进展情况 / 牵头部门 / 进展状态. */
const progressInput: TemplateInput = {
  name: 'progress',
  title: '重点工作进展情况表',
  columns: [
    { key: 'seq', label: '序号', aliases: ['编号', '序'], kind: 'seq' },
    { key: 'task', label: '主要工作任务', aliases: ['重点任务', '工作任务', '主要任务', '重点工作任务', '任务内容', '重点工作'], kind: 'task' },
    { key: 'progress', label: '进展情况', aliases: ['推进情况', '完成情况', '工作进展', '进展', '落实情况', '工作进展情况'], kind: 'progress' },
    { key: 'units', label: '牵头部门', aliases: ['牵头单位', '责任单位', '责任部门', '牵头领导及部门', '牵头责任单位'], kind: 'units' },
    { key: 'status', label: '进展状态', aliases: ['状态', '推进状态', '完成状态', '进度状态'], kind: 'status' },
    { key: 'deadline', label: '完成时限', aliases: ['时间节点', '完成时间', '时限要求', '完成期限'], required: false, kind: 'deadline' },
  ],
  statuses: [
    { name: '已完成', aliases: ['完成', '全面完成'], rank: 0, colour: '#C6EFCE', state: 'done' },
    { name: '进度较快', aliases: ['超进度', '超序时'], rank: 1, colour: '#DDEBF7', state: 'ahead' },
    { name: '按时推进', aliases: ['序时推进', '达进度', '正常推进', '按序时推进', '按计划推进'], rank: 2, colour: '#FFFFFF', state: 'on-track' },
    { name: '部分滞后', aliases: ['慢序时', '略有滞后'], rank: 3, colour: '#FFEB9C', state: 'behind' },
    { name: '进度滞后', aliases: ['欠进度', '严重滞后', '滞后于序时'], rank: 4, colour: '#FFC7CE', state: 'behind' },
  ],
};

/** The liaison table of `seeds/000_*` and `001_*`: 单位 / 对接单位 / 对接情况 / 对接的初步成果. */
const liaisonInput: TemplateInput = {
  name: 'liaison',
  title: '部门对接情况表',
  columns: [
    { key: 'unit', label: '单位', aliases: ['填报单位', '部门'], kind: 'units' },
    { key: 'partners', label: '对接单位', aliases: ['对接部门', '对接对象'], kind: 'text' },
    { key: 'progress', label: '对接情况', aliases: ['对接内容'], kind: 'progress' },
    { key: 'results', label: '对接的初步成果', aliases: ['初步成果', '对接成果'], kind: 'text' },
  ],
  statuses: [],
};

export const BUILTIN_TEMPLATES: readonly Template[] = [templateSchema.parse(progressInput), templateSchema.parse(liaisonInput)];

export function builtinTemplate(name: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.name === name);
}
