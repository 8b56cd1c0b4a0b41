import { basename, join } from 'path';
import { fix, FixRun } from '../app/fix';
import { escapeControls } from '../app/sources';
import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import { isReportError } from '../core/errors';
import { localeOf, renderError, renderFinding } from '../locales';
import { parseArgs } from './args';
import { loadedFileSource } from './files';
import type { CommandIO } from './io';
import { checkOptionsFrom } from './options';
import { checkOutPath, writeOutput } from './out-path';
import { parseLang } from './validate-command';

/**
 * `fix [--json] [--only CODE,...] [--renumber] [--template T] [--units FILE] (--out FIXED.xlsx FILE | --out-dir DIR FILE...)`: a
 * corrected copy per file, never in place, with the change log (the application layer's `fix`), checked against
 * the template and units directory given, like `validate`. Exit 1 while errors remain that no
 * fix can solve, 0 when none remain.
 */
export function fixFile(file: string, options: { renumber?: boolean; only?: string[]; values?: Map<string, string> }): FixRun {
  return fix(loadedFileSource(file), { ...checkOptionsFrom(options.values ?? new Map()), ...(options.renumber ? { renumber: true } : {}), ...(options.only ? { only: options.only } : {}) });
}

function oneLine(text: string): string {
  const flat = escapeControls(text.replace(/\s*\n\s*/g, '⏎'));
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

function jsonOf(file: string, out: string, run: FixRun, lang: Lang): object {
  const texts = localeOf(lang);
  return {
    file,
    out,
    fixes: run.copy.applied.map((f) => ({ ...f, description: f.kinds.map((k) => texts.fixes[k]).join('；') })),
    skipped: run.copy.skipped.map((s) => ({ sheet: s.fix.sheet, cell: s.fix.cell, reason: s.reason })),
    unfixable: run.unfixable.map((u) => ({
      code: u.finding.code,
      sheet: u.finding.sheet,
      cell: u.finding.cell,
      reason: u.reason,
      message: renderFinding(u.finding, lang).message,
      why: texts.noFix[u.reason],
    })),
    remaining: run.remaining,
    renumberRefused: run.renumberRefused,
  };
}

function humanOf(file: string, out: string, run: FixRun, lang: Lang, several: boolean): string {
  const texts = localeOf(lang);
  const fixes = run.copy.applied;
  const lines = fixes.map((f) => `  ${f.sheet}!${f.cell.padEnd(5)} “${oneLine(f.oldValue)}” → “${oneLine(f.newValue)}”（${f.kinds.map((k) => texts.fixes[k]).join('；')}）`);
  const left = run.unfixable.map((u) => `  ${u.finding.sheet}!${(u.finding.cell ?? '').padEnd(5)} [${u.finding.code}] ${renderFinding(u.finding, lang).message} —— ${texts.noFix[u.reason]}`);
  const shown = escapeControls(out);
  const heading = several ? [`${lang === 'zh' ? '文件' : 'File'}: ${escapeControls(file)}`] : [];
  // --renumber leaves a unit's submission alone (its 序号 are the master list's): say so, per sheet
  const kept = run.renumberRefused.map((sheet) =>
    lang === 'zh'
      ? `  工作表“${escapeControls(sheet)}”是单位报送表（有填报单位行），序号未重新编号：序号是汇总时对应任务清单的依据。`
      : `  Sheet "${escapeControls(sheet)}" is a unit's submission (it has a 填报单位 line): its 序号 were not renumbered, a merge matches tasks by them.`,
  );
  return lang === 'zh'
    ? [
        ...heading,
        `修正了 ${fixes.length} 个单元格，已另存为 ${shown}：`,
        ...lines,
        ...kept,
        ...(left.length ? [`未自动修正 ${left.length} 项：`, ...left] : []),
        `修正后仍有错误 ${run.remaining.errors} 个，警告 ${run.remaining.warnings} 个。`,
      ].join('\n')
    : [
        ...heading,
        `Fixed ${fixes.length} cells, written to ${shown}:`,
        ...lines,
        ...kept,
        ...(left.length ? [`Not fixed automatically (${left.length}):`, ...left] : []),
        `Remaining after fixing: ${run.remaining.errors} errors, ${run.remaining.warnings} warnings.`,
      ].join('\n');
}

/** `名称_修正.xlsx` in DIR for FILE (a CSV stays a CSV); two inputs of one name get `_2`, `_3`. */
function fixedName(dir: string, file: string, taken: Set<string>): string {
  const base = basename(file);
  const dot = base.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, '.xlsx'];
  let name = `${stem}_修正${ext}`;
  for (let i = 2; taken.has(name); i++) name = `${stem}_修正_${i}${ext}`;
  taken.add(name);
  return join(dir, name);
}

export async function runFix(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['out', 'out-dir', 'only', 'lang', 'template', 'units'], ['json', 'renumber']);
  const lang: Lang = parseLang(args.values.get('lang'));
  const files = args.positionals;
  const out = args.values.get('out');
  const outDir = args.values.get('out-dir');
  if (files.length === 0) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请给出要修正的文件。' : 'Give the files to fix.' });
  if (out && outDir) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '--out 和 --out-dir 只能用一个。' : 'Give --out or --out-dir, not both.' });
  if (out && files.length > 1)
    throw new ReportError('argument-invalid', {
      detail: lang === 'zh' ? `--out 只能用于一个文件；修正 ${files.length} 个文件请用 --out-dir 文件夹。` : `--out names one copy; to fix ${files.length} files give --out-dir DIR.`,
    });
  if (!out && !outDir)
    throw new ReportError('argument-invalid', {
      detail:
        lang === 'zh'
          ? '请用 --out 指定修正后文件的名字（多个文件用 --out-dir 文件夹；不会覆盖原文件）。'
          : 'Name the corrected copy with --out (several files: --out-dir DIR; the input is never overwritten).',
    });
  const taken = new Set<string>();
  const targets = files.map((file) => ({ file, out: out ?? fixedName(outDir ?? '.', file, taken) }));
  for (const target of targets) checkOutPath(target.out, { files, folders: [] }, lang);
  const only = args.values
    .get('only')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const several = files.length > 1;
  const documents: object[] = [];
  const texts: string[] = [];
  let code = 0;
  for (const target of targets) {
    let run: FixRun;
    try {
      run = fixFile(target.file, { renumber: args.flags.has('renumber'), ...(only ? { only } : {}), values: args.values });
    } catch (error) {
      // one file that cannot be read or fixed is its line; the other files are still fixed
      if (!several || !isReportError(error)) throw error;
      const line = `${escapeControls(target.file)}：${renderError(error.code, error.params, lang)}`;
      io.err(line);
      documents.push({ file: target.file, error: { code: error.code, message: renderError(error.code, error.params, lang) } });
      code = 2;
      continue;
    }
    writeOutput(target.out, run.copy.bytes, lang);
    documents.push(jsonOf(target.file, target.out, run, lang));
    texts.push(humanOf(target.file, target.out, run, lang, several));
    if (run.remaining.errors > 0 && code === 0) code = 1;
  }
  if (args.flags.has('json')) io.out(JSON.stringify(several ? { files: documents } : documents[0], null, 2));
  else io.out(texts.join('\n\n'));
  return code;
}
