import * as React from 'react';
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import { BUILTIN_TEMPLATES } from '../../core/template/builtin';
import type { Template } from '../../core/template/schema';
import { worksOnOpenWorkbook, type ReportHost, type WorkbookChoice } from '../../host/host';
import { FilePicker } from '../components/FilePicker';
import { ImportNotice } from '../components/ImportNotice';
import { Status, useStatusRunner } from '../components/Status';
import { readFileBytes, downloadBytes } from '../download';
import { blankTemplateWorkbook, importTemplateFile, importUnitsFile, unitTemplates } from '../engine';
import { t } from '../i18n';

/**
 * 模板: choose a built-in template or import one (JSON), load a units directory, insert a blank
 * report sheet (the page: download one, with the period in its title), make one pre-filled report
 * per unit of a master list (one zip), and store the choice in the workbook so it travels to every clerk.
 */
export const UNIT_TEMPLATES_ZIP = '各单位报表.zip';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', margin: `${tokens.spacingVerticalS} 0` },
});

/** The first built-in template (progress), what a workbook without a stored choice uses. */
function defaultTemplate(): Template {
  const first = BUILTIN_TEMPLATES[0];
  if (!first) throw new Error('no built-in template');
  return first;
}

export interface TemplatePanelProps {
  host: ReportHost;
  lang: Lang;
  choice?: WorkbookChoice;
  onChoice: (choice: WorkbookChoice) => void;
}

export function TemplatePanel({ host, lang, choice, onChoice }: TemplatePanelProps): React.ReactElement {
  const styles = useStyles();
  const [status, run] = useStatusRunner(lang);
  const [period, setPeriod] = React.useState('');
  const heading = period.trim() ? { period: period.trim() } : {};
  const current: WorkbookChoice = choice ?? { template: defaultTemplate() };
  const options = [...BUILTIN_TEMPLATES, ...(BUILTIN_TEMPLATES.some((b) => b.name === current.template.name) ? [] : [current.template])];

  const importTemplate = (file: File): Promise<void> =>
    run(async () => {
      const template = await importTemplateFile({ name: file.name, bytes: await readFileBytes(file) });
      onChoice({ ...current, template });
      return { kind: 'success', text: template.title };
    });

  const importUnits = (file: File): Promise<void> =>
    run(async () => {
      const directory = await importUnitsFile({ name: file.name, bytes: await readFileBytes(file) });
      onChoice({ ...current, directory });
      return { kind: 'success', text: t(lang, 'unitsLoaded', { n: directory.length }) };
    });

  const makeUnitTemplates = (file: File): Promise<void> =>
    run(async () => {
      const { files, zip } = await unitTemplates({ name: file.name, bytes: await readFileBytes(file) }, current, heading);
      if (files.length === 0) return { kind: 'warning', text: t(lang, 'unitTemplatesNone') };
      await downloadBytes(zip, UNIT_TEMPLATES_ZIP, 'application/zip');
      return { kind: 'success', text: t(lang, 'unitTemplatesDone', { n: files.length, name: UNIT_TEMPLATES_ZIP }) };
    });

  return (
    <section aria-label={t(lang, 'tabTemplate')}>
      <Field label={t(lang, 'templateChoose')}>
        <Select value={current.template.name} onChange={(_, data) => onChoice({ ...current, template: options.find((o) => o.name === data.value) ?? defaultTemplate() })}>
          {options.map((o) => (
            <option key={o.name} value={o.name}>
              {o.title}（{o.name}）
            </option>
          ))}
        </Select>
      </Field>
      <Text as="p" block>
        {current.template.columns.map((c) => c.label).join(' / ')}
      </Text>
      <FilePicker label={t(lang, 'templateImport')} accept=".json,application/json" onFiles={([file]) => file && importTemplate(file)} />
      <FilePicker label={t(lang, 'unitsImport')} accept=".json,.csv,.xlsx" onFiles={([file]) => file && importUnits(file)} />
      {current.directory ? (
        <Text as="p" block>
          {t(lang, 'unitsLoaded', { n: current.directory.length })}
        </Text>
      ) : null}
      <Field label={t(lang, 'templatePeriod')}>
        <Input value={period} onChange={(_, d) => setPeriod(d.value)} />
      </Field>
      <div className={styles.row}>
        {worksOnOpenWorkbook(host) ? (
          <Button appearance="primary" onClick={() => run(async () => ({ kind: 'success', text: t(lang, 'inserted', { name: await host.insertTemplate(current) }) }))}>
            {t(lang, 'insertTemplate')}
          </Button>
        ) : (
          <Button
            appearance="primary"
            onClick={() =>
              run(async () => {
                await downloadBytes(await blankTemplateWorkbook(current, heading), `${current.template.title}.xlsx`);
                return { kind: 'success', text: t(lang, 'exported', { name: `${current.template.title}.xlsx` }) };
              })
            }
          >
            {t(lang, 'downloadTemplate')}
          </Button>
        )}
        {worksOnOpenWorkbook(host) ? (
          <Button
            onClick={() =>
              run(async () => {
                await host.saveChoice(current);
                return { kind: 'success', text: t(lang, 'saved') };
              })
            }
          >
            {t(lang, 'saveChoice')}
          </Button>
        ) : null}
      </div>
      <FilePicker label={t(lang, 'unitTemplatesMaster')} accept=".xlsx,.xlsm,.csv" onFiles={([file]) => file && makeUnitTemplates(file)} />
      <Status status={status} />
      <ImportNotice
        lang={lang}
        onOpen={(bytes) => (worksOnOpenWorkbook(host) && host.capabilities.createWorkbook ? host.openWorkbook(bytes, '任务清单.xlsx', 'new-workbook') : downloadBytes(bytes, '任务清单.xlsx'))}
      />
    </section>
  );
}
