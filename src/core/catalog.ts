/**
 * The one catalog of every finding code and error code, with its default severity and its Chinese
 * and English texts. Nothing else in the project holds user-facing wording for a code; the README's
 * list of codes is generated from this file (`npm run docs:codes`).
 *
 * Templates are `{name}` placeholders filled from a finding's params at the edge.
 * `hint` says what to write instead; `hintWithSuggestion` is used when the finding carries a suggestion.
 */
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';

export interface LocalisedText {
  title: string;
  message: string;
  hint?: string;
  hintWithSuggestion?: string;
}

export interface CatalogEntry {
  severity: Severity;
  /** Which stage produces it: reading the header, checking rows, or merging submissions. */
  stage: 'header' | 'row' | 'sheet' | 'merge';
  zh: LocalisedText;
  en: LocalisedText;
}

/** The fill that marks a finding's cell, on the sheet (Excel) and in annotated copies (browser). */
export const SEVERITY_FILL: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

export const FINDING_CODES = [
  'header-not-found',
  'missing-column',
  'duplicate-column',
  'seq-missing',
  'seq-invalid',
  'seq-duplicate',
  'seq-gap',
  'task-missing',
  'progress-missing',
  'unit-missing',
  'unit-unknown',
  'unit-alias',
  'status-missing',
  'status-unknown',
  'progress-numbering',
  'too-many-findings',
  'deadline-passed',
  'status-contradiction',
  'progress-unchanged',
  'status-changed',
  'task-added',
  'task-dropped',
  'unit-not-reported',
  'task-mismatch',
  'unexpected-task',
  'duplicate-submission',
  'status-conflict',
  'missing-submission',
  'status-alias',
  'task-unplaced',
  'role-missing',
  'compare-no-match',
] as const;

export type FindingCode = (typeof FINDING_CODES)[number];

