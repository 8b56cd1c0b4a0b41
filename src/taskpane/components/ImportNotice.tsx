import * as React from 'react';
import { Button, Field, Text, Textarea } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import type { ImportResult } from '../../core/notice/import-tasks';
import { errorText, Status, StatusLine } from './Status';
import { importNoticeInTaskPane } from '../engine';
import { t } from '../i18n';

/** The paste box: a notice's text in, its task list (序号, task, lead units, deadline) out. */
export function ImportNotice({ lang, onOpen }: { lang: Lang; onOpen: (workbook: Uint8Array) => void | Promise<void> }): React.ReactElement {
  const [text, setText] = React.useState('');
  const [found, setFound] = React.useState<{ result: ImportResult; workbook: Uint8Array }>();
  const [status, setStatus] = React.useState<StatusLine>({ kind: 'idle' });
  const run = async (): Promise<void> => {
    try {
      const done = await importNoticeInTaskPane(text);
      setFound(done);
      setStatus({ kind: done.result.tasks.length ? 'success' : 'warning', text: t(lang, 'importFound', { tasks: done.result.tasks.length, unplaced: done.result.unplaced.length }) });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };
  return (
    <section aria-label={t(lang, 'importTitle')}>
      <Text as="h2" block weight="semibold">
        {t(lang, 'importTitle')}
      </Text>
      <Field label={t(lang, 'importPaste')}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" rows={6} />
      </Field>
      <Button disabled={!text.trim()} onClick={run}>
        {t(lang, 'importRun')}
      </Button>{' '}
      {found?.result.tasks.length ? <Button onClick={() => onOpen(found.workbook)}>{t(lang, 'importDownload')}</Button> : null}
      <Status status={status} />
      {found ? (
        <ol>
          {found.result.tasks.slice(0, 50).map((task) => (
            <li key={task.seq}>
              {task.task.slice(0, 30)}… — {task.leads.join('、')}
              {task.deadline ? `（${task.deadline}）` : ''}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
