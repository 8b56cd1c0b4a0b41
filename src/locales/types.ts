import type { FindingCode, FixKind, NoFixReason } from '../core/catalog';
import type { ReportErrorCode, ReportErrorParams } from '../core/errors';
import type { ParamsOf } from '../core/finding';

/**
 * The shape every locale fills in, checked by the compiler against the codes and their params: a
 * locale that misses a code, or a translated value of a param, does not compile.
 */
type LiteralKeys<P> = { [K in keyof P]-?: P[K] extends string ? (string extends P[K] ? never : FindingCode extends P[K] ? never : K) : never }[keyof P];

/** Texts for params whose values are codes themselves (`basis.directory`): one per value, all required. */
export type ValueTexts<P> = { [K in LiteralKeys<P>]: Record<P[K] & string, string> } & {
  /** Free-text params may name a text for particular values ('' for a period the report does not name). */
  [K in Exclude<keyof P, LiteralKeys<P>>]?: Record<string, string>;
};

export type FindingTexts<C extends FindingCode> = {
  title: string;
  /** `{name}` placeholders are filled from the finding's params, `{value}` and `{suggestion}`. */
  message: string;
  hint?: string;
  /** Used instead of `hint` when the finding carries a suggestion. */
  hintWithSuggestion?: string;
} & ([LiteralKeys<ParamsOf<C>>] extends [never] ? { values?: ValueTexts<ParamsOf<C>> } : { values: ValueTexts<ParamsOf<C>> });

export interface Locale {
  findings: { [C in FindingCode]: FindingTexts<C> };
  /** One line a clerk can act on, per error code. */
  errors: Record<ReportErrorCode, string>;
  /** Texts for the error params whose values are codes (`reason` of file-unreadable), one per value. */
  errorValues: { [C in ReportErrorCode as [LiteralKeys<ReportErrorParams[C]>] extends [never] ? never : C]: ValueTexts<ReportErrorParams[C]> };
  /** An error that names its file: `{file}` and the error's `{message}`. */
  errorInFile: string;
  /** What a fix does, as previews and change logs say it. */
  fixes: Record<FixKind, string>;
  /** Why a finding gets no automatic fix. */
  noFix: Record<NoFixReason, string>;
}
