import { escapeControls } from '../app/sources';
import { isReportError } from '../core/errors';
import { renderReportError } from '../locales';
import { runDemo, runSamples } from './demo-command';
import { runCompare } from './compare-command';
import { runFix } from './fix-command';
import { runImportTasks } from './import-command';
import { runMerge } from './merge-command';
import { commandHelp } from './help-text';
import { runTemplate } from './template-command';
import { packageVersion } from './version';
import { CommandIO, processIO } from './io';
import { ui } from './ui-text';
import { runValidate } from './validate-command';

/**
 * The `progress-report` command. Every failure reaches the user as one line in Chinese (or
 * English with --lang en) and exit code 2; a stack trace never does.
 */
const COMMANDS: Record<string, (argv: readonly string[], io: CommandIO) => Promise<number>> = {
  validate: runValidate,
  merge: runMerge,
  fix: runFix,
  compare: runCompare,
  'import-tasks': runImportTasks,
  template: runTemplate,
  samples: runSamples,
  demo: runDemo,
  // the inbox server (Fastify and its plugins) is loaded only for `serve`: every other command starts without it
  serve: async (argv, io) => (await import('./serve-command')).runServe(argv, io),
};

function langOf(argv: readonly string[]): 'zh' | 'en' {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const arg = i < 0 ? undefined : argv[i];
  const value = arg === undefined ? undefined : arg.includes('=') ? arg.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}

export async function main(argv: readonly string[], io: CommandIO = processIO): Promise<number> {
  const lang = langOf(argv);
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V' || command === 'version') {
    io.out(packageVersion());
    return 0;
  }
  if (command === 'help' && rest[0] !== undefined && !rest[0].startsWith('-')) {
    const help = commandHelp(rest[0], lang);
    if (help) {
      io.out(help);
      return 0;
    }
    io.err(`${lang === 'zh' ? '未知命令' : 'Unknown command'}: ${escapeControls(rest[0])}\n\n${ui('usage', lang)}`);
    return 2;
  }
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.out(ui('usage', lang));
    return command === undefined ? 2 : 0;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.err(`${lang === 'zh' ? '未知命令' : 'Unknown command'}: ${escapeControls(command)}\n\n${ui('usage', lang)}`);
    return 2;
  }
  // `validate --help` / `-h` anywhere before `--`: the command's own help, nothing run
  const beforeDashes = rest.indexOf('--') < 0 ? rest : rest.slice(0, rest.indexOf('--'));
  if (beforeDashes.includes('--help') || beforeDashes.includes('-h')) {
    io.out(commandHelp(command, lang) ?? ui('usage', lang));
    return 0;
  }
  try {
    return await run(rest, io);
  } catch (error) {
    // a file's error names the file (the application layer attaches it at the file boundary)
    if (isReportError(error)) io.err(renderReportError(error.params.fileName === undefined ? error : error.withFileName(escapeControls(error.params.fileName)), lang));
    else
      io.err(
        lang === 'zh'
          ? `内部错误：${error instanceof Error ? error.message : String(error)}。请把这条信息和文件发给维护人员。`
          : `Internal error: ${error instanceof Error ? error.message : String(error)}. Please report it with the file.`,
      );
    return 2;
  }
}
