import { fix, FixRun } from '../app/fix';
import { escapeControls } from '../app/sources';
import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import { localeOf, renderFinding } from '../locales';
import { parseArgs } from './args';
import { readFileBytes } from './files';
import type { CommandIO } from './io';
import { checkOptionsFrom } from './options';
import { checkOutPath, writeOutput } from './out-path';
import { parseLang } from './validate-command';

/**
 * `fix [--json] [--only CODE,...] [--renumber] [--template T] [--units FILE] --out FIXED.xlsx FILE`: a
 * corrected copy, never in place, with the change log (the application layer's `fix`), checked against
 * the template and units directory given, like `validate`. Exit 1 while errors remain that no
 * fix can solve, 0 when none remain.
 */
export function fixFile(file: string, options: { renumber?: boolean; only?: string[]; values?: Map<string, string> }): FixRun {
  return fix({ name: file, bytes: readFileBytes(file) }, { ...checkOptionsFrom(options.values ?? new Map()), ...(options.renumber ? { renumber: true } : {}), ...(options.only ? { only: options.only } : {}) });
}

function oneLine(text: string): string {
  const flat = escapeControls(text.replace(/\s*\n\s*/g, '⏎'));
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

export async function runFix(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['out', 'only', 'lang', 'template', 'units'], ['json', 'renumber']);
  const lang: Lang = parseLang(args.values.get('lang'));
  const texts = localeOf(lang);
  const [file] = args.positionals;
  const out = args.values.get('out');
  if (!file || args.positionals.length > 1) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请给出一个要修正的文件。' : 'Give one file to fix.' });
  if (!out) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请用 --out 指定修正后文件的名字（不会覆盖原文件）。' : 'Name the corrected copy with --out (the input is never overwritten).' });
  checkOutPath(out, { files: [file], folders: [] }, lang);
  const only = args.values.get('only')?.split(',').map((s) => s.trim()).filter(Boolean);
  const run = fixFile(file, { renumber: args.flags.has('renumber'), ...(only ? { only } : {}), values: args.values });
  writeOutput(out, run.copy.bytes, lang);
  const fixes = run.copy.applied;
  if (args.flags.has('json')) {
    io.out(
      JSON.stringify(
        {
          file,
          out,
          fixes: fixes.map((f) => ({ ...f, description: f.kinds.map((k) => texts.fixes[k]).join('；') })),
          skipped: run.copy.skipped.map((s) => ({ sheet: s.fix.sheet, cell: s.fix.cell, reason: s.reason })),
          unfixable: run.unfixable.map((u) => ({ code: u.finding.code, sheet: u.finding.sheet, cell: u.finding.cell, reason: u.reason, message: renderFinding(u.finding, lang).message, why: texts.noFix[u.reason] })),
          remaining: run.remaining,
        },
        null,
        2,
      ),
    );
  } else {
    const lines = fixes.map((f) => `  ${f.sheet}!${f.cell.padEnd(5)} “${oneLine(f.oldValue)}” → “${oneLine(f.newValue)}”（${f.kinds.map((k) => texts.fixes[k]).join('；')}）`);
    const left = run.unfixable.map((u) => `  ${u.finding.sheet}!${(u.finding.cell ?? '').padEnd(5)} [${u.finding.code}] ${renderFinding(u.finding, lang).message} —— ${texts.noFix[u.reason]}`);
    const shown = escapeControls(out);
    io.out(
      lang === 'zh'
        ? [`修正了 ${fixes.length} 个单元格，已另存为 ${shown}：`, ...lines, ...(left.length ? [`未自动修正 ${left.length} 项：`, ...left] : []), `修正后仍有错误 ${run.remaining.errors} 个，警告 ${run.remaining.warnings} 个。`].join('\n')
        : [`Fixed ${fixes.length} cells, written to ${shown}:`, ...lines, ...(left.length ? [`Not fixed automatically (${left.length}):`, ...left] : []), `Remaining after fixing: ${run.remaining.errors} errors, ${run.remaining.warnings} warnings.`].join('\n'),
    );
  }
  return run.remaining.errors > 0 ? 1 : 0;
}
