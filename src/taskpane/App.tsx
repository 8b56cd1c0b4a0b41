import * as React from 'react';
import { Button, FluentProvider, Tab, TabList, Text, Theme, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../core/catalog';
import type { ReportHost, WorkbookChoice } from '../host/host';
import type { NamedFile } from './engine';
import { t } from './i18n';
import { ComparePanel } from './panels/ComparePanel';
import { MergePanel } from './panels/MergePanel';
import { SubmitPanel } from './panels/SubmitPanel';
import { TemplatePanel } from './panels/TemplatePanel';
import { ValidatePanel } from './panels/ValidatePanel';

/** The task pane: four tabs over one host; Chinese by default, English one click away. */
const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, minHeight: '100vh', boxSizing: 'border-box' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'center' },
  panel: { paddingTop: tokens.spacingVerticalM },
});

export type TabName = 'validate' | 'template' | 'submit' | 'merge' | 'compare';

export interface AppProps {
  host: ReportHost;
  theme: Theme;
  initialLang?: Lang;
  initialTab?: TabName;
  /** The bundled samples the browser page opens with: submissions and the master list. */
  samples?: { submissions: NamedFile[]; master?: NamedFile };
}

export function App({ host, theme, initialLang = 'zh', initialTab = 'validate', samples }: AppProps): React.ReactElement {
  const styles = useStyles();
  const [lang, setLang] = React.useState<Lang>(initialLang);
  const [tab, setTab] = React.useState<TabName>(initialTab);
  const [choice, setChoice] = React.useState<WorkbookChoice>();

  React.useEffect(() => {
    host
      .loadChoice()
      .then((stored) => stored && setChoice(stored))
      .catch(() => undefined); // a workbook without a stored choice uses the detected template
  }, [host]);

  React.useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(lang, 'appTitle');
  }, [lang]);

  return (
    <FluentProvider theme={theme}>
      <main className={styles.root}>
        <div className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t(lang, 'appTitle')}
          </Text>
          <Button size="small" onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')} aria-label={lang === 'zh' ? 'Switch to English' : '切换到中文'}>
            {t(lang, 'language')}
          </Button>
        </div>
        {samples ? (
          <Text as="p" block size={200}>
            {t(lang, 'samplesLoaded', { n: samples.submissions.length })}
          </Text>
        ) : null}
        {(host.notices ?? []).map((notice) => (
          <Text key={notice} as="p" block size={200} role="note">
            {notice}
          </Text>
        ))}
        <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as TabName)}>
          <Tab value="validate">{t(lang, 'tabValidate')}</Tab>
          <Tab value="template">{t(lang, 'tabTemplate')}</Tab>
          <Tab value="submit">{t(lang, 'tabSubmit')}</Tab>
          <Tab value="merge">{t(lang, 'tabMerge')}</Tab>
          <Tab value="compare">{t(lang, 'tabCompare')}</Tab>
        </TabList>
        <div className={styles.panel} role="tabpanel">
          {tab === 'validate' ? <ValidatePanel host={host} lang={lang} {...(choice ? { choice } : {})} /> : null}
          {tab === 'template' ? <TemplatePanel host={host} lang={lang} {...(choice ? { choice } : {})} onChoice={setChoice} /> : null}
          {tab === 'submit' ? <SubmitPanel host={host} lang={lang} {...(choice ? { choice } : {})} /> : null}
          {tab === 'merge' ? <MergePanel host={host} lang={lang} {...(choice ? { choice } : {})} {...(samples ? { initialFiles: samples.submissions, ...(samples.master ? { initialMaster: samples.master } : {}) } : {})} /> : null}
          {tab === 'compare' ? <ComparePanel host={host} lang={lang} /> : null}
        </div>
      </main>
    </FluentProvider>
  );
}
