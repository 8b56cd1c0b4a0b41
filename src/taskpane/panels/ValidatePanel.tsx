import * as React from 'react';
import { Button, Checkbox, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Fix } from '../../core/fix/plan';
import { FixPreview } from '../components/FixPreview';
import type { Lang } from '../../core/catalog';
import type { WorkbookReport } from '../../core/validate';
import type { BrowserHost } from '../../host/browser-host';
import { worksOnOpenWorkbook, type ReportHost, type WorkbookChoice } from '../../host/host';
import { downloadBytes, readFileBytes } from '../download';
import { FindingTable } from '../components/FindingTable';
import { FilePicker } from '../components/FilePicker';
import { FindingList, listed } from '../components/FindingList';
import { Status, useStatusRunner } from '../components/Status';
import { annotatedCopies, checkInTaskPane } from '../engine';
import { usePlannedFixes } from '../worker/use-planned-fixes';
import { t } from '../i18n';
import { renderError } from '../../locales';

/** 检查: check the active sheet or every sheet, go to a finding's cell, mark and unmark the sheet. */
const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', margin: `${tokens.spacingVerticalS} 0` },
});

export interface ValidatePanelProps {
  host: ReportHost;
  lang: Lang;
  choice?: WorkbookChoice;
}

/** Beyond this many sheets (a folder of submissions) one summary line replaces the per-sheet lines. */
const MAX_SHEET_LINES = 5;

function isBrowser(host: ReportHost): host is BrowserHost {
  return host.kind === 'browser';
}

