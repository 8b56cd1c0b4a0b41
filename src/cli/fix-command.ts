import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { FIX_CATALOG, Lang, NO_FIX_CATALOG } from '../core/catalog';
import { ReportError } from '../core/errors';
import { applyFixesToGrid } from '../core/fix/apply';
import { Fix, planFixes, Unfixable } from '../core/fix/plan';
import { renderFinding } from '../core/messages';
import { validateWorkbook } from '../core/validate';
import { patchCsv } from '../io/csv-patch';
import { extensionOf, readWorkbookBytes } from '../io/read-workbook';
import { patchXlsx } from '../io/xlsx-patch';
import { parseArgs } from './args';
import { readFileBytes } from './files';
import type { CommandIO } from './io';
import { parseLang, validateOptionsFrom } from './validate-command';

/**
 * `fix [--json] [--only CODE,...] [--renumber] --out FIXED.xlsx FILE`: a corrected copy, never in
 * place, with the change log. Exit 1 while errors remain that no fix can solve, 0 when none remain.
 */
export interface FixRun {
  fixes: Fix[];
  skipped: { fix: Fix; reason: string }[];
  unfixable: Unfixable[];
  remaining: { errors: number; warnings: number };
  bytes: Uint8Array;
}

export function fixFile(file: string, options: { renumber?: boolean; only?: string[]; values?: Map<string, string> }): FixRun {
  const bytes = readFileBytes(file);
  const grids = readWorkbookBytes(bytes, file);
  const validateOptions = validateOptionsFrom(options.values ?? new Map());
  const report = validateWorkbook(grids, validateOptions);
  const plans = report.sheets.map((s) => planFixes(s, { ...(options.renumber ? { renumber: true } : {}), ...(options.only ? { only: options.only } : {}) }));
  const fixes = plans.flatMap((p) => p.fixes);
  const unfixable = plans.flatMap((p) => p.unfixable);
  // a CSV changes only in its fixed cells, as a workbook does
  const patched = ['.csv', '.tsv', '.txt'].includes(extensionOf(file)) ? patchCsv(bytes, fixes) : patchXlsx(bytes, fixes);
  const { bytes: out, applied } = patched;
  const skipped: FixRun['skipped'] = patched.skipped;
  const after = validateWorkbook(grids.map((g) => applyFixesToGrid(g, applied)), validateOptions).sheets.flatMap((s) => s.findings);
  return { fixes: applied, skipped, unfixable, remaining: { errors: after.filter((f) => f.severity === 'error').length, warnings: after.filter((f) => f.severity === 'warning').length }, bytes: out };
}

function oneLine(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, '⏎');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

export async function runFix(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['out', 'only', 'lang', 'template', 'units'], ['json', 'renumber']);
  const lang: Lang = parseLang(args.values.get('lang'));
  const [file] = args.positionals;
  const out = args.values.get('out');
  if (!file || args.positionals.length > 1) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请给出一个要修正的文件。' : 'Give one file to fix.' });
  if (!out) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请用 --out 指定修正后文件的名字（不会覆盖原文件）。' : 'Name the corrected copy with --out (the input is never overwritten).' });
  if (resolve(out) === resolve(file)) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '--out 不能是原文件：修正结果总是另存一份。' : '--out must differ from the input: fixes are always written to a copy.' });
  const only = args.values.get('only')?.split(',').map((s) => s.trim()).filter(Boolean);
  const run = fixFile(file, { renumber: args.flags.has('renumber'), ...(only ? { only } : {}), values: args.values });
  writeFileSync(out, run.bytes);
  if (args.flags.has('json')) {
    io.out(
      JSON.stringify(
        {
          file,
          out,
          fixes: run.fixes.map((f) => ({ ...f, description: f.kinds.map((k) => FIX_CATALOG[k][lang]).join('；') })),
          skipped: run.skipped.map((s) => ({ sheet: s.fix.sheet, cell: s.fix.cell, reason: s.reason })),
          unfixable: run.unfixable.map((u) => ({ code: u.finding.code, sheet: u.finding.sheet, cell: u.finding.cell, reason: u.reason, message: renderFinding(u.finding, lang).message, why: NO_FIX_CATALOG[u.reason][lang] })),
          remaining: run.remaining,
        },
        null,
        2,
      ),
    );
  } else {
    const lines = run.fixes.map((f) => `  ${f.sheet}!${f.cell.padEnd(5)} “${oneLine(f.oldValue)}” → “${oneLine(f.newValue)}”（${f.kinds.map((k) => FIX_CATALOG[k][lang]).join('；')}）`);
    const left = run.unfixable.map((u) => `  ${u.finding.sheet}!${(u.finding.cell ?? '').padEnd(5)} [${u.finding.code}] ${renderFinding(u.finding, lang).message} —— ${NO_FIX_CATALOG[u.reason][lang]}`);
    io.out(
      lang === 'zh'
        ? [`修正了 ${run.fixes.length} 个单元格，已另存为 ${out}：`, ...lines, ...(left.length ? [`未自动修正 ${left.length} 项：`, ...left] : []), `修正后仍有错误 ${run.remaining.errors} 个，警告 ${run.remaining.warnings} 个。`].join('\n')
        : [`Fixed ${run.fixes.length} cells, written to ${out}:`, ...lines, ...(left.length ? [`Not fixed automatically (${left.length}):`, ...left] : []), `Remaining after fixing: ${run.remaining.errors} errors, ${run.remaining.warnings} warnings.`].join('\n'),
    );
  }
  return run.remaining.errors > 0 ? 1 : 0;
}
