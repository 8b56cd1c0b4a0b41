import * as React from 'react';
import { Button, Checkbox, Field, ProgressBar, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import type { MergeDocument } from '../../core/merge/merge-document';
import { fileName } from '../../core/text';
import { worksOnOpenWorkbook, type ReportHost, type WorkbookChoice } from '../../host/host';
import { FindingList } from '../components/FindingList';
import { FileDrop, FileEntry } from '../components/FileDrop';
import { errorText, Status, StatusLine } from '../components/Status';
import { downloadBytes } from '../download';
import { mergeInTaskPane, NamedFile } from '../engine';
import { t } from '../i18n';

/**
 * 汇总: pick or drop the submissions (and optionally the master list), merge with a progress bar
 * that can be cancelled, and write 汇总 / 统计 / 问题 / 未报送 where the compiler wants them.
 */
const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', margin: `${tokens.spacingVerticalS} 0` },
});

type Target = 'new-workbook' | 'this-workbook' | 'download';

export interface MergePanelProps {
  host: ReportHost;
  lang: Lang;
  choice?: WorkbookChoice;
  /** Files already chosen (the browser page's samples). */
  initialFiles?: NamedFile[];
  initialMaster?: NamedFile;
}

/** Each file's state after a merge: unreadable with its reason, or read with its errors and warnings. */
function fileStates(files: readonly NamedFile[], doc: MergeDocument | undefined): FileEntry[] {
  if (!doc) return files.map((f) => ({ ...f }));
  return files.map((f) => {
    const bad = doc.unreadable.find((u) => u.file === f.name || fileName(u.file) === fileName(f.name));
    if (bad) return { ...f, state: { kind: 'unreadable', reason: bad.message } };
    const own = doc.findings.filter((x) => x.file !== null && (x.file === f.name || fileName(x.file) === fileName(f.name)));
    return { ...f, state: { kind: 'read', errors: own.filter((x) => x.severity === 'error').length, warnings: own.filter((x) => x.severity === 'warning').length } };
  });
}

export function MergePanel({ host, lang, choice, initialFiles, initialMaster }: MergePanelProps): React.ReactElement {
  const styles = useStyles();
  const [files, setFiles] = React.useState<NamedFile[]>(initialFiles ?? []);
  const [master, setMaster] = React.useState<NamedFile | undefined>(initialMaster);
  const [includeOpen, setIncludeOpen] = React.useState(false);
  const [target, setTarget] = React.useState<Target>(worksOnOpenWorkbook(host) && host.capabilities.createWorkbook ? 'new-workbook' : 'download');
  const [progress, setProgress] = React.useState<number>();
  const [doc, setDoc] = React.useState<MergeDocument>();
  const [status, setStatus] = React.useState<StatusLine>({ kind: 'idle' });
  const abort = React.useRef<AbortController>();
  // no default array in the dependency: a new `[]` each render would re-run this effect without end
  React.useEffect(() => {
    if (initialFiles) setFiles((current) => (current.length ? current : initialFiles));
  }, [initialFiles]);

  const merge = async (): Promise<void> => {
    abort.current = new AbortController();
    setProgress(0);
    setStatus({ kind: 'busy', text: t(lang, 'working') });
    try {
      const openSheets = includeOpen ? await host.readSheets('all') : undefined;
      const result = await mergeInTaskPane({
        submissions: files,
        ...(master ? { master } : {}),
        ...(openSheets ? { openSheets } : {}),
        ...(choice ? { choice } : {}),
        lang,
        signal: abort.current.signal,
        onProgress: (done, total) => setProgress(total ? done / total : 1),
      });
      setDoc(result.doc);
      const name = `汇总${result.doc.period ? `_${result.doc.period}` : ''}.xlsx`;
      if (target === 'download') await downloadBytes(result.workbook, name);
      else await host.openWorkbook(result.workbook, name, target);
      const done = t(lang, 'mergeDone', { tasks: result.doc.tasks.length, missing: result.doc.missing.length, findings: result.doc.findings.length });
      // a file that could not be read is named with its reason, never hidden under a success line
      const lost = result.doc.unreadable;
      setStatus(
        lost.length
          ? { kind: 'warning', text: [done, t(lang, 'mergeSomeUnreadable', { n: lost.length }), ...lost.map((u) => t(lang, 'labelled', { label: u.file, text: u.message }))].join('\n') }
          : { kind: 'success', text: done },
      );
    } catch (error) {
      setStatus(error instanceof DOMException && error.name === 'AbortError' ? { kind: 'warning', text: t(lang, 'cancelled') } : { kind: 'error', text: errorText(error, lang) });
    } finally {
      setProgress(undefined);
    }
  };

  const states = fileStates(files, doc);
  return (
    <section aria-label={t(lang, 'tabMerge')}>
      <FileDrop
        label={t(lang, 'mergeFiles')}
        accept=".xlsx,.xlsm,.csv"
        lang={lang}
        mode="many"
        files={states}
        onAdd={(added) => {
          setFiles((current) => [...current, ...added]);
          setDoc(undefined);
        }}
        onRemove={(name) => {
          setFiles((current) => current.filter((f) => f.name !== name));
          setDoc(undefined);
        }}
        onClear={() => {
          setFiles([]);
          setDoc(undefined);
        }}
      />
      <FileDrop
        label={t(lang, 'mergeMaster')}
        accept=".xlsx,.xlsm,.csv"
        lang={lang}
        mode="one"
        files={master ? [master] : []}
        onAdd={([file]) => setMaster(file)}
        onRemove={() => setMaster(undefined)}
      />
      {master ? null : (
        <Text size={200} block>
          {t(lang, 'mergeMasterNone')}
        </Text>
      )}
      {worksOnOpenWorkbook(host) ? <Checkbox checked={includeOpen} onChange={(_, d) => setIncludeOpen(Boolean(d.checked))} label={t(lang, 'mergeIncludeOpen')} /> : null}
      <Field label={t(lang, 'mergeTarget')}>
        <RadioGroup layout="horizontal" value={target} onChange={(_, d) => setTarget(d.value as Target)}>
          {worksOnOpenWorkbook(host) && host.capabilities.createWorkbook ? <Radio value="new-workbook" label={t(lang, 'targetNew')} /> : null}
          {worksOnOpenWorkbook(host) && host.capabilities.insertSheets ? <Radio value="this-workbook" label={t(lang, 'targetThis')} /> : null}
          <Radio value="download" label={t(lang, 'targetDownload')} />
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={progress !== undefined || (files.length === 0 && !includeOpen)} onClick={merge}>
          {t(lang, 'mergeRun')}
        </Button>
        {progress !== undefined ? <Button onClick={() => abort.current?.abort()}>{t(lang, 'cancel')}</Button> : null}
      </div>
      {progress !== undefined ? <ProgressBar value={progress} aria-label={t(lang, 'reading', { done: Math.round(progress * files.length), total: files.length })} /> : null}
      <Status status={status} />
      {doc ? <FindingList findings={doc.findings.map((f) => ({ ...f, file: f.file ? fileName(f.file) : null }))} lang={lang} /> : null}
    </section>
  );
}
