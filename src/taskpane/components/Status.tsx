import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import { isReportError } from '../../core/errors';
import { renderError } from '../../locales';
import { t } from '../i18n';

/** One line of status for long work: working, done, or an error a clerk understands. */
export type StatusLine = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'success' | 'warning' | 'error' | 'info'; text: string };

export function Status({ status }: { status: StatusLine }): React.ReactElement | null {
  if (status.kind === 'idle') return null;
  if (status.kind === 'busy') return <Spinner size="tiny" label={status.text} />;
  return (
    <MessageBar intent={status.kind} role="status">
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}

/** Turns anything thrown into the one line shown to the user (never a stack trace). */
export function errorText(error: unknown, lang: Lang): string {
  if (isReportError(error)) return `${error.params.fileName !== undefined ? `${String(error.params.fileName)}${lang === 'zh' ? '：' : ': '}` : ''}${renderError(error.code, error.params, lang)}`;
  const message = error instanceof Error ? error.message : String(error);
  return t(lang, 'error', { message: message.split('\n')[0] ?? '' });
}

/**
 * The status line of a panel and the one way to run its work: busy while it runs, then the line the
 * work returns (or none), or the error in one line a clerk understands.
 */
export function useStatusRunner(lang: Lang): [StatusLine, (work: () => Promise<StatusLine | void>) => Promise<void>, (status: StatusLine) => void] {
  const [status, setStatus] = React.useState<StatusLine>({ kind: 'idle' });
  const run = React.useCallback(
    async (work: () => Promise<StatusLine | void>): Promise<void> => {
      setStatus({ kind: 'busy', text: t(lang, 'working') });
      try {
        setStatus((await work()) ?? { kind: 'idle' });
      } catch (error) {
        setStatus({ kind: 'error', text: errorText(error, lang) });
      }
    },
    [lang],
  );
  return [status, run, setStatus];
}
