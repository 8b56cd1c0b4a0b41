import * as React from 'react';
import { Button, Checkbox, Field, ProgressBar, Radio, RadioGroup, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import type { MergeDocument } from '../../core/merge/merge-document';
import { fileName } from '../../core/text';
import { worksOnOpenWorkbook, type ReportHost, type WorkbookChoice } from '../../host/host';
import { FindingList } from '../components/FindingList';
import { FilePicker } from '../components/FilePicker';
import { errorText, Status, StatusLine } from '../components/Status';
import { downloadBytes, readFileBytes } from '../download';
import { mergeInTaskPane, NamedFile } from '../engine';
import { t } from '../i18n';

/**
 * 汇总: pick or drop the submissions (and optionally the master list), merge with a progress bar
 * that can be cancelled, and write 汇总 / 统计 / 问题 / 未报送 where the compiler wants them.
 */
const useStyles = makeStyles({
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalL,
    textAlign: 'center',
    margin: `${tokens.spacingVerticalS} 0`,
  },
  dropActive: { backgroundColor: tokens.colorNeutralBackground2Hover },
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

async function toNamed(files: FileList | File[]): Promise<NamedFile[]> {
  return Promise.all([...files].map(async (f) => ({ name: f.name, bytes: await readFileBytes(f) })));
}

export function MergePanel({ host, lang, choice, initialFiles, initialMaster }: MergePanelProps): React.ReactElement {
  const styles = useStyles();
  const [files, setFiles] = React.useState<NamedFile[]>(initialFiles ?? []);
  const [master, setMaster] = React.useState<NamedFile | undefined>(initialMaster);
  const [includeOpen, setIncludeOpen] = React.useState(false);
  const [target, setTarget] = React.useState<Target>(worksOnOpenWorkbook(host) && host.capabilities.createWorkbook ? 'new-workbook' : 'download');
  const [progress, setProgress] = React.useState<number>();
  const [dragging, setDragging] = React.useState(false);
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
      setStatus({ kind: 'success', text: t(lang, 'mergeDone', { tasks: result.doc.tasks.length, missing: result.doc.missing.length, findings: result.doc.findings.length }) });
    } catch (error) {
      setStatus(error instanceof DOMException && error.name === 'AbortError' ? { kind: 'warning', text: t(lang, 'cancelled') } : { kind: 'error', text: errorText(error, lang) });
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <section aria-label={t(lang, 'tabMerge')}>
      <div
        className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={async (e) => {
          e.preventDefault();
          setDragging(false);
          setFiles([...files, ...(await toNamed(e.dataTransfer.files))]);
        }}
      >
        <FilePicker label={t(lang, 'mergeFiles')} accept=".xlsx,.xlsm,.csv" multiple onFiles={async (picked) => setFiles([...files, ...(await toNamed(picked))])} />
        <Text>{t(lang, 'filesChosen', { n: files.length })}</Text>
      </div>
      <FilePicker label={t(lang, 'mergeMaster')} accept=".xlsx,.csv" onFiles={async ([file]) => setMaster((await toNamed([file]))[0])} />
      {master ? <Text block>{master.name}</Text> : null}
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
