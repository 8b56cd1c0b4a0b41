import type { Lang } from '../core/catalog';

/** The CLI's own words (headings, labels, usage), in both languages. Codes' texts live in the catalog. */
export const UI_TEXT = {
  file: { zh: '文件', en: 'File' },
  sheet: { zh: '工作表', en: 'Sheet' },
  sheetLine: {
    zh: '工作表“{sheet}”：模板 {template}，表头在第 {headerRow} 行，任务 {dataRows} 行',
    en: 'Sheet "{sheet}": template {template}, header on row {headerRow}, {dataRows} task rows',
  },
  noFindings: { zh: '没有发现问题。', en: 'No problems found.' },
  unreadable: { zh: '无法读取', en: 'Cannot read' },
  skipped: { zh: '跳过的工作表', en: 'Skipped sheets' },
  'skip.hidden': { zh: '隐藏', en: 'hidden' },
  'skip.no-header': { zh: '没有找到表头', en: 'no matching header' },
  'skip.empty': { zh: '空白', en: 'empty' },
  'severity.error': { zh: '错误', en: 'error' },
  'severity.warning': { zh: '警告', en: 'warning' },
  'severity.info': { zh: '提示', en: 'info' },
  value: { zh: '内容', en: 'value' },
  summary: {
    zh: '共检查 {files} 个文件：错误 {errors} 个，警告 {warnings} 个，提示 {infos} 个，无法读取 {unreadable} 个。',
    en: 'Checked {files} files: {errors} errors, {warnings} warnings, {infos} infos, {unreadable} unreadable.',
  },
  filesWithErrors: { zh: '有错误的文件（{n} 个）：', en: 'Files with errors ({n}):' },
  errorsInFile: { zh: '{n} 个错误', en: '{n} errors' },
  filesUnreadable: { zh: '无法读取的文件（{n} 个）：', en: 'Files that could not be read ({n}):' },
  unitsWithoutFile: { zh: '任务清单中另有 {n} 个单位没有报送文件：{list}', en: '{n} units of the master list have no file here: {list}' },
  noInputs: { zh: '请给出要检查的文件或文件夹。', en: 'Give the files or folders to check.' },
  usage: {
    zh: `用法：progress-report <命令> [选项]

命令：
  validate [--json] [--errors-only] [--master 任务清单] [--template 模板名|模板.json] [--units 单位名录] [--lang zh|en] 文件|文件夹...
      检查报表，逐个单元格指出问题和修改建议；最后列出有错误的文件。
  merge [--json] [--master 任务清单] [--template 模板] --out 汇总.xlsx 文件|文件夹...
      把各单位报送的报表汇总成一个工作簿（汇总、统计、问题、未报送），并列出未报送的单位和有错误的文件。
  fix [--json] [--only 代码,...] [--renumber] [--template 模板] [--units 单位名录] (--out 修正后.xlsx 文件 | --out-dir 文件夹 文件...)
      修正机械性错误（状态写法、单位别名、序号格式、条目编号、多余的“、”和空格），另存一份并列出每处修改。
  compare [--json] [--template 模板] [--out 对比.xlsx] 上期文件 本期文件
      对比两个报告期：状态变化、新增或缺失的任务、只在一期报送的单位、照搬上期的进展。
  import-tasks [--json] [--template 模板] --out 任务清单.xlsx 通知.txt
      从通知正文中提取任务清单（序号、任务、牵头部门、责任部门、完成时限）。
  template [--template 模板] [--period 报告期] (--master 任务清单 --out 文件夹 | --out 空白报表.xlsx)
      生成空白报表；有任务清单时为每个单位生成预填序号和任务的报表（另附全部文件的 zip）。
  serve [--data 文件夹] [--port 端口] [--host 地址] [--demo]；serve --add-admin 用户名
      启动报送平台（各单位通过链接报送，汇总单位实时查看并一键汇总）；--add-admin 添加汇总单位账号。
  samples --out 文件夹
      用种子文档生成示例工作簿。
  demo
      命令行演示：生成示例工作簿，检查并汇总它们（npm run demo；npm start 打开的是浏览器中的任务窗格）。

每个命令的详细说明：progress-report help <命令>，或 progress-report <命令> --help。版本：progress-report --version。

退出码：0 没有错误；1 有错误；2 文件无法读取或参数有误。`,
    en: `Usage: progress-report <command> [options]

Commands:
  validate [--json] [--errors-only] [--master FILE] [--template NAME|FILE.json] [--units FILE] [--lang zh|en] FILE|FOLDER...
      Check report sheets; every problem with its cell and what to write instead; the files with errors at the end.
  merge [--json] [--master FILE] [--template T] --out OUT.xlsx FILE|FOLDER...
      Merge departmental submissions into one workbook (汇总, 统计, 问题, 未报送); lists who has not reported and the files with errors.
  fix [--json] [--only CODE,...] [--renumber] [--template T] [--units FILE] (--out FIXED.xlsx FILE | --out-dir DIR FILE...)
      Fix the mechanical defects into a copy and print every change; exit 1 while errors no fix can solve remain.
  compare [--json] [--template T] [--out COMPARE.xlsx] OLD NEW
      Compare two periods: status changes, tasks added or dropped, units in one period only, progress pasted again.
  import-tasks [--json] [--template T] --out TASKS.xlsx NOTICE.txt
      Turn the numbered tasks of a notice into a master list (序号, task, lead units, responsible units, deadline).
  template [--template T] [--period PERIOD] (--master FILE --out DIR | --out BLANK.xlsx)
      Write a blank report; with a master list, one pre-filled report per unit (and one zip of them all).
  serve [--data DIR] [--port N] [--host H] [--demo]; serve --add-admin NAME
      Start the submission inbox (units submit through links; the compiler watches and merges); --add-admin adds the compiler's account.
  samples --out DIR
      Write the sample workbooks generated from the seed documents.
  demo
      The command-line demo: write the samples, check and merge them (npm run demo; npm start opens the task pane in the browser).

Help on one command: progress-report help <command>, or progress-report <command> --help. Version: progress-report --version.

Exit codes: 0 no errors; 1 errors found; 2 a file could not be read or the arguments are wrong.`,
  },
} satisfies Record<string, Record<Lang, string>>;

export type UiKey = keyof typeof UI_TEXT;

export function ui(key: UiKey, lang: Lang, params: Record<string, string | number> = {}): string {
  return UI_TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] !== undefined ? String(params[name]) : whole));
}
