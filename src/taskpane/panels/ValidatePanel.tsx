import * as React from 'react';
import { Button, Checkbox, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Fix } from '../../core/fix/plan';
import { FixPreview } from '../components/FixPreview';
import type { Lang } from '../../core/catalog';
import { renumberable } from '../../core/fix/renumberable';
import { worksOnOpenWorkbook, type ReportHost, type WorkbookChoice } from '../../host/host';
import { FileDrop, FileEntry } from '../components/FileDrop';
import { FindingList, listed, RowLookup } from '../components/FindingList';
import { downloadAll } from '../components/archive';
import { Status, useStatusRunner } from '../components/Status';
import { annotatedCopies, checkInTaskPane } from '../engine';
import type { PaneReport } from '../worker/protocol';
import { usePlannedFixes } from '../worker/use-planned-fixes';
import { t } from '../i18n';
import { renderError } from '../../locales';

/**
 * 检查: check the open workbook (its active sheet or every sheet) or the files picked in the page;
 * the findings in one view, a cell selected from its finding where the host can, marks on and off,
 * fixes previewed then applied, annotated copies of the picked files in one archive.
 */
const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', margin: `${tokens.spacingVerticalS} 0` },
  explain: { display: 'block', color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXXL },
});

export interface ValidatePanelProps {
  host: ReportHost;
  lang: Lang;
  choice?: WorkbookChoice;
}

/** Up to this many sheets each gets its own line below the summary line (a folder of submissions gets none). */
const MAX_SHEET_LINES = 5;

/** Which file each sheet came from, and the 序号 and task of each finding's row (as the check sent them). */
function rowLookup(report: PaneReport, fileOf: ReadonlyMap<string, string>): RowLookup {
  const bySheet = new Map(report.sheets.map((s) => [s.sheet, s]));
  return (f) => {
    const text = f.row !== null ? bySheet.get(f.sheet)?.rowTexts?.[f.row] : undefined;
    const file = fileOf.get(f.sheet);
    return { ...(file !== undefined ? { file } : {}), ...(text ? { seq: text.seq, task: text.task } : {}) };
  };
}

