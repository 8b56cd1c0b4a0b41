import * as React from 'react';
import { Badge, Button, Checkbox, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import type { Comparison } from '../../core/compare/compare';
import { worksOnOpenWorkbook, type ReportHost } from '../../host/host';
import { FileDrop } from '../components/FileDrop';
import { FindingList, listed } from '../components/FindingList';
import { Status, useStatusRunner } from '../components/Status';
import { downloadBytes } from '../download';
import { compareInTaskPane, NamedFile } from '../engine';
import { t } from '../i18n';

/** 对比: two reporting periods side by side — status changes, tasks and units in one period only, progress pasted again. */
const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyle: 'none', padding: 0 },
});

export function ComparePanel({ host, lang }: { host: ReportHost; lang: Lang }): React.ReactElement {
  const styles = useStyles();
  const [oldFile, setOldFile] = React.useState<NamedFile>();
  const [newFile, setNewFile] = React.useState<NamedFile>();
  const [useOpen, setUseOpen] = React.useState(worksOnOpenWorkbook(host));
  const [result, setResult] = React.useState<{ comparison: Comparison; workbook: Uint8Array }>();
  const [status, runWork] = useStatusRunner(lang);

  const run = (): Promise<void> =>
    runWork(async () => {
      if (!oldFile) return;
      const current = useOpen && worksOnOpenWorkbook(host) ? { grids: await host.readSheets('all') } : newFile ? { file: newFile } : undefined;
      if (!current) return;
      const done = await compareInTaskPane(oldFile, current, lang);
      setResult(done);
      const c = done.comparison;
      return {
        kind: 'info',
        text: t(lang, 'compareSummary', {
          before: c.before.period ?? oldFile.name,
          after: c.after.period ?? (useOpen && worksOnOpenWorkbook(host) ? t(lang, 'thisWorkbook') : (newFile?.name ?? '—')),
          changes: c.statusChanges.length,
          added: c.added.length,
          dropped: c.dropped.length,
          unchanged: c.unchanged.length,
        }),
      };
    });

  const c = result?.comparison;
  return (
    <section aria-label={t(lang, 'tabCompare')}>
      <FileDrop
        label={t(lang, 'compareOldHint')}
        accept=".xlsx,.xlsm,.csv"
        lang={lang}
        mode="one"
        files={oldFile ? [oldFile] : []}
        onAdd={([f]) => setOldFile(f)}
        onRemove={() => setOldFile(undefined)}
      />
      {worksOnOpenWorkbook(host) ? <Checkbox checked={useOpen} onChange={(_, d) => setUseOpen(Boolean(d.checked))} label={t(lang, 'compareUseOpen')} /> : null}
      {!useOpen || !worksOnOpenWorkbook(host) ? (
        <FileDrop
          label={t(lang, 'compareNewHint')}
          accept=".xlsx,.xlsm,.csv"
          lang={lang}
          mode="one"
          files={newFile ? [newFile] : []}
          onAdd={([f]) => setNewFile(f)}
          onRemove={() => setNewFile(undefined)}
        />
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" disabled={!oldFile || (!newFile && !(useOpen && worksOnOpenWorkbook(host)))} onClick={run}>
          {t(lang, 'compareRun')}
        </Button>
        {result ? <Button onClick={() => downloadBytes(result.workbook, '对比.xlsx')}>{t(lang, 'downloadCompare')}</Button> : null}
      </div>
      <Status status={status} />
      {c ? (
        <div>
          <ul className={styles.list}>
            {c.statusChanges.map((s) => (
              <li key={s.key}>
                <Badge appearance="filled" color={s.direction === 'worse' ? 'danger' : 'success'}>
                  {t(lang, s.direction)}
                </Badge>{' '}
                {t(lang, 'labelled', { label: s.label.slice(0, 40), text: `${s.before} → ${s.after}` })}
              </li>
            ))}
          </ul>
          {c.unitsDropped.length ? (
            <Text as="p" block>
              {t(lang, 'unitsDropped', { list: c.unitsDropped.join('、') })}
            </Text>
          ) : null}
          {c.unitsNew.length ? (
            <Text as="p" block>
              {t(lang, 'unitsNew', { list: c.unitsNew.join('、') })}
            </Text>
          ) : null}
          <FindingList
            findings={listed(
              c.findings.filter((f) => f.code !== 'status-changed' && f.code !== 'unit-not-reported'),
              lang,
            )}
            lang={lang}
          />
        </div>
      ) : null}
    </section>
  );
}
