import { checkAgainstMaster } from '../app/check-master';
import { checkDocument, checkFiles } from '../app/check';
import { readMasterList } from '../app/merge';
import type { Lang } from '../core/catalog';
import { ReportError } from '../core/errors';
import { exitCodeOf, ValidationDocument } from '../core/validation-document';
import { parseArgs } from './args';
import { expandInputs, fileSource } from './files';
import { checkOptionsFrom } from './options';
import { FindingScope, renderHuman } from './render-human';
import type { CommandIO } from './io';
import { ui } from './ui-text';

/** `validate [--json] [--errors-only] [--master M] [--template T] [--units FILE] [--lang zh|en] FILE|FOLDER...` */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'zh' || value === 'en') return value ?? 'zh';
  throw new ReportError('argument-invalid', { detail: `--lang 只能是 zh 或 en / --lang must be zh or en` });
}

/** The document with only its error findings listed; the summary still counts every finding. */
export function errorsOnly(doc: ValidationDocument): ValidationDocument {
  return { ...doc, files: doc.files.map((f) => ({ ...f, sheets: f.sheets.map((s) => ({ ...s, findings: s.findings.filter((x) => x.severity === 'error') })) })) };
}

export async function runValidate(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['template', 'units', 'lang', 'master'], ['json', 'errors-only']);
  const lang = parseLang(args.values.get('lang'));
  if (args.positionals.length === 0) throw new ReportError('argument-invalid', { detail: ui('noInputs', lang) });
  const options = checkOptionsFrom(args.values);
  const masterFile = args.values.get('master');
  // the master list is the reference, not a submission: it is never checked as one
  const files = expandInputs(args.positionals).filter((f) => f !== masterFile);
  // without a master list nothing reads the sheet models again: each file's are dropped once it is checked
  let outcomes = checkFiles(files.map(fileSource), options, masterFile ? 'models' : 'findings');
  let unitsWithoutFile: string[] = [];
  if (masterFile) {
    const master = readMasterList(fileSource(masterFile), options.template);
    ({ outcomes, unitsWithoutFile } = checkAgainstMaster(outcomes, master, options.template));
  }
  const full = checkDocument(outcomes, lang);
  const scope: FindingScope = args.flags.has('errors-only') ? 'errors-only' : 'all';
  const shown = scope === 'errors-only' ? errorsOnly(full) : full;
  if (args.flags.has('json')) io.out(JSON.stringify(masterFile ? { ...shown, master: { file: masterFile, unitsWithoutFile } } : shown, null, 2));
  else io.out(renderHuman(shown, lang, { scope, ...(masterFile ? { unitsWithoutFile } : {}) }));
  return exitCodeOf(full);
}