export const FINDING_CATALOG: Record<FindingCode, CatalogEntry> = {
  'header-not-found': {
    severity: 'error',
    stage: 'header',
    zh: {
      title: '未找到表头',
      message: '没有找到模板“{template}”的表头：前 {scanned} 行中没有一行包含这些列名：{labels}。',
      hint: '请在数据上方加一行表头，列名写作：{labels}；或用 --template 指定模板。',
    },
    en: {
      title: 'Header not found',
      message: 'No header of template "{template}" in the first {scanned} rows; expected the column names {labels}.',
      hint: 'Add a header row above the data with the columns {labels}, or choose the template with --template.',
    },
  },
  'missing-column': {
    severity: 'error',
    stage: 'header',
    zh: { title: '缺少列', message: '表头缺少“{column}”列。', hint: '请在表头中增加一列“{column}”。' },
    en: { title: 'Missing column', message: 'The header has no "{column}" column.', hint: 'Add a "{column}" column to the header.' },
  },
  'duplicate-column': {
    severity: 'error',
    stage: 'header',
    zh: { title: '列重复', message: '“{column}”列出现了不止一次（{cells}），只检查第一列。', hint: '删除或改名多余的“{column}”列。' },
    en: { title: 'Duplicate column', message: 'The "{column}" column appears more than once ({cells}); only the first is checked.', hint: 'Remove or rename the extra "{column}" column.' },
  },
  'seq-missing': {
    severity: 'warning',
    stage: 'row',
    zh: {
      title: '缺少序号',
      message: '这一行有内容但没有序号，上方也没有合并的序号单元格。',
      hint: '请填写序号；如果是上一项任务的子项，请把序号单元格与上一行合并。',
    },
    en: {
      title: 'Missing sequence number',
      message: 'This row has content but no 序号, and no merged 序号 above it.',
      hint: 'Fill in the 序号; if the row belongs to the task above, merge its 序号 cell with the one above.',
    },
  },
  'seq-invalid': {
    severity: 'error',
    stage: 'row',
    zh: { title: '序号无效', message: '序号“{value}”不是一个编号。', hint: '请写成阿拉伯数字，如 1、2、3。' },
    en: { title: 'Invalid sequence number', message: '"{value}" is not a sequence number.', hint: 'Write it as a plain number such as 1, 2, 3.' },
  },
  'seq-duplicate': {
    severity: 'error',
    stage: 'row',
    zh: {
      title: '序号重复',
      message: '序号 {seq} 已在第 {firstRow} 行出现。',
      hint: '一项任务只用一个序号；同一任务的多行请合并序号单元格。',
    },
    en: {
      title: 'Duplicate sequence number',
      message: 'Sequence number {seq} already appears on row {firstRow}.',
      hint: 'Give each task one number; for one task on several rows, merge the 序号 cells.',
    },
  },
  'seq-gap': {
    severity: 'warning',
    stage: 'sheet',
    zh: { title: '序号不连续', message: '序号 {previous} 之后是 {seq}，缺少 {missing}。', hint: '核对是否漏填了任务，或按任务清单的序号填写。' },
    en: { title: 'Gap in sequence numbers', message: 'Sequence number {seq} follows {previous}; {missing} is missing.', hint: 'Check for a missing task, or use the numbers of the task list.' },
  },
  'task-missing': {
    severity: 'error',
    stage: 'row',
    zh: { title: '缺少工作任务', message: '“{column}”为空。', hint: '请按任务清单填写这项任务的内容。' },
    en: { title: 'Missing task', message: '"{column}" is empty.', hint: 'Copy the task text from the task list.' },
  },
  'progress-missing': {
    severity: 'error',
    stage: 'row',
    zh: { title: '缺少进展情况', message: '“{column}”为空。', hint: '请填写本期进展，按 1.、2.、3. 分条列出。' },
    en: { title: 'Missing progress', message: '"{column}" is empty.', hint: 'Describe this period\'s progress as numbered items 1., 2., 3.' },
  },
  'unit-missing': {
    severity: 'error',
    stage: 'row',
    zh: { title: '缺少牵头部门', message: '“{column}”为空。', hint: '请填写牵头部门；多个部门用“、”分隔，排在第一个的为牵头单位。' },
    en: { title: 'Missing lead unit', message: '"{column}" is empty.', hint: 'Name the lead unit; separate several units with 、, the first one leads.' },
  },
  'unit-unknown': {
    severity: 'warning',
    stage: 'row',
    zh: {
      title: '单位不在名录中',
      message: '“{unit}”不在单位名录中。',
      hint: '请使用名录中的规范名称。',
      hintWithSuggestion: '是否应为“{suggestion}”？',
    },
    en: {
      title: 'Unit not in directory',
      message: '"{unit}" is not in the units directory.',
      hint: 'Use the standard name from the directory.',
      hintWithSuggestion: 'Did you mean "{suggestion}"?',
    },
  },
  'unit-alias': {
    severity: 'warning',
    stage: 'row',
    zh: {
      title: '单位名称不规范',
      message: '“{unit}”不是规范名称（{basis}）。',
      hintWithSuggestion: '请写作“{suggestion}”。',
    },
    en: {
      title: 'Non-standard unit name',
      message: '"{unit}" is not the standard name ({basis}).',
      hintWithSuggestion: 'Write "{suggestion}".',
    },
  },
  'status-missing': {
    severity: 'error',
    stage: 'row',
    zh: { title: '缺少进展状态', message: '“{column}”为空。', hint: '请从以下状态中选择一项：{allowed}。' },
    en: { title: 'Missing status', message: '"{column}" is empty.', hint: 'Choose one of: {allowed}.' },
  },
  'status-unknown': {
    severity: 'error',
    stage: 'row',
    zh: {
      title: '进展状态无效',
      message: '“{value}”不是允许的进展状态{reason}。',
      hint: '请从以下状态中选择一项：{allowed}。',
      hintWithSuggestion: '应为“{suggestion}”。',
    },
    en: {
      title: 'Unknown status',
      message: '"{value}" is not an allowed status{reason}.',
      hint: 'Choose one of: {allowed}.',
      hintWithSuggestion: 'Write "{suggestion}".',
    },
  },
  'progress-numbering': {
    severity: 'warning',
    stage: 'row',
    zh: { title: '条目编号不连续', message: '进展条目编号为 {found}，应为 {expected}。', hint: '请按 1、2、3 顺序重新编号。' },
    en: { title: 'Item numbering', message: 'Progress items are numbered {found}; expected {expected}.', hint: 'Renumber the items 1, 2, 3 in order.' },
  },
  'too-many-findings': {
    severity: 'info',
    stage: 'sheet',
    zh: { title: '问题过多', message: '“{sheet}”中“{code}”类问题超过 {limit} 个，其余 {omitted} 个未逐条列出。', hint: '先修正已列出的问题，再重新检查。' },
    en: { title: 'Too many findings', message: 'More than {limit} "{code}" findings in "{sheet}"; {omitted} more are not listed one by one.', hint: 'Fix the listed ones first, then check again.' },
  },
  'deadline-passed': {
    severity: 'warning',
    stage: 'row',
    zh: { title: '已过完成时限', message: '完成时限“{deadline}”早于报告期末（{period}），进展状态却是“{value}”。', hint: '已完成的请改为“已完成”；未完成的请说明原因，并考虑改为滞后。' },
    en: { title: 'Deadline passed', message: 'The deadline "{deadline}" is before the end of the period ({period}), yet the status is "{value}".', hint: 'Mark it 已完成 if done; otherwise explain why and consider a 滞后 status.' },
  },
  'status-contradiction': {
    severity: 'warning',
    stage: 'row',
    zh: { title: '状态与进展矛盾', message: '进展情况写着“{phrase}”，进展状态却是“{value}”。', hint: '请核对进展状态与进展情况是否一致。' },
    en: { title: 'Status contradicts progress', message: 'The progress says "{phrase}" while the status is "{value}".', hint: 'Check that the status matches the progress text.' },
  },
  'progress-unchanged': {
    severity: 'warning',
    stage: 'merge',
    zh: { title: '进展与上期相同', message: '“{task}”的进展情况与上期（{previous}）{similarity}。', hint: '请填写本期的新进展，不要照搬上期内容。' },
    en: { title: 'Progress unchanged', message: 'The progress of "{task}" is {similarity} the previous period ({previous}).', hint: 'Report this period\'s progress instead of last period\'s text.' },
  },
  'status-changed': {
    severity: 'info',
    stage: 'merge',
    zh: { title: '状态变化', message: '“{task}”的进展状态由“{before}”变为“{value}”（{direction}）。' },
    en: { title: 'Status changed', message: 'The status of "{task}" changed from "{before}" to "{value}" ({direction}).' },
  },
  'task-added': {
    severity: 'info',
    stage: 'merge',
    zh: { title: '新增任务', message: '本期新增“{task}”，上期没有。' },
    en: { title: 'Task added', message: '"{task}" is new this period.' },
  },
  'task-dropped': {
    severity: 'warning',
    stage: 'merge',
    zh: { title: '任务缺失', message: '上期有“{task}”，本期没有。', hint: '核对是否漏报。' },
    en: { title: 'Task dropped', message: '"{task}" was reported last period but not this one.', hint: 'Check whether it was left out.' },
  },
  'unit-not-reported': {
    severity: 'warning',
    stage: 'merge',
    zh: { title: '单位本期未报', message: '“{unit}”{when}。' },
    en: { title: 'Unit reported in one period only', message: '"{unit}" {when}.' },
  },
  'task-mismatch': {
    severity: 'warning',
    stage: 'merge',
    zh: { title: '任务内容被改动', message: '“{unit}”报送的序号 {seq} 任务内容与{basis}不一致：报送为“{value}”，应为“{expected}”。', hint: '汇总表使用“{expected}”；请与报送单位核对。' },
    en: { title: 'Task text changed', message: '"{unit}" reported task {seq} as "{value}", but {basis} says "{expected}".', hint: 'The consolidated table uses "{expected}"; check with the unit.' },
  },
  'unexpected-task': {
    severity: 'warning',
    stage: 'merge',
    zh: { title: '任务清单中没有的序号', message: '“{unit}”报送了序号 {seq}，任务清单中没有这一项。', hint: '已列入汇总表末尾；请核对序号是否填错。' },
    en: { title: 'Task not in the master list', message: '"{unit}" reported task {seq}, which the master list does not have.', hint: 'It is listed at the end of the consolidated table; check the number.' },
  },
  'duplicate-submission': {
    severity: 'warning',
    stage: 'merge',
    zh: { title: '重复报送', message: '“{unit}”对序号 {seq} 报送了两次，采用了 {kept}（{reason}），未采用 {dropped}。', hint: '如采用的版本不对，请删除多余的文件后重新汇总。' },
    en: { title: 'Duplicate submission', message: '"{unit}" reported task {seq} twice; kept {kept} ({reason}), left out {dropped}.', hint: 'If the wrong copy was kept, remove the other file and merge again.' },
  },
  'status-conflict': {
    severity: 'info',
    stage: 'merge',
    zh: { title: '各单位状态不一致', message: '序号 {seq} 各单位报送的状态不同：{statuses}；汇总取最滞后的“{status}”。' },
    en: { title: 'Units disagree on status', message: 'Units report different statuses for task {seq}: {statuses}; the consolidated status is the most severe, "{status}".' },
  },
  'missing-submission': {
    severity: 'warning',
    stage: 'merge',
    zh: { title: '未报送', message: '“{unit}”没有报送序号 {seq}“{task}”的进展。', hint: '请催报。' },
    en: { title: 'Not submitted', message: '"{unit}" sent nothing for task {seq} "{task}".', hint: 'Chase the unit.' },
  },
  'status-alias': {
    severity: 'warning',
    stage: 'row',
    zh: { title: '状态写法不规范', message: '进展状态“{value}”是“{standard}”的另一种写法。', hint: '同一张表请统一写作“{standard}”。' },
    en: { title: 'Non-standard status', message: 'The status "{value}" is another spelling of "{standard}".', hint: 'A published table uses one vocabulary: write "{standard}".' },
  },
  'task-unplaced': {
    severity: 'warning',
    stage: 'merge',
    zh: { title: '未能对应到任务', message: '“{unit}”报送的第 {seq} 项“{value}”与任务清单中的任务对不上（{reason}），已单列在汇总表末尾，没有并入任何任务。', hint: '请核对序号和任务内容后重新汇总。' },
    en: { title: 'Row not placed', message: '"{unit}" reported item {seq} "{value}", which matches no master task ({reason}); it is listed apart at the end, merged into no task.', hint: 'Check the number and the task text, then merge again.' },
  },
  'role-missing': {
    severity: 'error',
    stage: 'merge',
    zh: { title: '缺少必需的列', message: '“{file}”的工作表“{sheet}”没有“{column}”列，汇总结果不完整。', hint: '请补上“{column}”列，或用 --template 指定该表的模板后重新运行。' },
    en: { title: 'Required column missing', message: 'Sheet "{sheet}" of "{file}" has no "{column}" column; the result is incomplete.', hint: 'Add the "{column}" column, or give the table\'s template with --template, and run again.' },
  },
  'compare-no-match': {
    severity: 'error',
    stage: 'merge',
    zh: { title: '两期没有对应的行', message: '两期报表中没有一行能对应上（上期 {before} 行，本期 {after} 行），对比没有结果。', hint: '请确认两个文件是同一张表的两期，或用 --template 指定模板。' },
    en: { title: 'No rows matched', message: 'No row of one period matches a row of the other ({before} rows before, {after} after); the comparison says nothing.', hint: 'Check that both files are two periods of one table, or give the template with --template.' },
  },
};

