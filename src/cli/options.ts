import { extname } from 'path';
import { ReportError } from '../core/errors';
import { BUILTIN_TEMPLATES, builtinTemplate } from '../core/template/builtin';
import { parseTemplate, parseUnitsDirectory, SchemaProblem, Template, UnitEntry } from '../core/template/schema';
import { directoryFromRows } from '../core/units-directory';
import { readGrids, readFileBytes } from './files';

/** `--template NAME|FILE.json` and `--units FILE` as the CLI resolves them. */
function problemsText(problems: readonly SchemaProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('; ');
}

function readJson(file: string, code: 'template-invalid' | 'units-invalid'): unknown {
  const text = new TextDecoder('utf-8').decode(readFileBytes(file)).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ReportError(code, { file, problems: `JSON: ${error instanceof Error ? error.message : String(error)}` });
  }
}

export function loadTemplate(spec: string): Template {
  const builtin = builtinTemplate(spec);
  if (builtin) return builtin;
  if (!spec.toLowerCase().endsWith('.json')) throw new ReportError('template-unknown', { name: spec, known: BUILTIN_TEMPLATES.map((t) => t.name).join('、') });
  const result = parseTemplate(readJson(spec, 'template-invalid'));
  if (!result.ok) throw new ReportError('template-invalid', { file: spec, problems: problemsText(result.problems) });
  return result.value;
}

/**
 * A units directory: JSON (`[{ "name": "市交通运输局", "aliases": ["交通运输局"] }]`), or a CSV /
 * .xlsx / text file with one unit per line: the standard name first, its aliases after it.
 */
export function loadUnits(file: string): UnitEntry[] {
  let input: unknown;
  if (extname(file).toLowerCase() === '.json') input = readJson(file, 'units-invalid');
  else {
    input = directoryFromRows(readGrids(file).flatMap((g) => g.rows));
  }
  const result = parseUnitsDirectory(input);
  if (!result.ok) throw new ReportError('units-invalid', { file, problems: problemsText(result.problems) });
  return result.value;
}
