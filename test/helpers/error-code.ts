import { ReportError } from '../../src/core/errors';

/** The code of the ReportError `fn` throws; `no error` when it returns; `crash: …` for anything else thrown. */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return error instanceof ReportError ? error.code : `crash: ${String(error)}`;
  }
}
