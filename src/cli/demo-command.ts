import { join } from 'path';
import { writeAllSamples } from '../samples/write-samples';
import { runMerge } from './merge-command';
import { parseArgs } from './args';
import type { CommandIO } from './io';
import { renderHuman } from './render-human';
import { checkDocument, checkFiles } from '../app/check';
import { fileSource } from './files';
import { parseLang } from './validate-command';

/** `samples --out DIR`: writes the sample workbooks, submissions, master list and index generated from the seeds. */
export async function runSamples(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['out'], []);
  const written = await writeAllSamples(args.values.get('out') ?? 'samples');
  io.out([...written.workbooks, written.master, written.folder].join('\n'));
  return 0;
}

/**
 * `demo` (`npm run demo`): the command-line tour; `npm start` serves the task pane instead. Writes the samples, checks them and merges the split submissions, so
 * the main job works with no input of the user's own. Findings in the samples are expected (the
 * published table has defects), so the demo itself exits 0.
 */
export async function runDemo(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['out', 'lang'], []);
  const lang = parseLang(args.values.get('lang'));
  const dir = args.values.get('out') ?? join(process.cwd(), 'samples');
  const { workbooks, folder, master } = await writeAllSamples(dir);
  io.out(renderHuman(checkDocument(checkFiles(workbooks.map(fileSource)), lang), lang));
  io.out(lang === 'zh' ? `\n汇总 ${folder} 中的各单位报送（任务清单 ${master}）：` : `\nMerging the submissions in ${folder} (master list ${master}):`);
  await runMerge(['--master', master, '--out', join(dir, '汇总.xlsx'), '--lang', lang, folder], io);
  io.out(
    lang === 'zh'
      ? `\n示例文件在 ${dir}。检查自己的文件：npx progress-report validate 文件或文件夹；汇总：npx progress-report merge --out 汇总.xlsx 文件夹`
      : `\nThe samples are in ${dir}. Check your own files: npx progress-report validate FILE|FOLDER`,
  );
  return 0;
}
