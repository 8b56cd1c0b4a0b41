import { compare } from '../app/compare';
import { escapeControls } from '../app/sources';
import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import { findingJson } from '../core/validation-document';
import { messageTexts } from '../locales';
import { parseArgs } from './args';
import { fileSource } from './files';
import type { CommandIO } from './io';
import { checkOutPath, writeOutput } from './out-path';
import { parseLang } from './validate-command';
import { loadTemplate } from './options';

/** `compare [--json] [--template T] [--out 对比.xlsx] OLD NEW`: what changed between two reporting periods. */
export async function runCompare(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['out', 'lang', 'template'], ['json']);
  const lang: Lang = parseLang(args.values.get('lang'));
  if (args.positionals.length !== 2) throw new ReportError('argument-invalid', { detail: lang === 'zh' ? '请给出两个文件：上期 本期。' : 'Give two files: OLD NEW.' });
  const [oldFile = '', newFile = ''] = args.positionals;
  const templateSpec = args.values.get('template');
  const options = templateSpec ? { template: loadTemplate(templateSpec) } : {};
  const out = args.values.get('out');
  if (out) checkOutPath(out, { files: [oldFile, newFile], folders: [] }, lang);
  const { comparison, workbook } = await compare(fileSource(oldFile), fileSource(newFile), lang, options);
  // no row of one period matched the other: the comparison says nothing, so say so, write nothing, exit 2
  const noMatch = comparison.matched === 0;
  if (out && !noMatch) writeOutput(out, workbook, lang);
  if (noMatch)
    io.err(
      lang === 'zh'
        ? `两期报表没有一行能对应上（${escapeControls(oldFile)}：${comparison.before.rows} 行，${escapeControls(newFile)}：${comparison.after.rows} 行），请确认是同一张表，或用 --template 指定模板。`
        : `No row of ${escapeControls(oldFile)} (${comparison.before.rows} rows) matches a row of ${escapeControls(newFile)} (${comparison.after.rows} rows); check the files or give --template.`,
    );
  if (args.flags.has('json')) {
    const { findings, ...rest } = comparison;
    io.out(JSON.stringify({ old: oldFile, new: newFile, ...rest, findings: findings.map((f) => ({ sheet: f.sheet, ...findingJson(f, messageTexts(lang)) })) }, null, 2));
    return noMatch ? 2 : 0;
  }
  const c = comparison;
  const zh = [
    `对比 ${c.before.period ?? escapeControls(oldFile)}（${c.before.rows} 行）→ ${c.after.period ?? escapeControls(newFile)}（${c.after.rows} 行）`,
    ...c.statusChanges.map((s) => `  状态${s.direction === 'worse' ? '变差' : '变好'}：${s.label.slice(0, 30)}  ${s.before} → ${s.after}`),
    `  新增 ${c.added.length} 项，缺失 ${c.dropped.length} 项；进展未更新 ${c.unchanged.length} 项。`,
    ...(c.unitsDropped.length ? [`  上期报送、本期未报：${c.unitsDropped.join('、')}`] : []),
    ...(c.unitsNew.length ? [`  本期新报送：${c.unitsNew.join('、')}`] : []),
    ...c.unchanged.map((u) => `  进展${u.similarity === 'same' ? '与上期相同' : '与上期几乎相同'}：${u.label.slice(0, 30)}`),
    ...(out ? [`对比表已写入 ${escapeControls(out)}`] : []),
  ];
  const en = [
    `Compared ${c.before.period ?? escapeControls(oldFile)} (${c.before.rows} rows) → ${c.after.period ?? escapeControls(newFile)} (${c.after.rows} rows)`,
    ...c.statusChanges.map((s) => `  ${s.direction}: ${s.label.slice(0, 30)}  ${s.before} → ${s.after}`),
    `  ${c.added.length} added, ${c.dropped.length} dropped; ${c.unchanged.length} with unchanged progress.`,
    ...(c.unitsDropped.length ? [`  Reported last period only: ${c.unitsDropped.join(', ')}`] : []),
    ...(c.unitsNew.length ? [`  New this period: ${c.unitsNew.join(', ')}`] : []),
    ...(out ? [`Comparison written to ${escapeControls(out)}`] : []),
  ];
  io.out((lang === 'zh' ? zh : en).join('\n'));
  return noMatch ? 2 : 0;
}