/** Texts that some params carry, in each language (kept here so no user text lives elsewhere). */
export const PARAM_TEXTS: Record<string, Record<Lang, string>> = {
  'basis.directory': { zh: '单位名录中的别名', en: 'an alias in the units directory' },
  'basis.data': { zh: '同一表中另有更完整的写法', en: 'the same data also spells it in full' },
  'reason.traditional': { zh: '（使用了繁体字）', en: ' (traditional characters)' },
  'reason.ambiguous': { zh: '（含义不明确，可能对应多个状态）', en: ' (ambiguous: it could be several statuses)' },
  'reason.none': { zh: '', en: '' },
  'when.dropped': { zh: '上期报送了，本期没有报送', en: 'reported last period but not this one' },
  'when.new': { zh: '本期新报送，上期没有', en: 'reported this period but not last' },
  'direction.worse': { zh: '变差', en: 'worse' },
  'direction.better': { zh: '变好', en: 'better' },
  'similarity.same': { zh: '完全相同', en: 'identical to' },
  'similarity.near': { zh: '几乎相同', en: 'nearly identical to' },
  'basis.master': { zh: '任务清单', en: 'the master list' },
  'basis.first': { zh: '先收到的报送', en: 'the first submission' },
  'kept.more-complete': { zh: '内容更完整', en: 'more complete' },
  'kept.later-file': { zh: '内容相同，取后读入的文件', en: 'same content, the later file' },
  'unplaced.text-differs': { zh: '序号相同但任务内容不同', en: 'same number, different task text' },
  'unplaced.no-match': { zh: '序号和任务内容都对不上', en: 'neither the number nor the task text matches' },
};

