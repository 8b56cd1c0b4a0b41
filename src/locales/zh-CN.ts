import type { Locale } from './types';

/** Every user-facing text of a code, in 简体中文. `{name}` is filled from the finding's params. */
export const zhCN: Locale = {
  findings: {
    'header-not-found': {
      title: '未找到表头',
      message: '没有找到模板“{template}”的表头：前 {scanned} 行中没有一行包含这些列名：{labels}。',
      hint: '请在数据上方加一行表头，列名写作：{labels}；或在“模板”页选择模板（命令行：--template）。',
    },
    'missing-column': {
      title: '缺少列',
      message: '表头缺少“{column}”列。',
      hint: '请在表头中增加一列“{column}”。',
    },
    'duplicate-column': {
      title: '列重复',
      message: '“{column}”列出现了不止一次（{cells}），只检查第一列。',
      hint: '删除或改名多余的“{column}”列。',
    },
    'seq-missing': {
      title: '缺少序号',
      message: '这一行有内容但没有序号，上方也没有合并的序号单元格。',
      hint: '请填写序号；如果是上一项任务的子项，请把序号单元格与上一行合并。',
    },
    'seq-invalid': {
      title: '序号无效',
      message: '这不是一个编号。',
      hint: '请写成阿拉伯数字，如 1、2、3。',
    },
    'seq-duplicate': {
      title: '序号重复',
      message: '序号 {seq} 已在第 {firstRow} 行出现。',
      hint: '一项任务只用一个序号；同一任务的多行请合并序号单元格。',
    },
    'seq-gap': {
      title: '序号不连续',
      message: '序号 {previous} 之后是 {seq}，缺少 {missing}。',
      hint: '核对是否漏填了任务，或按任务清单的序号填写。',
    },
    'task-missing': {
      title: '缺少工作任务',
      message: '“{column}”为空。',
      hint: '请按任务清单填写这项任务的内容。',
    },
    'progress-missing': {
      title: '缺少进展情况',
      message: '“{column}”为空。',
      hint: '请填写本期进展，按 1.、2.、3. 分条列出。',
    },
    'unit-missing': {
      title: '缺少牵头部门',
      message: '“{column}”为空。',
      hint: '请填写牵头部门；多个部门用“、”分隔，排在第一个的为牵头单位。',
    },
    'unit-unknown': {
      title: '单位不在名录中',
      message: '单位不在单位名录中。',
      hint: '请把“{unit}”改为名录中的规范名称。',
      hintWithSuggestion: '“{unit}”是否应为“{suggestion}”？',
    },
    'unit-alias': {
      title: '单位名称不规范',
      message: '单位名称不规范（{basis}）。',
      hintWithSuggestion: '请把“{unit}”写作“{suggestion}”。',
      values: { basis: { 'basis.directory': '单位名录中的别名', 'basis.data': '同一表中另有更完整的写法' } },
    },
    'status-missing': {
      title: '缺少进展状态',
      message: '“{column}”为空。',
      hint: '请从以下状态中选择一项：{allowed}。',
    },
    'status-unknown': {
      title: '进展状态无效',
      message: '这不是允许的进展状态{reason}。',
      hint: '请从以下状态中选择一项：{allowed}。',
      hintWithSuggestion: '应为“{suggestion}”。',
      values: { reason: { 'reason.traditional': '（使用了繁体字）', 'reason.ambiguous': '（含义不明确，可能对应多个状态）', 'reason.none': '' } },
    },
    'progress-numbering': {
      title: '条目编号不连续',
      message: '进展条目编号为 {found}，应为 {expected}。',
      hint: '请按 1、2、3 顺序重新编号。',
    },
    'too-many-findings': {
      title: '问题过多',
      message: '“{sheet}”中“{code}”类问题超过 {limit} 个，其余 {omitted} 个未逐条列出。',
      hint: '先修正已列出的问题，再重新检查。',
    },
    'deadline-passed': {
      title: '已过完成时限',
      message: '完成时限“{deadline}”早于报告期末（{period}），进展状态却不是“已完成”。',
      hint: '已完成的请改为“已完成”；未完成的请说明原因，并考虑改为滞后。',
    },
    'status-contradiction': {
      title: '状态与进展矛盾',
      message: '进展情况写着“{phrase}”，与这个进展状态矛盾。',
      hint: '请核对进展状态与进展情况是否一致。',
    },
    'progress-unchanged': {
      title: '进展与上期相同',
      message: '“{task}”的进展情况与上期（{previous}）{similarity}。',
      hint: '请填写本期的新进展，不要照搬上期内容。',
      values: { similarity: { 'similarity.same': '完全相同', 'similarity.near': '几乎相同' }, previous: { '': '上期' } },
    },
    'status-changed': {
      title: '状态变化',
      message: '“{task}”的进展状态由“{before}”变为“{value}”（{direction}）。',
      values: { direction: { 'direction.worse': '变差', 'direction.better': '变好' } },
    },
    'task-added': {
      title: '新增任务',
      message: '本期新增“{task}”，上期没有。',
    },
    'task-dropped': {
      title: '任务缺失',
      message: '上期有“{task}”，本期没有。',
      hint: '核对是否漏报。',
    },
    'unit-not-reported': {
      title: '单位本期未报',
      message: '“{unit}”{when}。',
      values: { when: { 'when.dropped': '上期报送了，本期没有报送', 'when.new': '本期新报送，上期没有' } },
    },
    'task-mismatch': {
      title: '任务内容被改动',
      message: '“{unit}”报送的序号 {seq} 任务内容与{basis}不一致，应为“{expected}”。',
      hint: '汇总表使用“{expected}”；请与报送单位核对。',
      values: { basis: { 'basis.master': '任务清单', 'basis.first': '先收到的报送' } },
    },
    'unexpected-task': {
      title: '任务清单中没有的序号',
      message: '“{unit}”报送了序号 {seq}，任务清单中没有这一项。',
      hint: '已列入汇总表末尾；请核对序号是否填错。',
    },
    'duplicate-submission': {
      title: '重复报送',
      message: '“{unit}”对序号 {seq} 报送了两次，采用了 {kept}（{reason}），未采用 {dropped}。',
      hint: '如采用的版本不对，请删除多余的文件后重新汇总。',
      values: { reason: { 'kept.more-complete': '内容更完整', 'kept.later-file': '内容相同，取后读入的文件' } },
    },
    'status-conflict': {
      title: '各单位状态不一致',
      message: '序号 {seq} 各单位报送的状态不同：{statuses}；汇总取最滞后的“{status}”。',
    },
    'missing-submission': {
      title: '未报送',
      message: '“{unit}”没有报送序号 {seq}“{task}”的进展。',
      hint: '请催报。',
    },
    'status-alias': {
      title: '状态写法不规范',
      message: '这是进展状态“{standard}”的另一种写法。',
      hint: '同一张表请统一写作“{standard}”。',
    },
    'task-unplaced': {
      title: '未能对应到任务',
      message: '“{unit}”报送的第 {seq} 项与任务清单中的任务对不上（{reason}），已单列在汇总表末尾，没有并入任何任务。',
      hint: '请核对序号和任务内容后重新汇总。',
      values: { reason: { 'unplaced.text-differs': '序号相同但任务内容不同', 'unplaced.no-match': '序号和任务内容都对不上' } },
    },
    'role-missing': {
      title: '缺少必需的列',
      message: '“{file}”的工作表“{sheet}”没有“{column}”列，汇总结果不完整。',
      hint: '请补上“{column}”列，或在“模板”页选择该表的模板（命令行：--template）后重新汇总。',
    },
    'compare-no-match': {
      title: '两期没有对应的行',
      message: '两期报表中没有一行能对应上（上期 {before} 行，本期 {after} 行），对比没有结果。',
      hint: '请确认两个文件是同一张表的两期（命令行可用 --template 指定模板）。',
    },
    'encoding-guessed': {
      title: '文件编码是推测的',
      message: '这个 CSV 文件没有标明编码，按 {encoding} 读取；有 {replaced} 处字节无法识别，已显示为 “�”。',
      hint: '请在 Excel 或 WPS 中另存为 .xlsx（或“CSV UTF-8”）后重新检查，以免文字被误读。',
    },
  },
  errors: {
    'file-empty': '文件是空的（0 字节），可能没有下载完整，请重新获取文件。',
    'file-not-spreadsheet': '这不是 Excel 工作簿（.xlsx）或 CSV 文件，请在 Excel 或 WPS 中打开并另存为 .xlsx。',
    'file-legacy-xls': '这是旧版 Excel 97-2003 格式（.xls），请在 Excel 或 WPS 中打开并另存为 .xlsx。',
    'file-encrypted': '工作簿设置了打开密码，请去掉密码（文件 > 信息 > 保护工作簿）后另存再检查。',
    'file-corrupt': '文件已损坏或不完整（{detail}），请让报送单位重新发送，或在 Excel 中打开后另存为 .xlsx。',
    'file-too-large': '文件中的“{part}”解压后超过 {limitMb} MB，为防止内存耗尽已拒绝读取；请删除无关的工作表后重试。',
    'file-unreadable': '无法读取文件 {path}：{reason}（{osCode}）。请检查路径和访问权限。',
    'template-invalid': '模板文件“{file}”有误：{problems}',
    'template-unknown': '没有名为“{name}”的模板；内置模板有：{known}，也可以给出模板 JSON 文件的路径。',
    'units-invalid': '单位名录“{file}”有误：{problems}',
    'argument-invalid': '{detail}',
    'download-unsupported': '在 Mac 版 Excel 中无法下载“{name}”，请在浏览器中打开本页下载。',
  },
  errorValues: {
    'file-unreadable': {
      reason: { 'unreadable.not-found': '找不到该文件', 'unreadable.is-folder': '这是一个文件夹', 'unreadable.denied': '没有读取权限', 'unreadable.other': '系统无法读取' },
    },
  },
  errorInFile: '{file}：{message}',
  fixes: {
    'status-spelling': '进展状态改为标准写法',
    'unit-alias': '单位改为规范名称',
    'unit-spacing': '去掉牵头部门末尾的“、”和多余空格',
    'seq-format': '序号改为阿拉伯数字',
    'seq-renumber': '序号重新编号',
    'progress-renumber': '进展条目重新编号为 1、2、3',
  },
  noFix: {
    'needs-content': '需要填报人补写内容，不能自动修正',
    ambiguous: '含义不明确，需要人工判断',
    judgement: '需要人工核对，不自动修改',
    'renumber-not-requested': '序号通常来自任务清单，只有选择“重新编号”时才修改',
    structure: '表格结构问题，请调整表头',
    'inside-merge': '单元格属于合并区域，只修改合并区域左上角',
  },
};
