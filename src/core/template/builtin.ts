import { Template, TemplateInput, templateSchema } from './schema';
import {
  DEADLINE_WORDS,
  LEADER_WORDS,
  PERCENT_WORDS,
  PROGRESS_WORDS,
  REACHED_WORDS,
  REMARKS_WORDS,
  RESPONSIBLE_WORDS,
  roleColumn,
  SEQ_WORDS,
  STATUS_WORDS,
  TASK_WORDS,
  UNITS_WORDS,
} from './vocabulary';

/**
 * The progress table (序号 / 主要工作任务 / 进展情况 / 牵头部门 / 进展状态) and its real variants:
 * the column roles come from `vocabulary.ts`. Lead units and status are optional: a published table
 * without them (units written in 备注, no status column) is not an error, and statistics count what
 * the table has; a yes/no column (是否达序) is a status of kind yes-no.
 */
const progressInput: TemplateInput = {
  name: 'progress',
  title: '重点工作进展情况表',
  columns: [
    roleColumn(SEQ_WORDS, true),
    roleColumn(TASK_WORDS, true),
    roleColumn(PROGRESS_WORDS, true),
    roleColumn(UNITS_WORDS, 'may-be-absent'),
    roleColumn(STATUS_WORDS, 'may-be-absent'),
    roleColumn(DEADLINE_WORDS, false),
    roleColumn(RESPONSIBLE_WORDS, false),
    roleColumn(REACHED_WORDS, false),
    roleColumn(PERCENT_WORDS, false),
    roleColumn(LEADER_WORDS, false),
    roleColumn(REMARKS_WORDS, false),
  ],
  statuses: [
    { name: '已完成', aliases: ['完成', '全面完成', '已办结', '提前完成', '超额完成', '完成任务'], rank: 0, colour: '#C6EFCE', state: 'done' },
    { name: '进度较快', aliases: ['超进度', '超序时', '超序时进度', '进展较快'], rank: 1, colour: '#DDEBF7', state: 'ahead' },
    { name: '按时推进', aliases: ['序时推进', '达进度', '正常推进', '按序时推进', '按计划推进', '顺利推进', '达到时间进度', '按进度推进'], rank: 2, colour: '#FFFFFF', state: 'on-track' },
    { name: '部分滞后', aliases: ['慢序时', '略有滞后', '推进缓慢', '进展偏慢'], rank: 3, colour: '#FFEB9C', state: 'behind' },
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

/**
 * The compiler's task list as handed out: 序号 / task / lead units, possibly responsible units, a
 * deadline, a leader and remarks, but no progress. `validate` recognises it as a master list.
 */
const masterInput: TemplateInput = {
  name: 'master',
  title: '任务清单',
  columns: [
    roleColumn(SEQ_WORDS, true),
    roleColumn(TASK_WORDS, true),
    roleColumn(UNITS_WORDS, true),
    roleColumn(RESPONSIBLE_WORDS, false),
    roleColumn(DEADLINE_WORDS, false),
    roleColumn(LEADER_WORDS, false),
    roleColumn(REMARKS_WORDS, false),
  ],
};

export const MASTER_TEMPLATE: Template = templateSchema.parse(masterInput);

export const BUILTIN_TEMPLATES: readonly Template[] = [templateSchema.parse(progressInput), templateSchema.parse(liaisonInput)];

/** Templates a sheet is detected from by default: the built-in reports and the master list. */
export const DETECTABLE_TEMPLATES: readonly Template[] = [...BUILTIN_TEMPLATES, MASTER_TEMPLATE];

export function builtinTemplate(name: string): Template | undefined {
  return DETECTABLE_TEMPLATES.find((t) => t.name === name);
}