export function ValidatePanel({ host, lang, choice }: ValidatePanelProps): React.ReactElement {
  const styles = useStyles();
  const picked = host.pickedFiles;
  const [scope, setScope] = React.useState<'active' | 'all'>('active');
  const [report, setReport] = React.useState<PaneReport>();
  const [fileOf, setFileOf] = React.useState<ReadonlyMap<string, string>>(new Map());
  const [files, setFiles] = React.useState<FileEntry[]>(() => (picked ? picked.list().map((f) => ({ ...f })) : []));
  const [status, run, setStatus] = useStatusRunner(lang);
  const cancelCheck = React.useRef<AbortController>();
  const [preview, setPreview] = React.useState<Fix[]>();
  const [renumber, setRenumber] = React.useState(false);
  // planned off the page's thread once per report; renumbering touches whole tables only
  const plannedFixes = usePlannedFixes(report, renumber);
  const wholeTables = report?.sheets.filter(renumberable).length ?? 0;

  /**
   * Reads and checks (in the worker where there is one, with progress and cancel); each picked file
   * gets its state (read with its errors, or unreadable with why). Undefined when cancelled.
   */
  const readAndCheck = async (): Promise<{ result: PaneReport; unreadable: { name: string; reason: string }[] } | undefined> => {
    cancelCheck.current = new AbortController();
    const progress = (p: { done: number; total: number; unit: string }): void => setStatus({ kind: 'busy', text: p.unit === 'files' ? t(lang, 'reading', p) : t(lang, 'working') });
    const result = await checkInTaskPane(host, scope, choice, { signal: cancelCheck.current.signal, onProgress: progress }).catch((e: unknown) =>
      e instanceof DOMException && e.name === 'AbortError' ? undefined : Promise.reject(e),
    );
    if (!result) return undefined;
    const origins = new Map(result.sheets.map((s) => [s.sheet, s.file ?? s.sheet]));
    setReport(result);
    setFileOf(origins);
    const unreadable = (host.unreadable?.() ?? []).map((u) => ({ name: u.name, reason: renderError(u.error.code, u.error.params, lang) }));
    if (picked) {
      const counts = new Map<string, { errors: number; warnings: number }>();
      for (const s of result.sheets) {
        const file = origins.get(s.sheet) ?? s.sheet;
        const c = counts.get(file) ?? { errors: 0, warnings: 0 };
        for (const f of s.findings) {
          if (f.severity === 'error') c.errors++;
          else if (f.severity === 'warning') c.warnings++;
        }
        counts.set(file, c);
      }
      setFiles(
        picked.list().map((f) => {
          const bad = unreadable.find((u) => u.name === f.name);
          return { ...f, state: bad ? { kind: 'unreadable', reason: bad.reason } : { kind: 'read', ...(counts.get(f.name) ?? { errors: 0, warnings: 0 }) } };
        }),
      );
    }
    return { result, unreadable };
  };

  const check = (): Promise<void> =>
    run(async () => {
      setPreview(undefined);
      const checked = await readAndCheck();
      if (!checked) return { kind: 'warning', text: t(lang, 'cancelled') };
      const { result, unreadable } = checked;
      // each unreadable file is named with its reason; the other files' findings are listed below
      if (unreadable.length > 0)
        return { kind: 'error', text: [t(lang, 'someUnreadable', { n: unreadable.length }), ...unreadable.map((u) => t(lang, 'labelled', { label: u.name, text: u.reason }))].join('\n') };
      if (result.sheets.length === 0) return { kind: 'warning', text: t(lang, 'noSheets') };
      return result.sheets.every((s) => s.findings.length === 0) ? { kind: 'success', text: t(lang, 'noProblems') } : undefined;
    });

  const applyFixes = (fixes: Fix[]): Promise<void> =>
    run(async () => {
      setPreview(undefined);
      const result = await host.applyFixes(fixes);
      if (result.copies) {
        await downloadAll(result.copies, t(lang, 'fixedZipName'));
        return { kind: 'success', text: t(lang, 'fixesDownloaded', { n: result.copies.length }) };
      }
      await readAndCheck(); // the findings the fixes solved disappear
      const text = t(lang, 'fixesApplied', { applied: result.applied, skipped: result.skipped ? t(lang, 'fixesSkipped', { n: result.skipped }) : '' });
      return { kind: 'success', text: result.notice ? `${text}${lang === 'zh' ? '。' : '. '}${result.notice}` : text };
    });

  const changeFiles = (change: () => void): void => {
    change();
    setFiles((picked?.list() ?? []).map((f) => ({ ...f })));
    setReport(undefined);
    setPreview(undefined);
    setStatus({ kind: 'idle' });
  };

  const findings = report?.sheets.flatMap((s) => s.findings) ?? [];
  const counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) counts[f.severity === 'error' ? 'errors' : f.severity === 'warning' ? 'warnings' : 'infos']++;
  const onOpenWorkbook = worksOnOpenWorkbook(host);

  return (
    <section aria-label={t(lang, 'tabValidate')}>
      {onOpenWorkbook ? (
        <RadioGroup layout="horizontal" value={scope} onChange={(_, data) => setScope(data.value as 'active' | 'all')}>
          <Radio value="active" label={t(lang, 'scopeActive')} />
          <Radio value="all" label={t(lang, 'scopeAll')} />
        </RadioGroup>
      ) : null}
      {picked ? (
        <FileDrop
          label={t(lang, 'mergeFiles')}
          accept=".xlsx,.xlsm,.csv"
          lang={lang}
          mode="many"
          files={files}
          onAdd={(added) => {
            picked.add(added);
            void check();
          }}
          onRemove={(name) => changeFiles(() => picked.remove(name))}
          onClear={() => changeFiles(() => picked.clear())}
        />
      ) : null}
      <div className={styles.row}>
        <Button appearance="primary" onClick={check} disabled={picked !== undefined && files.length === 0}>
          {report ? t(lang, 'recheck') : t(lang, 'check')}
        </Button>
        {status.kind === 'busy' ? <Button onClick={() => cancelCheck.current?.abort()}>{t(lang, 'cancel')}</Button> : null}
        {picked ? (
          <Button
            disabled={findings.length === 0}
            onClick={() =>
              run(async () => {
                const { copies, failed } = await annotatedCopies(picked.list(), choice, lang);
                await downloadAll(copies, t(lang, 'annotatedZipName'));
                const done = t(lang, copies.length > 1 ? 'annotatedZipped' : 'annotatedDone', { n: copies.length });
                // a file whose copy could not be made is named with its reason; the others are downloaded
                return failed.length === 0
                  ? { kind: 'success', text: done }
                  : { kind: 'error', text: [done, ...failed.map((f) => t(lang, 'labelled', { label: f.name, text: f.message }))].join('\n') };
              })
            }
          >
            {t(lang, 'downloadAnnotated')}
          </Button>
        ) : null}
        {onOpenWorkbook ? (
          <>
            <Button disabled={findings.length === 0} onClick={() => run(async () => ({ kind: 'info', text: t(lang, 'marked', { n: await host.markFindings(findings, lang) }) }))}>
              {t(lang, 'mark')}
            </Button>
            <Button onClick={() => run(async () => ({ kind: 'info', text: t(lang, 'unmarked', { n: await host.clearMarks() }) }))}>{t(lang, 'unmark')}</Button>
          </>
        ) : null}
      </div>
      {plannedFixes.length > 0 || wholeTables > 0 || onOpenWorkbook ? (
        <div className={styles.row}>
          {plannedFixes.length > 0 ? <Button onClick={() => setPreview(plannedFixes)}>{t(lang, 'fixAll', { n: plannedFixes.length })}</Button> : null}
          {wholeTables > 0 ? (
            <div>
              <Checkbox checked={renumber} onChange={(_, d) => setRenumber(Boolean(d.checked))} label={t(lang, 'renumber')} />
              <Text size={200} className={styles.explain}>
                {t(lang, 'renumberExplain', { n: wholeTables })}
              </Text>
            </div>
          ) : null}
          {onOpenWorkbook ? (
            <Button
              onClick={() =>
                run(async () => {
                  const n = await host.undoFixes();
                  await readAndCheck();
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
          <Text as="p" block>
            {t(lang, 'sheetsChecked', { n: report.sheets.length, rows: report.sheets.reduce((n, s) => n + s.dataRows, 0) })}
          </Text>
          {report.sheets.length <= MAX_SHEET_LINES
            ? report.sheets.map((s) => (
                <Text as="p" block size={200} key={s.sheet}>
                  {t(lang, 'sheetInfo', { sheet: s.sheet, template: s.template ?? '—', headerRow: s.headerRow ?? '—', dataRows: s.dataRows })}
                </Text>
              ))
            : null}
          {report.skipped.length > 0 ? (
            <Text as="p" block>
              {t(lang, 'skipped', { list: report.skipped.map((s) => s.sheet).join('、') })}
            </Text>
          ) : null}
          <Text as="p" block weight="semibold">
            {t(lang, 'summary', counts)}
          </Text>
          <FindingList
            findings={listed(findings, lang, rowLookup(report, fileOf))}
            lang={lang}
            {...(onOpenWorkbook ? { onSelect: (f: { sheet: string; cell: string | null }) => f.cell && run(() => host.selectCell(f.sheet, f.cell as string)) } : {})}
            actions={(f) => {
              const fix = plannedFixes.find((x) => x.sheet === f.sheet && x.cell === f.cell);
              return fix ? (
                <Button size="small" appearance="secondary" onClick={() => setPreview([fix])} aria-label={`${t(lang, 'fixOne')} ${f.cell}`}>
                  {t(lang, 'fixOne')}
                </Button>
              ) : null;
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
