import type { MessageTexts } from '../messages';
import { findingJson, FindingJson } from '../validation-document';
import type { MergeResult } from './types';

/**
 * The JSON form of a merge, as `progress-report merge --json` prints it: the same inputs give
 * byte-identical output (no times, no absolute paths beyond what the caller passed, stable order).
 */
export interface MergeFindingJson extends FindingJson {
  file: string | null;
  sheet: string;
}

export type MergeDocument = Omit<MergeResult, 'findings'> & {
  unreadable: { file: string; code: string; message: string }[];
  findings: MergeFindingJson[];
};

export function mergeDocument(result: MergeResult, unreadable: MergeDocument['unreadable'], texts: MessageTexts): MergeDocument {
  const { findings, ...rest } = result;
  return {
    ...rest,
    unreadable,
    findings: findings.map((f) => ({ file: f.file, sheet: f.sheet, ...findingJson(f, texts) })),
  };
}
