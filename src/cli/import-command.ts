import { importTasksFromFile, masterHeaderFor } from '../app/import-tasks';
import { escapeControls } from '../app/sources';
import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import { parseArgs } from './args';
import { fileSource } from './files';
import type { CommandIO } from './io';
import { loadTemplate } from './options';
import { checkOutPath, writeOutput } from './out-path';
import { parseLang } from './validate-command';

const ROLE_NAMES: Record<Lang, Record<string, string>> = {
  zh: { seq: '序号', task: '任务', units: '牵头部门' },
  en: { seq: 'sequence number', task: 'task', units: 'lead unit' },
};

/**
 * `import-tasks [--json] [--template T] --out 任务清单.xlsx NOTICE.txt`: a master list from the text
 * of a notice; with --template its header takes the template's labels (merge --master reads it back).
 */
export async function runImportTasks(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['out', 'lang', 'template'], ['json']);
  const lang: Lang = parseLang(args.values.get('lang'));
  const [file] = args.positionals;
  if (!file) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请给出通知的文本文件（.txt，UTF-8 或 GB18030）。' : 'Give the notice as a text file (.txt, UTF-8 or GB18030).' });
  const out = args.values.get('out');
  if (out) checkOutPath(out, { files: [file], folders: [] }, lang);
  const spec = args.values.get('template');
  const template = spec ? loadTemplate(spec) : undefined;
  const layout = masterHeaderFor(template);
  if ('lacking' in layout) {
    const names = layout.lacking.map((role) => ROLE_NAMES[lang][role] ?? role).join(lang === 'zh' ? '、' : ', ');
    throw new ReportError('argument-invalid', {
      detail:
        lang === 'zh'
          ? `模板“${escapeControls(spec ?? '')}”没有${names}列，不能用来生成任务清单。`
          : `The template "${escapeControls(spec ?? '')}" has no ${names} column, so a master list cannot be written in it.`,
    });
  }
  const { result, workbook } = await importTasksFromFile(fileSource(file), template ? { template } : {});
  if (out) writeOutput(out, workbook, lang);
  if (args.flags.has('json')) io.out(JSON.stringify(result, null, 2));
  else {
    const lines = result.tasks.map((t) => `  ${String(t.seq).padStart(3)}. ${t.task.slice(0, 24)}…  牵头：${t.leads.join('、')}${t.deadline ? `  时限：${t.deadline}` : ''}`);
    io.out(
      lang === 'zh'
        ? [
            `识别出 ${result.tasks.length} 项任务，${result.unplaced.length} 个编号段落没有找到牵头部门：`,
            ...lines,
            ...(out ? [`任务清单已写入 ${escapeControls(out ?? '')}（“未识别段落”工作表列出其余段落）`] : []),
          ].join('\n')
        : [
            `Found ${result.tasks.length} tasks; ${result.unplaced.length} numbered paragraphs name no lead unit:`,
            ...lines,
            ...(out ? [`Master list written to ${escapeControls(out ?? '')}`] : []),
          ].join('\n'),
    );
  }
  return result.tasks.length > 0 ? 0 : 1;
}
