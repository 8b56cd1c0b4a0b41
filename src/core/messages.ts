import { ERROR_CATALOG, FINDING_CATALOG, Lang, PARAM_TEXTS } from './catalog';
import type { ReportErrorCode } from './errors';
import type { Finding } from './finding';

/** Renders a finding's message and hint in the clerk's language, from the catalog. */
export interface RenderedFinding {
  title: string;
  message: string;
  hint?: string;
}

function fill(template: string, params: Record<string, string | number>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const raw = params[name];
    if (raw === undefined) return whole;
    const text = String(raw);
    return PARAM_TEXTS[text]?.[lang] ?? text;
  });
}

export function renderFinding(finding: Finding, lang: Lang): RenderedFinding {
  const texts = FINDING_CATALOG[finding.code][lang];
  const params = { ...finding.params, value: finding.value, ...(finding.suggestion ? { suggestion: finding.suggestion } : {}) };
  const hintTemplate = finding.suggestion && texts.hintWithSuggestion ? texts.hintWithSuggestion : texts.hint;
  return {
    title: texts.title,
    message: fill(texts.message, params, lang),
    ...(hintTemplate ? { hint: fill(hintTemplate, params, lang) } : {}),
  };
}

export function renderError(code: ReportErrorCode, params: Record<string, string | number>, lang: Lang): string {
  return fill(ERROR_CATALOG[code][lang], params, lang);
}
