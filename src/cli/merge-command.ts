import { merge, MergeRun } from '../app/merge';
import { escapeControls } from '../app/sources';
import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import type { MergeDocument } from '../core/merge/merge-document';
import { parseArgs } from './args';
import { expandInputsWithFolders, fileSource } from './files';
import type { CommandIO } from './io';
import { nodeDeflater } from '../node/deflater';
import { loadTemplate } from './options';
import { checkOutPath, writeOutput } from './out-path';
import { parseLang } from './validate-command';

/**
 * `merge [--json] [--master FILE] [--template T] --out OUT.xlsx FILE|FOLDER...`: one consolidated
 * workbook from many submissions (the application layer's `merge`). Unreadable inputs are listed
 * and skipped; input files are only read, and `--out` may not be one of them.
 */
export type { MergeRun } from '../app/merge';

/** The files behind the arguments, the master list left out, merged. */
export function mergeFiles(inputs: readonly string[], options: { master?: string; template?: string; lang: Lang; onProgress?: (done: number, total: number) => void }): Promise<MergeRun> {
  const files = expandInputsWithFolders(inputs).files.filter((f) => f !== options.master);
  const deflater = nodeDeflater();
  return merge({
    submissions: files.map(fileSource),
    ...(options.master ? { master: fileSource(options.master) } : {}),
    ...(options.template ? { template: loadTemplate(options.template) } : {}),
    lang: options.lang,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(deflater ? { deflater } : {}),
  });
}

/** Errors in the inputs, per file (a finding of the merge itself has no file: it counts under ''). */
export function errorsByFile(doc: MergeDocument): { total: number; files: [string, number][] } {
  const byFile = new Map<string, number>();
  let total = 0;
  for (const f of doc.findings) {
    if (f.severity !== 'error') continue;
    total++;
    byFile.set(f.file ?? '', (byFile.get(f.file ?? '') ?? 0) + 1);
  }
  return { total, files: [...byFile].filter(([file]) => file !== '') };
}

function summaryText(doc: MergeDocument, out: string, lang: Lang): string {
  const errors = errorsByFile(doc);
  const warnings = doc.findings.filter((f) => f.severity === 'warning').length;
  const statuses = Object.entries(doc.byStatus)
    .map(([s, n]) => `${s} ${n}`)
    .join('，');
  const missingUnits = [...new Set(doc.missing.map((m) => m.unit))];
  const name = escapeControls;
  if (lang === 'en') {
    return [
      `Inputs: ${doc.inputs} read, ${doc.unreadable.length} unreadable. Rows: ${doc.rowsIn} in, ${doc.rowsMerged} merged, ${doc.rowsSkipped} left out.`,
      `Tasks: ${doc.tasks.length} (${statuses}, no status ${doc.noStatus}).`,
      `Not submitted: ${doc.missing.length} task entries from ${missingUnits.length} units${missingUnits.length ? `: ${missingUnits.map(name).join(', ')}` : ''}.`,
      `Findings: ${errors.total} errors in ${errors.files.length} files, ${warnings} warnings (sheet 问题).`,
      ...errors.files.map(([file, n]) => `  ${name(file)}: ${n} errors`),
      ...doc.unreadable.map((u) => `Unreadable ${name(u.file)}: ${u.message}`),
      `Workbook written to ${name(out)}`,
    ].join('\n');
  }
  return [
    `读入 ${doc.inputs} 个文件，无法读取 ${doc.unreadable.length} 个；数据行 ${doc.rowsIn} 行，汇总 ${doc.rowsMerged} 行，未采用 ${doc.rowsSkipped} 行。`,
    `汇总任务 ${doc.tasks.length} 项（${statuses}，未填状态 ${doc.noStatus}）。`,
    `未报送：${missingUnits.length} 个单位共 ${doc.missing.length} 项${missingUnits.length ? `（${missingUnits.map(name).join('、')}）` : ''}。`,
    `问题：${errors.files.length} 个文件共有错误 ${errors.total} 个，警告 ${warnings} 个（见“问题”工作表）。`,
    ...errors.files.map(([file, n]) => `  ${name(file)}：错误 ${n} 个`),
    ...doc.unreadable.map((u) => `无法读取 ${name(u.file)}：${u.message}`),
    `汇总表已写入 ${name(out)}`,
  ].join('\n');
}

export async function runMerge(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['master', 'template', 'out', 'lang'], ['json']);
  const lang = parseLang(args.values.get('lang'));
  const out = args.values.get('out');
  if (!out) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请用 --out 指定汇总表的文件名，例如 --out 汇总.xlsx' : 'Name the output with --out, e.g. --out merged.xlsx' });
  if (args.positionals.length === 0) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请给出报送文件或文件夹。' : 'Give the submission files or folders.' });
  const master = args.values.get('master');
  const inputs = expandInputsWithFolders(args.positionals);
  checkOutPath(out, { files: [...inputs.files, ...(master ? [master] : [])], folders: inputs.folders }, lang);
  const showProgress = io.errIsTTY && !args.flags.has('json');
  const { doc, workbook } = await mergeFiles(args.positionals, {
    ...(master ? { master } : {}),
    ...(args.values.get('template') ? { template: args.values.get('template') } : {}),
    lang,
    ...(showProgress
      ? {
          onProgress: (done: number, total: number) =>
            void (total > 10 && process.stderr.write(`\r${'█'.repeat(Math.round((done / total) * 30)).padEnd(30, '░')} ${done}/${total}${done === total ? '\n' : ''}`)),
        }
      : {}),
  });
  if (doc.inputs === 0 || doc.rowsMerged === 0) {
    io.err(lang === 'zh' ? '没有可以汇总的数据：所有输入都无法读取，或其中没有任务行。' : 'Nothing to merge: no input could be read or none has task rows.');
    for (const u of doc.unreadable) io.err(`${escapeControls(u.file)}: ${u.message}`);
    return 2;
  }
  writeOutput(out, workbook, lang);
  io.out(args.flags.has('json') ? JSON.stringify(doc, null, 2) : summaryText(doc, out, lang));
  // a role the merge needed was missing: the output is marked incomplete, one line per gap, exit 2
  for (const gap of doc.incomplete)
    io.err(
      lang === 'zh'
        ? `汇总不完整：${escapeControls(gap.file ?? '')} 工作表“${gap.sheet}”没有“${gap.column}”列。`
        : `Incomplete: ${escapeControls(gap.file ?? '')} sheet "${gap.sheet}" has no "${gap.column}" column.`,
    );
  return doc.incomplete.length > 0 ? 2 : 0;
}
