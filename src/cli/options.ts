import { builtinTemplateNamed, isTemplateFile, loadTemplate as loadTemplateSource, loadUnitsDirectory } from '../app/template-options';
import type { CheckOptions } from '../app/check';
import type { Template, UnitEntry } from '../core/template/schema';
import { loadedFileSource, readFileBytes } from './files';

/** `--template NAME|FILE.json` and `--units FILE`: parsed here, loaded by the application layer. */
export function loadTemplate(spec: string): Template {
  return isTemplateFile(spec) ? loadTemplateSource({ name: spec, bytes: readFileBytes(spec) }) : builtinTemplateNamed(spec);
}

export function loadUnits(file: string): UnitEntry[] {
  return loadUnitsDirectory(loadedFileSource(file));
}

export function checkOptionsFrom(values: ReadonlyMap<string, string>): CheckOptions {
  const template = values.get('template');
  const units = values.get('units');
  return { ...(template ? { template: loadTemplate(template) } : {}), ...(units ? { directory: loadUnits(units) } : {}) };
}
