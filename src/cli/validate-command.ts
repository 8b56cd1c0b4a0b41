import type { Lang } from '../core/catalog';
import { isReportError, ReportError } from '../core/errors';
import { validateWorkbook, ValidateOptions } from '../core/validate';
import { exitCodeOf, FileOutcome, validationDocument, ValidationDocument } from '../core/validation-document';
import { parseArgs } from './args';
import { expandInputs, readGrids } from './files';
import { loadTemplate, loadUnits } from './options';
import { renderHuman } from './render-human';
import type { CommandIO } from './io';
import { ui } from './ui-text';

/** Reads one file and validates it; a file that cannot be read becomes an outcome, never a crash. */
export function validateFile(file: string, options: ValidateOptions): FileOutcome {
  try {
    return { file, report: validateWorkbook(readGrids(file), options) };
  } catch (error) {
    if (isReportError(error)) return { file, error: { code: error.code, params: error.params } };
    throw error;
  }
}

export function validateFiles(inputs: readonly string[], options: ValidateOptions, lang: Lang): ValidationDocument {
  return validationDocument(expandInputs(inputs).map((file) => validateFile(file, options)), lang);
}

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'zh' || value === 'en') return value ?? 'zh';
  throw new ReportError('argument-invalid', { detail: `--lang 只能是 zh 或 en / --lang must be zh or en` });
}

export function validateOptionsFrom(values: Map<string, string>): ValidateOptions {
  const template = values.get('template');
  const units = values.get('units');
  return { ...(template ? { template: loadTemplate(template) } : {}), ...(units ? { directory: loadUnits(units) } : {}) };
}

export async function runValidate(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['template', 'units', 'lang'], ['json']);
  const lang = parseLang(args.values.get('lang'));
  if (args.positionals.length === 0) throw new ReportError('argument-invalid', { detail: ui('noInputs', lang) });
  const doc = validateFiles(args.positionals, validateOptionsFrom(args.values), lang);
  io.out(args.flags.has('json') ? JSON.stringify(doc, null, 2) : renderHuman(doc, lang));
  return exitCodeOf(doc);
}
