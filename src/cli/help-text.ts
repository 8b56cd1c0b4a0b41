import type { Lang } from '../core/catalog';

/**
 * Per-command help (`progress-report validate --help`, `progress-report help validate`): the
 * command's usage line, what it does and each option. The overview (`progress-report --help`)
 * lists the commands with their usage lines and lives in ui-text.ts.
 */
export interface CommandHelp {
  usage: string;
  about: string;
  options: [string, string][];
}

export const COMMAND_HELP: Record<string, Record<Lang, CommandHelp>> = {
  validate: {
    zh: {
      usage: 'progress-report validate [--json] [--errors-only] [--master 任务清单] [--template 模板名|模板.json] [--units 单位名录] [--lang zh|en] 文件|文件夹...',
      about: '检查报表，逐个单元格指出问题和修改建议；最后列出有错误的文件。',
      options: [
        ['--json', '输出一个 JSON 文档（格式见 README）。'],
        ['--errors-only', '只列出错误（警告和提示只计数），适合一次检查很多文件。'],
        ['--master 任务清单', '按任务清单核对各单位报送：序号与任务内容是否与清单一致、清单中的任务是否漏报。'],
        ['--template 模板', '内置模板名（progress、liaison）或模板 JSON 文件。'],
        ['--units 单位名录', '单位名录（JSON、CSV 或 .xlsx），用于核对单位名称。'],
        ['--lang zh|en', '输出语言。'],
      ],
    },
    en: {
      usage: 'progress-report validate [--json] [--errors-only] [--master FILE] [--template NAME|FILE.json] [--units FILE] [--lang zh|en] FILE|FOLDER...',
      about: 'Check report sheets: every problem with its cell and what to write instead; the files with errors are listed at the end.',
      options: [
        ['--json', 'Print one JSON document (shape in the README).'],
        ['--errors-only', 'List errors only (warnings and infos are counted), for big batches.'],
        ['--master FILE', 'Check unit files against the master list: 序号 and task texts as in the list, tasks of the list not reported.'],
        ['--template T', 'A built-in template (progress, liaison) or a template JSON file.'],
        ['--units FILE', 'A units directory (JSON, CSV or .xlsx) to check unit names against.'],
        ['--lang zh|en', 'Output language.'],
      ],
    },
  },
  merge: {
    zh: {
      usage: 'progress-report merge [--json] [--master 任务清单] [--template 模板] [--lang zh|en] --out 汇总.xlsx 文件|文件夹...',
      about: '把各单位报送的报表汇总成一个工作簿（汇总、统计、问题、未报送、催报），并列出未报送的单位和有错误的文件。',
      options: [
        ['--out 汇总.xlsx', '汇总表的文件名（不能是输入文件，也不能放在输入文件夹里）。'],
        ['--master 任务清单', '任务清单：汇总表按清单的顺序排列，并列出未报送的任务。'],
        ['--template 模板', '内置模板名或模板 JSON 文件。'],
        ['--json', '输出 JSON 文档。'],
        ['--lang zh|en', '输出语言。'],
      ],
    },
    en: {
      usage: 'progress-report merge [--json] [--master FILE] [--template T] [--lang zh|en] --out OUT.xlsx FILE|FOLDER...',
      about: 'Merge departmental submissions into one workbook (汇总, 统计, 问题, 未报送, 催报); lists who has not reported and the files with errors.',
      options: [
        ['--out OUT.xlsx', 'The workbook to write (not an input, not inside an input folder).'],
        ['--master FILE', 'The master list: the merged table follows its order, and missing submissions are listed.'],
        ['--template T', 'A built-in template or a template JSON file.'],
        ['--json', 'Print a JSON document.'],
        ['--lang zh|en', 'Output language.'],
      ],
    },
  },
  fix: {
    zh: {
      usage: 'progress-report fix [--json] [--only 代码,...] [--renumber] [--template 模板] [--units 单位名录] (--out 修正后.xlsx 文件 | --out-dir 文件夹 文件...)',
      about: '修正机械性错误（状态写法、单位别名、序号格式、条目编号、多余的“、”和空格），另存一份并列出每处修改；原文件不变。',
      options: [
        ['--out 修正后.xlsx', '只修正一个文件时，修正后文件的名字。'],
        ['--out-dir 文件夹', '修正多个文件时，修正后文件放在这里，文件名为“原名_修正.xlsx”。'],
        ['--only 代码,...', '只做这些代码的修正。'],
        ['--renumber', '同时把序号重新编为 1、2、3（只用于整张表，不要用于按任务清单报送的单位文件）。'],
        ['--template 模板 / --units 单位名录', '与 validate 相同。'],
        ['--json', '输出 JSON 文档。'],
      ],
    },
    en: {
      usage: 'progress-report fix [--json] [--only CODE,...] [--renumber] [--template T] [--units FILE] (--out FIXED.xlsx FILE | --out-dir DIR FILE...)',
      about: 'Fix the mechanical defects into a copy and print every change; the input is never changed. Exit 1 while errors no fix can solve remain.',
      options: [
        ['--out FIXED.xlsx', 'The corrected copy, when fixing one file.'],
        ['--out-dir DIR', 'Where the corrected copies go when fixing several files (NAME_修正.xlsx).'],
        ['--only CODE,...', 'Only the fixes of these codes.'],
        ['--renumber', 'Renumber 序号 1, 2, 3 too (whole tables only; never for unit files matched to a master list).'],
        ['--template T / --units FILE', 'As for validate.'],
        ['--json', 'Print a JSON document.'],
      ],
    },
  },
  compare: {
    zh: {
      usage: 'progress-report compare [--json] [--template 模板] [--out 对比.xlsx] 上期文件 本期文件',
      about: '对比两个报告期：状态变化、新增或缺失的任务、只在一期报送的单位、照搬上期的进展。',
      options: [
        ['--out 对比.xlsx', '把对比结果写成工作簿。'],
        ['--template 模板', '内置模板名或模板 JSON 文件。'],
        ['--json', '输出 JSON 文档。'],
      ],
    },
    en: {
      usage: 'progress-report compare [--json] [--template T] [--out COMPARE.xlsx] OLD NEW',
      about: 'Compare two periods: status changes, tasks added or dropped, units in one period only, progress pasted again.',
      options: [
        ['--out COMPARE.xlsx', 'Write the comparison as a workbook.'],
        ['--template T', 'A built-in template or a template JSON file.'],
        ['--json', 'Print a JSON document.'],
      ],
    },
  },
  'import-tasks': {
    zh: {
      usage: 'progress-report import-tasks [--json] [--template 模板] --out 任务清单.xlsx 通知.txt',
      about: '从通知正文中提取任务清单（序号、任务、牵头部门、责任部门、完成时限）。',
      options: [
        ['--out 任务清单.xlsx', '任务清单的文件名。'],
        ['--template 模板', '表头用模板的列名。'],
        ['--json', '输出 JSON 文档。'],
      ],
    },
    en: {
      usage: 'progress-report import-tasks [--json] [--template T] --out TASKS.xlsx NOTICE.txt',
      about: 'Turn the numbered tasks of a notice into a master list (序号, task, lead units, responsible units, deadline).',
      options: [
        ['--out TASKS.xlsx', 'The master list to write.'],
        ['--template T', "The header takes the template's labels."],
        ['--json', 'Print a JSON document.'],
      ],
    },
  },
  template: {
    zh: {
      usage: 'progress-report template [--template 模板] [--period 报告期] [--title 标题] (--master 任务清单 --out 文件夹 | --out 空白报表.xlsx)',
      about: '生成空白报表（标题、填报单位、报告期、表头、状态下拉、打印设置）；给出 --master 时，为清单中的每个单位生成预填序号和任务的报表（只有进展和状态可填），另附一个包含全部文件的 zip。',
      options: [
        ['--master 任务清单', '按任务清单为每个单位生成一份报表，写到 --out 指定的文件夹。'],
        ['--out', '有 --master 时是文件夹，否则是空白报表的文件名。'],
        ['--period 报告期', '例如“2026年截至6月30日”；不给出时用今年。'],
        ['--title 标题', '表格标题；不给出时用模板的标题。'],
        ['--template 模板', '内置模板名或模板 JSON 文件。'],
      ],
    },
    en: {
      usage: 'progress-report template [--template T] [--period PERIOD] [--title TITLE] (--master FILE --out DIR | --out BLANK.xlsx)',
      about:
        'Write a blank report (title, 填报单位 and 报告期 lines, header, status dropdown, print setup); with --master, one pre-filled report per unit of the list (only progress and status editable) and one zip of them all.',
      options: [
        ['--master FILE', 'One report per unit of the master list, written into the --out folder.'],
        ['--out', 'A folder with --master, otherwise the blank report to write.'],
        ['--period PERIOD', 'E.g. 2026年截至6月30日; this year when not given.'],
        ['--title TITLE', "The table's title; the template's title when not given."],
        ['--template T', 'A built-in template or a template JSON file.'],
      ],
    },
  },
  serve: {
    zh: {
      usage:
        'progress-report serve [--data 文件夹] [--port 端口] [--host 地址] [--public-url 网址] [--trust-proxy] [--max-upload-mb N] [--uploads-per-minute N] [--allow-origin 网址,...] [--demo]；serve --add-admin 用户名 [--data 文件夹]',
      about: '启动报送平台（各单位通过链接报送，汇总单位实时查看并一键汇总）；--add-admin 添加汇总单位账号（密码从标准输入读取）。',
      options: [
        ['--data 文件夹', '数据目录（默认 inbox-data）。'],
        ['--port 端口 / --host 地址', '监听的端口（默认 8080）和地址（默认 127.0.0.1）。'],
        ['--demo', '载入示例报送。'],
      ],
    },
    en: {
      usage:
        'progress-report serve [--data DIR] [--port N] [--host H] [--public-url URL] [--trust-proxy] [--max-upload-mb N] [--uploads-per-minute N] [--allow-origin URL,...] [--demo]; serve --add-admin NAME [--data DIR]',
      about: "Start the submission inbox (units submit through links; the compiler watches and merges); --add-admin adds the compiler's account (password from standard input).",
      options: [
        ['--data DIR', 'The data folder (inbox-data by default).'],
        ['--port N / --host H', 'Where to listen (8080 and 127.0.0.1 by default).'],
        ['--demo', 'Load the sample submissions.'],
      ],
    },
  },
  samples: {
    zh: { usage: 'progress-report samples [--out 文件夹]', about: '用种子文档生成示例工作簿、各单位报送和任务清单。', options: [['--out 文件夹', '写到这里（默认 samples）。']] },
    en: {
      usage: 'progress-report samples [--out DIR]',
      about: 'Write the sample workbooks, submissions and master list generated from the seed documents.',
      options: [['--out DIR', 'Where to write (samples by default).']],
    },
  },
  demo: {
    zh: {
      usage: 'progress-report demo [--out 文件夹] [--lang zh|en]',
      about: '命令行演示：生成示例工作簿，检查它们并汇总各单位报送（npm run demo）。npm start 打开的是浏览器中的任务窗格。',
      options: [['--out 文件夹', '示例文件写到这里（默认 samples）。']],
    },
    en: {
      usage: 'progress-report demo [--out DIR] [--lang zh|en]',
      about: 'The command-line demo: write the samples, check them and merge the submissions (npm run demo). npm start opens the task pane in the browser instead.',
      options: [['--out DIR', 'Where the samples go (samples by default).']],
    },
  },
};

export function commandHelp(command: string, lang: Lang): string | undefined {
  const help = COMMAND_HELP[command]?.[lang];
  if (!help) return undefined;
  const width = Math.max(...help.options.map(([name]) => name.length));
  const heading =
    lang === 'zh'
      ? ['用法：', '选项：', '退出码：0 没有错误；1 有错误；2 文件无法读取或参数有误。']
      : ['Usage: ', 'Options:', 'Exit codes: 0 no errors; 1 errors found; 2 a file could not be read or the arguments are wrong.'];
  return [`${heading[0]}${help.usage}`, '', help.about, '', heading[1], ...help.options.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`), '', heading[2]].join('\n');
}
