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

/**
 * What a batch keeps of each file checked: its sheet models (for a check against a master list), or
 * only its findings, so each file's grid and model go as soon as it is checked.
 */
export type KeptOfFile = 'models' | 'findings';

function findingsOnly(outcome: FileOutcome): FileOutcome {
  if (!('report' in outcome)) return outcome;
  const sheets = outcome.report.sheets.map((sheet) => {
    const kept = { ...sheet };
    delete kept.model;
    return kept;
  });
  return { file: outcome.file, report: { ...outcome.report, sheets } };
}

/** Checks every file of a batch; a file that cannot be read is one outcome, the rest go on. */
export function checkFiles(sources: Iterable<AnySource>, options: CheckOptions = {}, keep: KeptOfFile = 'models'): FileOutcome[] {
  return [...sources].map((source) => {
    const outcome = checkFile(source, options);
    return keep === 'findings' ? findingsOnly(outcome) : outcome;
  });
}

/** The validation document (`validate --json`, the page's list) in the clerk's language. */
export function checkDocument(outcomes: readonly FileOutcome[], lang: Lang): ValidationDocument {
  return validationDocument(outcomes, messageTexts(lang));
}
