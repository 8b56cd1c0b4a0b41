import * as React from 'react';
import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import type { Grid } from '../../core/grid';
import type { SheetReport } from '../../core/validate';
import type { ReportHost, WorkbookChoice } from '../../host/host';
import { FindingList, listed } from '../components/FindingList';
import { errorText, Status, StatusLine } from '../components/Status';
import { downloadBytes } from '../download';
import { submissionFileName, submissionWorkbook, validateSheets } from '../engine';
import { t } from '../i18n';

/**
 * 上报: validate the report sheet, then export a clean submission named `单位_报告期.xlsx`.
 * Export is blocked while errors remain, and the reason is shown.
 */
export interface SubmitPanelProps {
  host: ReportHost;
  lang: Lang;
  choice?: WorkbookChoice;
}

export function SubmitPanel({ host, lang, choice }: SubmitPanelProps): React.ReactElement {
  const [checked, setChecked] = React.useState<{ grid: Grid; report: SheetReport }>();
  const [unit, setUnit] = React.useState('');
  const [period, setPeriod] = React.useState('');
  const [status, setStatus] = React.useState<StatusLine>({ kind: 'idle' });
  const errors = checked?.report.findings.filter((f) => f.severity === 'error') ?? [];

  const check = async (): Promise<void> => {
    setStatus({ kind: 'busy', text: t(lang, 'working') });
    try {
      const grids = await host.readSheets('active');
      const report = validateSheets(grids, choice).sheets[0];
      const grid = grids.find((g) => g.sheet === report?.sheet);
      if (!report || !grid) return setStatus({ kind: 'warning', text: t(lang, 'noSheets') });
      setChecked({ grid, report });
      setUnit((u) => u || report.meta.reportingUnit || '');
      setPeriod((p) => p || report.meta.period || '');
      const n = report.findings.filter((f) => f.severity === 'error').length;
      setStatus(n > 0 ? { kind: 'error', text: t(lang, 'submitBlocked', { n }) } : { kind: 'success', text: t(lang, 'noProblems') });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  const exportFile = async (): Promise<void> => {
    if (!checked) return;
    try {
      const name = submissionFileName(unit, period);
      await downloadBytes(await submissionWorkbook(checked.grid), name);
      setStatus({ kind: 'success', text: t(lang, 'exported', { name }) });
    } catch (error) {
      setStatus({ kind: 'error', text: errorText(error, lang) });
    }
  };

  return (
    <section aria-label={t(lang, 'tabSubmit')}>
      <Text as="p" block>
        {t(lang, 'submitIntro')}
      </Text>
      <Button appearance="primary" onClick={check}>
        {t(lang, 'check')}
      </Button>
      <Field label={t(lang, 'unitName')}>
        <Input value={unit} onChange={(_, d) => setUnit(d.value)} />
      </Field>
      <Field label={t(lang, 'period')}>
        <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      <Button disabled={!checked || errors.length > 0} onClick={exportFile}>
        {t(lang, 'exportSubmission')}
      </Button>
      <Status status={status} />
      {errors.length > 0 ? <FindingList findings={listed(errors, lang)} lang={lang} onSelect={(f) => f.cell && host.selectCell(f.sheet, f.cell).catch(() => undefined)} /> : null}
    </section>
  );
}
