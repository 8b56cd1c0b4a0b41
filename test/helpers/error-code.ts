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

/** The code and parameters of the ReportError `fn` throws; undefined when it returns; anything else thrown is rethrown. */
export function errorOf(fn: () => unknown): [string, Record<string, unknown>] | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReportError) return [e.code, { ...e.params }];
    throw e;
  }
  return undefined;
}