/** Errors that stop one file (never a batch): what happened and what the clerk should do. */
export const ERROR_CATALOG: Record<import('./errors').ReportErrorCode, Record<Lang, string>> = {
  'file-empty': { zh: '文件是空的（0 字节），可能没有下载完整，请重新获取文件。', en: 'The file is empty (0 bytes); it may not have downloaded completely. Get the file again.' },
  'file-not-spreadsheet': { zh: '这不是 Excel 工作簿（.xlsx）或 CSV 文件，请在 Excel 或 WPS 中打开并另存为 .xlsx。', en: 'This is not an Excel workbook (.xlsx) or CSV file. Open it in Excel or WPS and save it as .xlsx.' },
  'file-legacy-xls': { zh: '这是旧版 Excel 97-2003 格式（.xls），请在 Excel 或 WPS 中打开并另存为 .xlsx。', en: 'This is a legacy Excel 97-2003 (.xls) file. Open it in Excel or WPS and save it as .xlsx.' },
  'file-encrypted': { zh: '工作簿设置了打开密码，请去掉密码（文件 > 信息 > 保护工作簿）后另存再检查。', en: 'The workbook is password-protected. Remove the password (File > Info > Protect Workbook), save, and check again.' },
  'file-corrupt': { zh: '文件已损坏或不完整（{detail}），请让报送单位重新发送，或在 Excel 中打开后另存为 .xlsx。', en: 'The file is damaged or incomplete ({detail}). Ask the sender for it again, or open it in Excel and save it as .xlsx.' },
  'file-too-large': { zh: '文件中的“{part}”解压后超过 {limitMb} MB，为防止内存耗尽已拒绝读取；请删除无关的工作表后重试。', en: 'The part "{part}" would inflate past {limitMb} MB and was refused to keep memory bounded; remove unrelated sheets and try again.' },
  'file-unreadable': { zh: '无法读取文件：{detail}。请检查路径和访问权限。', en: 'Cannot read the file: {detail}. Check the path and permissions.' },
  'template-invalid': { zh: '模板文件“{file}”有误：{problems}', en: 'The template file "{file}" is invalid: {problems}' },
  'template-unknown': { zh: '没有名为“{name}”的模板；内置模板有：{known}，也可以给出模板 JSON 文件的路径。', en: 'There is no template "{name}"; built-in templates are {known}, or give the path of a template JSON file.' },
  'units-invalid': { zh: '单位名录“{file}”有误：{problems}', en: 'The units directory "{file}" is invalid: {problems}' },
  'argument-invalid': { zh: '{detail}', en: '{detail}' },
};

