import { checkDocument, checkFiles } from '../app/check';
import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import { exitCodeOf } from '../core/validation-document';
import { parseArgs } from './args';
import { expandInputs, fileSource } from './files';
import { checkOptionsFrom } from './options';
import { renderHuman } from './render-human';
import type { CommandIO } from './io';
import { ui } from './ui-text';

/** `validate [--json] [--template T] [--units FILE] [--lang zh|en] FILE|FOLDER...` */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'zh' || value === 'en') return value ?? 'zh';
  throw new ReportError('argument-invalid', { detail: `--lang 只能是 zh 或 en / --lang must be zh or en` });
}

export async function runValidate(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['template', 'units', 'lang'], ['json']);
  const lang = parseLang(args.values.get('lang'));
  if (args.positionals.length === 0) throw new ReportError('argument-invalid', { detail: ui('noInputs', lang) });
  const outcomes = checkFiles(expandInputs(args.positionals).map(fileSource), checkOptionsFrom(args.values));
  const doc = checkDocument(outcomes, lang);
  io.out(args.flags.has('json') ? JSON.stringify(doc, null, 2) : renderHuman(doc, lang));
  return exitCodeOf(doc);
}
