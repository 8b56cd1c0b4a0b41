import type { Lang } from '../core/catalog';
import type { ReportError, ReportErrorCode } from '../core/errors';
import type { Finding } from '../core/finding';
import type { MessageTexts, RenderedFinding } from '../core/messages';
import { en } from './en';
import type { Locale } from './types';
import { zhCN } from './zh-CN';

/**
 * Texts attached at the edge: the front ends, the writers of workbooks with notes, and the
 * application layer turn codes and params into words here, and nowhere else.
 */
export const LOCALES: Record<Lang, Locale> = { zh: zhCN, en };

export function localeOf(lang: Lang): Locale {
  return LOCALES[lang];
}

type Params = Readonly<Record<string, string | number | undefined>>;

function fill(template: string, params: Params, values: Readonly<Record<string, Readonly<Record<string, string>> | undefined>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const raw = params[name];
    if (raw === undefined) return whole;
    const text = String(raw);
    // a value's text may name the other params (`部件 {part} 不完整`); it is filled once, untranslated
    const translated = values[name]?.[text];
    return translated === undefined ? text : fill(translated, params, {});
  });
}

export function renderFinding(finding: Finding, lang: Lang): RenderedFinding {
  const texts = LOCALES[lang].findings[finding.code];
  const params: Params = { ...finding.params, value: finding.value, ...(finding.suggestion ? { suggestion: finding.suggestion } : {}) };
  const values = (texts.values ?? {}) as Readonly<Record<string, Readonly<Record<string, string>>>>;
  const hintTemplate = finding.suggestion && texts.hintWithSuggestion ? texts.hintWithSuggestion : texts.hint;
  return {
    title: texts.title,
    message: fill(texts.message, params, values),
    ...(hintTemplate ? { hint: fill(hintTemplate, params, values) } : {}),
  };
}

export function renderError(code: ReportErrorCode, params: Params, lang: Lang): string {
  const values: Partial<Record<ReportErrorCode, Readonly<Record<string, Readonly<Record<string, string>>>>>> = LOCALES[lang].errorValues;
  return fill(LOCALES[lang].errors[code], params, values[code] ?? {});
}

/** An error as one line, led by the file it met when it names one (`a.xlsx：…` / `a.xlsx: …`). */
export function renderReportError(error: ReportError, lang: Lang): string {
  const message = renderError(error.code, error.params, lang);
  const file = error.params.fileName;
  return file === undefined ? message : fill(LOCALES[lang].errorInFile, { file, message }, {});
}

/** The renderer the core's document builders take (they hold no text themselves). */
export function messageTexts(lang: Lang): MessageTexts {
  return { finding: (f) => renderFinding(f, lang), error: (code, params) => renderError(code, params, lang) };
}

export type { Locale } from './types';
