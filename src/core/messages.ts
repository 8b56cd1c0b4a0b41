import type { ReportErrorCode } from './errors';
import type { Finding } from './finding';

/**
 * How a finding or an error reads to a clerk. The core holds no wording: whoever builds a document
 * for people passes these (src/locales provides them per language).
 */
export interface RenderedFinding {
  title: string;
  message: string;
  hint?: string;
}

export interface MessageTexts {
  finding(finding: Finding): RenderedFinding;
  error(code: ReportErrorCode, params: Readonly<Record<string, string | number>>): string;
}