/** What a fix does, and why a finding gets none: shown in previews and change logs. */
export const FIX_KINDS = ['status-spelling', 'unit-alias', 'unit-spacing', 'seq-format', 'seq-renumber', 'progress-renumber'] as const;
export type FixKind = (typeof FIX_KINDS)[number];

export const FIX_CATALOG: Record<FixKind, Record<Lang, string>> = {
  'status-spelling': { zh: '进展状态改为标准写法', en: 'status in its standard spelling' },
  'unit-alias': { zh: '单位改为规范名称', en: 'unit in its standard name' },
  'unit-spacing': { zh: '去掉牵头部门末尾的“、”和多余空格', en: 'trailing 、 and stray spaces removed from the units' },
  'seq-format': { zh: '序号改为阿拉伯数字', en: 'sequence number as a plain number' },
  'seq-renumber': { zh: '序号重新编号', en: 'sequence numbers renumbered' },
  'progress-renumber': { zh: '进展条目重新编号为 1、2、3', en: 'progress items renumbered 1, 2, 3' },
};

export const NO_FIX_REASONS = ['needs-content', 'ambiguous', 'judgement', 'renumber-not-requested', 'structure', 'inside-merge'] as const;
export type NoFixReason = (typeof NO_FIX_REASONS)[number];

export const NO_FIX_CATALOG: Record<NoFixReason, Record<Lang, string>> = {
  'needs-content': { zh: '需要填报人补写内容，不能自动修正', en: 'needs content only the clerk can write' },
  ambiguous: { zh: '含义不明确，需要人工判断', en: 'ambiguous: a person has to decide' },
  judgement: { zh: '需要人工核对，不自动修改', en: 'a judgement call, left to a person' },
  'renumber-not-requested': { zh: '序号通常来自任务清单，只有选择“重新编号”时才修改', en: 'sequence numbers usually come from the master list; renumbered only on request' },
  structure: { zh: '表格结构问题，请调整表头', en: 'a problem with the table structure: fix the header' },
  'inside-merge': { zh: '单元格属于合并区域，只修改合并区域左上角', en: 'the cell is inside a merged range; only its top-left cell is changed' },
};