export function ValidatePanel({ host, lang, choice }: ValidatePanelProps): React.ReactElement {
  const styles = useStyles();
  const [scope, setScope] = React.useState<'active' | 'all'>('active');
  const [report, setReport] = React.useState<WorkbookReport>();
  const [status, run, setStatus] = useStatusRunner(lang);
  const cancelCheck = React.useRef<AbortController>();
  const [preview, setPreview] = React.useState<Fix[]>();
  const [renumber, setRenumber] = React.useState(false);
  const plannedFixes = usePlannedFixes(report, renumber);

  const recheck = async (): Promise<void> => {
    setReport(await checkInTaskPane(host, scope, choice));
  };

  const applyFixes = (fixes: Fix[]): Promise<void> =>
    run(async () => {
      setPreview(undefined);
      const result = await host.applyFixes(fixes);
      for (const copy of result.copies ?? []) await downloadBytes(copy.bytes, copy.name);
      if (result.copies) return { kind: 'success', text: t(lang, 'fixesDownloaded', { n: result.copies.length }) };
      await recheck(); // the findings the fixes solved disappear
      const text = t(lang, 'fixesApplied', { applied: result.applied, skipped: result.skipped ? t(lang, 'fixesSkipped', { n: result.skipped }) : '' });
      return { kind: 'success', text: result.notice ? `${text}${lang === 'zh' ? '。' : '. '}${result.notice}` : text };
    });

  const check = (): Promise<void> =>
    run(async () => {
      setPreview(undefined);
      cancelCheck.current = new AbortController();
      const progress = (p: { done: number; total: number; unit: string }): void => setStatus({ kind: 'busy', text: p.unit === 'files' ? t(lang, 'reading', p) : t(lang, 'working') });
      const result = await checkInTaskPane(host, scope, choice, { signal: cancelCheck.current.signal, onProgress: progress }).catch((e: unknown) => (e instanceof DOMException && e.name === 'AbortError' ? undefined : Promise.reject(e)));
      if (!result) return { kind: 'warning', text: t(lang, 'cancelled') };
      setReport(result);
      // one line per file that could not be read; the other files' findings are listed
      const unreadable = (host.unreadable?.() ?? []).map((u) => `${u.name}：${renderError(u.error.code, u.error.params, lang)}`);
      if (unreadable.length > 0) return { kind: 'error', text: unreadable.join('\n') };
      if (result.sheets.length === 0) return { kind: 'warning', text: t(lang, 'noSheets') };
      const errors = result.sheets.flatMap((s) => s.findings).filter((f) => f.severity === 'error').length;
      return errors === 0 && result.sheets.every((s) => s.findings.length === 0) ? { kind: 'success', text: t(lang, 'noProblems') } : undefined;
    });

  const findings = report?.sheets.flatMap((s) => s.findings) ?? [];
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;

  return (
    <section aria-label={t(lang, 'tabValidate')}>
      {worksOnOpenWorkbook(host) ? (
        <RadioGroup layout="horizontal" value={scope} onChange={(_, data) => setScope(data.value as 'active' | 'all')}>
          <Radio value="active" label={t(lang, 'scopeActive')} />
          <Radio value="all" label={t(lang, 'scopeAll')} />
        </RadioGroup>
      ) : null}
      {isBrowser(host) ? (
        <FilePicker
          label={t(lang, 'mergeFiles')}
          accept=".xlsx,.xlsm,.csv"
          multiple
          onFiles={async (picked) => {
            host.addFiles(await Promise.all(picked.map(async (f) => ({ name: f.name, bytes: await readFileBytes(f) }))));
            await check();
          }}
        />
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={check}>
          {report ? t(lang, 'recheck') : t(lang, 'check')}
        </Button>
        {status.kind === 'busy' ? <Button onClick={() => cancelCheck.current?.abort()}>{t(lang, 'cancel')}</Button> : null}
        {isBrowser(host) ? (
          <Button
            disabled={findings.length === 0}
            onClick={() =>
              run(async () => {
                const { copies, failed } = await annotatedCopies(host.files(), choice, lang);
                for (const copy of copies) await downloadBytes(copy.bytes, copy.name);
                const done = t(lang, 'annotatedDone', { n: copies.length });
                // a file whose copy could not be made is named with its reason; the others are downloaded
                return failed.length === 0 ? { kind: 'success', text: done } : { kind: 'error', text: [done, ...failed.map((f) => `${f.name}：${f.message}`)].join('\n') };
              })
            }
          >
            {t(lang, 'downloadAnnotated')}
          </Button>
        ) : null}
        {worksOnOpenWorkbook(host) ? (
          <>
        <Button disabled={findings.length === 0} onClick={() => run(async () => ({ kind: 'info', text: t(lang, 'marked', { n: await host.markFindings(findings, lang) }) }))}>
          {t(lang, 'mark')}
        </Button>
        <Button onClick={() => run(async () => ({ kind: 'info', text: t(lang, 'unmarked', { n: await host.clearMarks() }) }))}>{t(lang, 'unmark')}</Button>
          </>
        ) : null}
      </div>
      {plannedFixes.length > 0 || worksOnOpenWorkbook(host) ? (
        <div className={styles.row}>
          {plannedFixes.length > 0 ? <Button onClick={() => setPreview(plannedFixes)}>{t(lang, 'fixAll', { n: plannedFixes.length })}</Button> : null}
          {report ? <Checkbox checked={renumber} onChange={(_, d) => setRenumber(Boolean(d.checked))} label={t(lang, 'renumber')} /> : null}
          {worksOnOpenWorkbook(host) ? (
            <Button
              onClick={() =>
                run(async () => {
                  const n = await host.undoFixes();
                  await recheck();
                  return { kind: 'info', text: t(lang, 'undone', { n }) };
                })
              }
            >
              {t(lang, 'undoFixes')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {preview ? <FixPreview fixes={preview} lang={lang} onApply={applyFixes} onCancel={() => setPreview(undefined)} /> : null}
      <Status status={status} />
      {report ? (
        <div>
          {report.sheets.length <= MAX_SHEET_LINES ? (
            report.sheets.map((s) => (
              <Text as="p" block key={s.sheet}>
                {t(lang, 'sheetInfo', { sheet: s.sheet, template: s.template ?? '—', headerRow: s.headerRow ?? '—', dataRows: s.dataRows })}
              </Text>
            ))
          ) : (
            <Text as="p" block>
              {t(lang, 'sheetsChecked', { n: report.sheets.length, rows: report.sheets.reduce((n, s) => n + s.dataRows, 0) })}
            </Text>
          )}
          {report.skipped.length > 0 ? <Text as="p" block>{t(lang, 'skipped', { list: report.skipped.map((s) => s.sheet).join('、') })}</Text> : null}
          <Text as="p" block weight="semibold">
            {t(lang, 'summary', counts)}
          </Text>
          {isBrowser(host) ? (
            <FindingTable findings={listed(findings, lang)} lang={lang} />
          ) : (
            <FindingList
              findings={listed(findings, lang)}
              lang={lang}
              onSelect={(f) => f.cell && run(() => host.selectCell(f.sheet, f.cell as string))}
              actions={(f) => {
                const fix = plannedFixes.find((x) => x.sheet === f.sheet && x.cell === f.cell);
                return fix ? (
                  <Button size="small" appearance="secondary" onClick={() => setPreview([fix])} aria-label={`${t(lang, 'fixOne')} ${f.cell}`}>
                    {t(lang, 'fixOne')}
                  </Button>
                ) : null;
              }}
            />
          )}
        </div>
      ) : null}
    </section>
  );
}
