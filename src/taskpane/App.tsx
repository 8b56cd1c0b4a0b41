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
  // five tabs fit a 350 px pane in either language: small tabs that wrap rather than overflow
  tabs: { flexWrap: 'wrap' },
  tab: { paddingLeft: '4px', paddingRight: '4px' },
});

/** Where the chosen language is kept between visits (the page's own storage; absent in some webviews). */
const LANG_KEY = 'progress-report.lang';

function storedLang(): Lang | undefined {
  try {
    const value = window.localStorage?.getItem(LANG_KEY);
    return value === 'zh' || value === 'en' ? value : undefined;
  } catch {
    return undefined; // storage refused (a sandboxed frame): the default language
  }
}

function storeLang(lang: Lang): void {
  try {
    window.localStorage?.setItem(LANG_KEY, lang);
  } catch {
    // not kept: the next visit starts in the default language
  }
}

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
  const [lang, setLangState] = React.useState<Lang>(() => storedLang() ?? initialLang);
  const setLang = (next: Lang): void => {
    setLangState(next);
    storeLang(next);
  };
  const [tab, setTab] = React.useState<TabName>(initialTab);
  // a panel is mounted when its tab is first opened and kept (hidden) after: its files and results stay
  const [visited, setVisited] = React.useState<ReadonlySet<TabName>>(() => new Set([initialTab]));
  const open = (next: TabName): void => {
    setTab(next);
    setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
  };
  const shown = (name: TabName): boolean => visited.has(name);
  const [choice, setChoice] = React.useState<WorkbookChoice>();

  React.useEffect(() => {
    host
      .loadChoice()
      .then((stored) => stored && setChoice(stored))
      .catch(() => undefined); // a workbook without a stored choice uses the detected template
  }, [host]);

  // a file dropped beside a drop area is ignored, not opened by the browser in place of the page
  React.useEffect(() => {
    const ignore = (e: DragEvent): void => e.preventDefault();
    window.addEventListener('dragover', ignore);
    window.addEventListener('drop', ignore);
    return () => {
      window.removeEventListener('dragover', ignore);
      window.removeEventListener('drop', ignore);
    };
  }, []);

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
        <TabList size="small" className={styles.tabs} selectedValue={tab} onTabSelect={(_, data) => open(data.value as TabName)}>
          <Tab className={styles.tab} value="validate">
            {t(lang, 'tabValidate')}
          </Tab>
          <Tab className={styles.tab} value="template">
            {t(lang, 'tabTemplate')}
          </Tab>
          <Tab className={styles.tab} value="submit">
            {t(lang, 'tabSubmit')}
          </Tab>
          <Tab className={styles.tab} value="merge">
            {t(lang, 'tabMerge')}
          </Tab>
          <Tab className={styles.tab} value="compare">
            {t(lang, 'tabCompare')}
          </Tab>
        </TabList>
        {shown('validate') ? (
          <div className={styles.panel} role="tabpanel" hidden={tab !== 'validate'}>
            <ValidatePanel host={host} lang={lang} {...(choice ? { choice } : {})} />
          </div>
        ) : null}
        {shown('template') ? (
          <div className={styles.panel} role="tabpanel" hidden={tab !== 'template'}>
            <TemplatePanel host={host} lang={lang} {...(choice ? { choice } : {})} onChoice={setChoice} />
          </div>
        ) : null}
        {shown('submit') ? (
          <div className={styles.panel} role="tabpanel" hidden={tab !== 'submit'}>
            <SubmitPanel host={host} lang={lang} {...(choice ? { choice } : {})} />
          </div>
        ) : null}
        {shown('merge') ? (
          <div className={styles.panel} role="tabpanel" hidden={tab !== 'merge'}>
            <MergePanel
              host={host}
              lang={lang}
              {...(choice ? { choice } : {})}
              {...(samples ? { initialFiles: samples.submissions, ...(samples.master ? { initialMaster: samples.master } : {}) } : {})}
            />
          </div>
        ) : null}
        {shown('compare') ? (
          <div className={styles.panel} role="tabpanel" hidden={tab !== 'compare'}>
            <ComparePanel host={host} lang={lang} />
          </div>
        ) : null}
      </main>
    </FluentProvider>
  );
}
