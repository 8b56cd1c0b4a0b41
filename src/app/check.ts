import type { Lang } from '../core/catalog';
import { FileOutcome, validationDocument, ValidationDocument } from '../core/validation-document';
import { messageTexts } from '../locales';
import type { CheckOptions } from './check-sheet';
import { checkSource } from './check-source';
import { AnySource, perFile } from './sources';

export { checkSheet, validateOptions } from './check-sheet';
export type { CheckOptions } from './check-sheet';

/** Checks one file: its report, or the one error that file met (never an exception). */
export function checkFile(source: AnySource, options: CheckOptions = {}): FileOutcome {
  const outcome = perFile(source.name, () => checkSource(source, options));
  return 'value' in outcome ? { file: source.name, report: outcome.value } : { file: source.name, error: { code: outcome.error.code, params: { ...outcome.error.params } } };
}

/** Checks every file of a batch; a file that cannot be read is one outcome, the rest go on. */
export function checkFiles(sources: Iterable<AnySource>, options: CheckOptions = {}): FileOutcome[] {
  return [...sources].map((source) => checkFile(source, options));
}

/** The validation document (`validate --json`, the page's list) in the clerk's language. */
export function checkDocument(outcomes: readonly FileOutcome[], lang: Lang): ValidationDocument {
  return validationDocument(outcomes, messageTexts(lang));
}
