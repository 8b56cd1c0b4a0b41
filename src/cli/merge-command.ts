import { writeFileSync } from 'fs';
import type { Lang } from '../core/catalog';
import { isReportError, ReportError } from '../core/errors';
import { renderError } from '../core/messages';
import { mergeDocument, MergeDocument } from '../core/merge/merge-document';
import { readMasterList } from '../core/merge/master';
import { mergeSubmissions, MergeInput } from '../core/merge/merge';
import { builtinTemplate } from '../core/template/builtin';
import { validateWorkbook } from '../core/validate';
import { writeConsolidatedWorkbook } from '../io/consolidated-workbook';
import { parseArgs } from './args';
import { expandInputs, readGrids } from './files';
import type { CommandIO } from './io';
import { loadTemplate } from './options';
import { parseLang } from './validate-command';

/**
 * `merge [--json] [--master FILE] [--template T] --out OUT.xlsx FILE|FOLDER...`: one consolidated
 * workbook from many submissions. Unreadable inputs are listed and skipped; input files are only read.
 */
export interface MergeRun {
  doc: MergeDocument;
  workbook: Uint8Array;
}

export async function mergeFiles(inputs: readonly string[], options: { master?: string; template?: string; lang: Lang; onProgress?: (done: number, total: number) => void }): Promise<MergeRun> {
  const template = options.template ? loadTemplate(options.template) : builtinTemplate('progress')!;
  const masterList = options.master ? readMasterList(readGrids(options.master), { ...(options.template ? { template } : {}), file: options.master }) : undefined;
  const master = masterList?.tasks;
  if (options.master && master?.length === 0 && masterList?.gaps.every((g) => g.role === 'header')) throw new ReportError('argument-invalid', { detail: `任务清单 ${options.master} 中没有找到“序号 / 主要工作任务 / 牵头部门”表头 / no master list header found` });
  const files = expandInputs(inputs).filter((f) => f !== options.master);
  const readable: MergeInput[] = [];
  const unreadable: MergeDocument['unreadable'] = [];
  files.forEach((file, i) => {
    try {
      readable.push({ file, report: validateWorkbook(readGrids(file), options.template ? { template } : {}) });
    } catch (error) {
      if (!isReportError(error)) throw error;
      unreadable.push({ file, code: error.code, message: renderError(error.code, error.params, options.lang) });
    }
    options.onProgress?.(i + 1, files.length);
  });
  const result = mergeSubmissions(readable, { ...(master ? { master } : {}), ...(masterList ? { masterGaps: masterList.gaps } : {}), template });
  const doc = mergeDocument(result, unreadable, options.lang);
  return { doc, workbook: await writeConsolidatedWorkbook(doc, template) };
}

function summaryText(doc: MergeDocument, out: string, lang: Lang): string {
  const statuses = Object.entries(doc.byStatus).map(([s, n]) => `${s} ${n}`).join('，');
  const missingUnits = [...new Set(doc.missing.map((m) => m.unit))];
  if (lang === 'en') {
    return [
      `Inputs: ${doc.inputs} read, ${doc.unreadable.length} unreadable. Rows: ${doc.rowsIn} in, ${doc.rowsMerged} merged, ${doc.rowsSkipped} left out.`,
      `Tasks: ${doc.tasks.length} (${statuses}, no status ${doc.noStatus}).`,
      `Not submitted: ${doc.missing.length} task entries from ${missingUnits.length} units${missingUnits.length ? `: ${missingUnits.join(', ')}` : ''}.`,
      ...doc.unreadable.map((u) => `Unreadable ${u.file}: ${u.message}`),
      `Workbook written to ${out}`,
    ].join('\n');
  }
  return [
    `读入 ${doc.inputs} 个文件，无法读取 ${doc.unreadable.length} 个；数据行 ${doc.rowsIn} 行，汇总 ${doc.rowsMerged} 行，未采用 ${doc.rowsSkipped} 行。`,
    `汇总任务 ${doc.tasks.length} 项（${statuses}，未填状态 ${doc.noStatus}）。`,
    `未报送：${missingUnits.length} 个单位共 ${doc.missing.length} 项${missingUnits.length ? `（${missingUnits.join('、')}）` : ''}。`,
    ...doc.unreadable.map((u) => `无法读取 ${u.file}：${u.message}`),
    `汇总表已写入 ${out}`,
  ].join('\n');
}

export async function runMerge(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['master', 'template', 'out', 'lang'], ['json']);
  const lang = parseLang(args.values.get('lang'));
  const out = args.values.get('out');
  if (!out) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请用 --out 指定汇总表的文件名，例如 --out 汇总.xlsx' : 'Name the output with --out, e.g. --out merged.xlsx' });
  if (args.positionals.length === 0) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请给出报送文件或文件夹。' : 'Give the submission files or folders.' });
  const showProgress = io.errIsTTY && !args.flags.has('json');
  const { doc, workbook } = await mergeFiles(args.positionals, {
    master: args.values.get('master'),
    template: args.values.get('template'),
    lang,
    onProgress: showProgress ? (done, total) => total > 10 && process.stderr.write(`\r${'█'.repeat(Math.round((done / total) * 30)).padEnd(30, '░')} ${done}/${total}${done === total ? '\n' : ''}`) : undefined,
  });
  if (doc.inputs === 0 || doc.rowsMerged === 0) {
    io.err(lang === 'zh' ? '没有可以汇总的数据：所有输入都无法读取，或其中没有任务行。' : 'Nothing to merge: no input could be read or none has task rows.');
    for (const u of doc.unreadable) io.err(`${u.file}: ${u.message}`);
    return 2;
  }
  writeFileSync(out, workbook);
  io.out(args.flags.has('json') ? JSON.stringify(doc, null, 2) : summaryText(doc, out, lang));
  // a role the merge needed was missing: the output is marked incomplete, one line per gap, exit 2
  for (const gap of doc.incomplete) io.err(lang === 'zh' ? `汇总不完整：${gap.file ?? ''} 工作表“${gap.sheet}”没有“${gap.column}”列。` : `Incomplete: ${gap.file ?? ''} sheet "${gap.sheet}" has no "${gap.column}" column.`);
  return doc.incomplete.length > 0 ? 2 : 0;
}
