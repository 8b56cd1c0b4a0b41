import type { Lang } from '../../core/catalog';
import type { Finding } from '../../core/finding';
import { findingJson, FindingJson } from '../../core/validation-document';
import { localeOf, messageTexts } from '../../locales';

/** A finding as listed: rendered in the clerk's language, with where it sits and which task it is. */
export type ListedFinding = FindingJson & {
  sheet: string;
  /** The file (or workbook) the finding belongs to; its group. */
  file?: string | null;
  /** The 序号 and task text of the finding's row, when the row is a task. */
  seq?: string;
  task?: string;
};

/** The 序号 and task of a sheet row, where the caller knows them (the checked sheet's model). */
export type RowLookup = (finding: Finding) => { seq?: string; task?: string; file?: string } | undefined;

export function listed(findings: readonly Finding[], lang: Lang, lookup?: RowLookup): ListedFinding[] {
  const texts = messageTexts(lang);
  return findings.map((f) => {
    const about = lookup?.(f);
    return {
      ...findingJson(f, texts),
      sheet: f.sheet,
      ...(about?.file !== undefined ? { file: about.file } : {}),
      ...(about?.seq ? { seq: about.seq } : {}),
      ...(about?.task ? { task: about.task } : {}),
    };
  });
}

/** The human label of a code (`序号不连续` for seq-gap); the code itself only if the locale has none. */
export function codeLabel(code: string, lang: Lang): string {
  const findings = localeOf(lang).findings as Readonly<Record<string, { title: string } | undefined>>;
  return findings[code]?.title ?? code;
}
