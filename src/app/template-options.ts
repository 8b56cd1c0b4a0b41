import { ReportError } from '../core/errors';
import { BUILTIN_TEMPLATES, builtinTemplate } from '../core/template/builtin';
import { parseTemplate, parseUnitsDirectory, SchemaProblem, Template, UnitEntry } from '../core/template/schema';
import { directoryFromRows } from '../core/units-directory';
import { extensionOf } from '../io/read-workbook';
import { readSource, Source } from './sources';

/**
 * Templates and units directories, loaded the same way by the CLI (`--template`, `--units`) and
 * the task pane's 模板 panel. A broken file is a ReportError listing every problem with its path.
 */
function problemsText(problems: readonly SchemaProblem[]): string {
  return problems.map((p) => `${p.path}: ${p.message}`).join('; ');
}

function readJson(source: Source, code: 'template-invalid' | 'units-invalid'): unknown {
  const text = new TextDecoder('utf-8').decode(source.bytes).replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ReportError(code, { file: source.name, problems: `JSON: ${error instanceof Error ? error.message : String(error)}` });
  }
}

/** A built-in template by name. */
export function builtinTemplateNamed(name: string): Template {
  const builtin = builtinTemplate(name);
  if (!builtin) throw new ReportError('template-unknown', { name, known: BUILTIN_TEMPLATES.map((t) => t.name).join('、') });
  return builtin;
}

/** Whether `--template X` names a template file rather than a built-in template. */
export function isTemplateFile(spec: string): boolean {
  return builtinTemplate(spec) === undefined && spec.toLowerCase().endsWith('.json');
}

/** A custom template from a JSON file, checked against the schema. */
export function loadTemplate(source: Source): Template {
  const result = parseTemplate(readJson(source, 'template-invalid'));
  if (!result.ok) throw new ReportError('template-invalid', { file: source.name, problems: problemsText(result.problems) });
  return result.value;
}

/**
 * A units directory: JSON (`[{ "name": "市交通运输局", "aliases": ["交通运输局"] }]`), or a CSV /
 * .xlsx with one unit per row: the standard name first, its aliases after it.
 */
export function loadUnitsDirectory(source: Source): UnitEntry[] {
  const input = extensionOf(source.name) === '.json' ? readJson(source, 'units-invalid') : directoryFromRows(readSource(source).flatMap((g) => g.rows));
  const result = parseUnitsDirectory(input);
  if (!result.ok) throw new ReportError('units-invalid', { file: source.name, problems: problemsText(result.problems) });
  return result.value;
}
