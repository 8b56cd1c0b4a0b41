import * as React from 'react';
import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import type { Grid } from '../../core/grid';
import type { SheetReport } from '../../core/validate';
import { worksOnOpenWorkbook, type ReportHost, type WorkbookChoice } from '../../host/host';
import { FilePicker } from '../components/FilePicker';
import { FindingList, listed } from '../components/FindingList';
import { errorText, Status, StatusLine } from '../components/Status';
import { downloadBytes, readFileBytes } from '../download';
import { readFiles, submissionFileName, submissionWorkbook, validateSheets } from '../engine';
import { t } from '../i18n';

/**
 * 上报: validate the clerk's report, then export a clean submission named `单位_2026年报告期.xlsx`.
 * In Excel and WPS the report is the open sheet; in the page it is the file the clerk picks here
 * (never a file loaded for 检查 or 汇总). Export is refused while errors remain, and each error is
 * listed with its cell; warnings are counted so the clerk can decide.
 */
export interface SubmitPanelProps {
  host: ReportHost;
  lang: Lang;
  choice?: WorkbookChoice;
}

interface Checked {
  /** The picked file's name (the page), or undefined for the open sheet. */
  file?: string;
  grid: Grid;
  report: SheetReport;
}

/** The sheet to submit: the first one read as a report (a header found), else the first. */
function reportSheet(grids: readonly Grid[], choice: WorkbookChoice | undefined): { grid: Grid; report: SheetReport } | undefined {
  const reports = validateSheets(grids, choice).sheets;
  const report = reports.find((r) => r.headerRow !== null) ?? reports[0];
  const grid = grids.find((g) => g.sheet === report?.sheet);
  return report && grid ? { grid, report } : undefined;
}

export function SubmitPanel({ host, lang, choice }: SubmitPanelProps): React.ReactElement {
  const [checked, setChecked] = React.useState<Checked>();
  const [unit, setUnit] = React.useState('');
  const [period, setPeriod] = React.useState('');
  const [status, setStatus] = React.useState<StatusLine>({ kind: 'idle' });
  const errors = checked?.report.findings.filter((f) => f.severity === 'error') ?? [];
  const fromFiles = !worksOnOpenWorkbook(host);

  const accept = (found: { grid: Grid; report: SheetReport } | undefined, file?: string): void => {
    if (!found) {
      setChecked(undefined);
      return setStatus({ kind: 'warning', text: t(lang, 'noSheets') });
    }
    const { grid, report } = found;
    setChecked({ ...(file ? { file } : {}), grid, report });
    // the file's own lines win over what was typed for another file
    setUnit((u) => (file ? report.meta.reportingUnit || '' : u || report.meta.reportingUnit || ''));
    setPeriod((p) => (file ? report.meta.period || '' : p || report.meta.period || ''));
    const n = report.findings.filter((f) => f.severity === 'error').length;
    const warnings = report.findings.filter((f) => f.severity === 'warning').length;
    const name = file ?? report.sheet;
    if (n > 0) setStatus({ kind: 'error', text: t(lang, 'submitErrorsIn', { name, n }) });
    else if (warnings > 0) setStatus({ kind: 'warning', text: t(lang, 'submitWarnings', { name, n: warnings }) });
    else setStatus({ kind: 'success', text: t(lang, 'noProblems') });
  };

  const checkOpenSheet = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: t(lang, 'working') });
    try {
      accept(reportSheet(await host.readSheets('active'), choice));
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  const checkFile = async (file: File): Promise<void> => {
    setStatus({ kind: 'busy', text: t(lang, 'working') });
    setChecked(undefined);
    try {
      const [read] = await readFiles([{ name: file.name, bytes: await readFileBytes(file) }], lang);
      if (!read) return setStatus({ kind: 'warning', text: t(lang, 'noSheets') });
      if ('error' in read) return setStatus({ kind: 'error', text: `${read.name}：${read.error}` });
      accept(reportSheet(read.grids, choice), read.name);
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  const exportFile = async (): Promise<void> => {
    if (!checked || errors.length > 0) return;
    try {
      const name = submissionFileName(unit, period, checked.report.meta.year ?? new Date().getFullYear());
      await downloadBytes(await submissionWorkbook(checked.grid), name);
      setStatus({ kind: 'success', text: t(lang, 'exported', { name }) });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  return (
    <section aria-label={t(lang, 'tabSubmit')}>
      <Text as="p" block>
        {t(lang, fromFiles ? 'submitIntroFile' : 'submitIntro')}
      </Text>
      {fromFiles ? (
        <FilePicker label={t(lang, 'submitPick')} accept=".xlsx,.xlsm,.csv" onFiles={([file]) => file && void checkFile(file)} />
      ) : (
        <Button appearance="primary" onClick={checkOpenSheet}>
          {t(lang, 'check')}
        </Button>
      )}
      {checked?.file ? (
        <Text as="p" block>
          {t(lang, 'submitFile', { name: checked.file, sheet: checked.report.sheet })}
        </Text>
      ) : null}
      <Field label={t(lang, 'unitName')}>
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      <Field label={t(lang, 'period')}>
        <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      {checked ? (
        <Text as="p" block>
          {t(lang, 'submitName', { name: submissionFileName(unit, period, checked.report.meta.year ?? new Date().getFullYear()) })}
        </Text>
      ) : null}
      <Button disabled={!checked || errors.length > 0} onClick={exportFile}>
        {t(lang, 'exportSubmission')}
      </Button>
      <Status status={status} />
      {errors.length > 0 ? <FindingList findings={listed(errors, lang)} lang={lang} onSelect={(f) => f.cell && host.selectCell(f.sheet, f.cell).catch(() => undefined)} /> : null}
    </section>
  );
}
