import { CorruptProblem, ReportError } from '../core/errors';

/**
 * The reader's `file-corrupt`: what is damaged (`problem`, translated at the edge), the offending text
 * when there is one (`value`, cut to 40 characters so a crafted file cannot flood a message) and the
 * part it sits in when the caller knows it. The developer's message names all three.
 */
export function corrupt(problem: CorruptProblem, value?: string | number, part?: string): ReportError<'file-corrupt'> {
  const text = value === undefined ? undefined : String(value).slice(0, 40);
  const params = { problem, ...(part === undefined ? {} : { part }), ...(text === undefined ? {} : { value: text }) };
  return new ReportError('file-corrupt', params, `${problem}${part === undefined ? '' : ` in ${part}`}${text === undefined ? '' : `: ${text}`}`);
}
