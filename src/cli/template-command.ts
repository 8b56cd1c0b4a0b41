import { mkdirSync, statSync } from 'fs';
import { join } from 'path';
import { readMasterList } from '../app/merge';
import { escapeControls } from '../app/sources';
import { blankTemplateWorkbook, unitTemplateWorkbooks } from '../app/template';
import { builtinTemplateNamed } from '../app/template-options';
import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import { parseArgs } from './args';
import { fileSource } from './files';
import type { CommandIO } from './io';
import { loadTemplate, loadUnits } from './options';
import { checkOutPath, writeOutput } from './out-path';
import { parseLang } from './validate-command';

/**
 * `template [--template T] [--period P] [--title T] [--units FILE] --out BLANK.xlsx`: a blank report;
 * `template --master M --out DIR`: one pre-filled report per unit of the master list, and
 * `各单位报表.zip` holding them all, in DIR (made when missing). Prints what it wrote.
 */
export const UNIT_TEMPLATES_ZIP = '各单位报表.zip';

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function runTemplate(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['template', 'master', 'out', 'period', 'title', 'units', 'lang'], []);
  const lang: Lang = parseLang(args.values.get('lang'));
  const out = args.values.get('out');
  if (args.positionals.length > 0)
    throw new ReportError('argument-invalid', {
      detail:
        lang === 'zh'
          ? `多余的参数：${escapeControls(args.positionals.join(' '))}（任务清单请用 --master 给出）`
          : `Unexpected arguments: ${escapeControls(args.positionals.join(' '))} (give the master list with --master)`,
    });
  if (!out)
    throw new ReportError('argument-invalid', {
      detail:
        lang === 'zh'
          ? '请用 --out 指定输出：空白报表的文件名，或（有 --master 时）存放各单位报表的文件夹。'
          : 'Name the output with --out: the blank report, or (with --master) the folder for the unit reports.',
    });
  const spec = args.values.get('template');
  const template = spec ? loadTemplate(spec) : builtinTemplateNamed('progress');
  const heading = { ...(args.values.get('period') ? { period: args.values.get('period') } : {}), ...(args.values.get('title') ? { title: args.values.get('title') } : {}) };
  const masterFile = args.values.get('master');
  if (!masterFile) {
    checkOutPath(out, { files: [], folders: [] }, lang);
    const units = args.values.get('units');
    writeOutput(out, await blankTemplateWorkbook(template, units ? loadUnits(units) : undefined, heading), lang);
    io.out(lang === 'zh' ? `空白报表已写入 ${escapeControls(out)}` : `Blank report written to ${escapeControls(out)}`);
    return 0;
  }
  const master = readMasterList(fileSource(masterFile), spec ? template : undefined);
  const { files, zip } = await unitTemplateWorkbooks(master, template, heading);
  if (files.length === 0) {
    io.err(
      lang === 'zh'
        ? `任务清单 ${escapeControls(masterFile)} 中没有写明牵头部门的任务，没有生成任何报表。`
        : `The master list ${escapeControls(masterFile)} names no lead unit for any task: no report written.`,
    );
    return 2;
  }
  if (!isFolder(out)) {
    try {
      mkdirSync(out, { recursive: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
      throw new ReportError('argument-invalid', {
        detail:
          lang === 'zh'
            ? `无法建立文件夹 ${escapeControls(out)}（${code}）：有 --master 时 --out 是存放各单位报表的文件夹。`
            : `Cannot create the folder ${escapeControls(out)} (${code}): with --master, --out is the folder for the unit reports.`,
      });
    }
  }
  for (const file of files) {
    const path = join(out, file.name);
    checkOutPath(path, { files: [masterFile], folders: [] }, lang);
    writeOutput(path, file.bytes, lang);
  }
  const zipPath = join(out, UNIT_TEMPLATES_ZIP);
  writeOutput(zipPath, zip, lang);
  const tasks = master.tasks.length;
  io.out(
    lang === 'zh'
      ? [
          `按任务清单（${tasks} 项任务）为 ${files.length} 个单位生成了报表，写入 ${escapeControls(out)}：`,
          ...files.map((f) => `  ${escapeControls(f.name)}`),
          `全部报表的压缩包：${escapeControls(zipPath)}`,
          '报表中序号、任务和牵头部门已锁定（工作表保护，无密码），各单位只需填写进展情况和进展状态。',
        ].join('\n')
      : [
          `Wrote reports for ${files.length} units of the master list (${tasks} tasks) into ${escapeControls(out)}:`,
          ...files.map((f) => `  ${escapeControls(f.name)}`),
          `All of them in one zip: ${escapeControls(zipPath)}`,
          '序号, tasks and lead units are locked (sheet protection, no password); units fill in progress and status only.',
        ].join('\n'),
  );
  for (const gap of master.gaps) io.err(lang === 'zh' ? `任务清单不完整：工作表“${gap.sheet}”没有“${gap.column}”列。` : `Master list incomplete: sheet "${gap.sheet}" has no "${gap.column}" column.`);
  return master.gaps.length > 0 ? 2 : 0;
}
