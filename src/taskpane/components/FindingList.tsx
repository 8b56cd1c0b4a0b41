import * as React from 'react';
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import type { Finding } from '../../core/finding';
import { t } from '../i18n';
import { FindingFilters, FindingFilter, NO_FILTER, passes } from './FindingFilters';
import { codeLabel, ListedFinding } from './listed';

export { codeLabel, listed } from './listed';
export type { ListedFinding, RowLookup } from './listed';

/**
 * The one findings view of every panel (检查, 汇总, 对比, 上报): grouped by severity (errors first),
 * then by file, each group collapsible; chips filter by code and severity, a list by unit/file.
 * Each line says where (cell, 序号, a short task text), what (the code's label and the message)
 * and what to write instead. A line is a button where the host can select its cell.
 */
const useStyles = makeStyles({
  severity: { marginTop: tokens.spacingVerticalM },
  severityTitle: { fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
  file: { margin: `${tokens.spacingVerticalXS} 0`, borderLeft: `2px solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS },
  summary: { cursor: 'pointer', overflowWrap: 'anywhere', padding: `${tokens.spacingVerticalXS} 0` },
  list: { listStyle: 'none', padding: 0, margin: 0 },
  line: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, margin: `${tokens.spacingVerticalXXS} 0` },
  item: { display: 'block', flexGrow: 1, minWidth: 0, textAlign: 'left', height: 'auto', padding: '4px 6px', whiteSpace: 'normal', overflowWrap: 'anywhere', fontWeight: tokens.fontWeightRegular },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  task: { color: tokens.colorNeutralForeground2 },
  title: { fontWeight: tokens.fontWeightSemibold },
  message: { display: 'block' },
  hint: { color: tokens.colorNeutralForeground3, display: 'block' },
  more: { marginTop: tokens.spacingVerticalXS },
});

const ORDER: Finding['severity'][] = ['error', 'warning', 'info'];
export const BADGE: Record<Finding['severity'], 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
export const SEVERITY_LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;
/** Lines shown per file group before a "show all" button (a batch can have thousands). */
const PAGE = 50;
/** Groups of warnings and infos start open only when the whole list is this short. */
const OPEN_ALL_BELOW = 30;

const short = (text: string, n: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
};

export interface FindingListProps {
  findings: readonly ListedFinding[];
  lang: Lang;
  /** Takes the clerk to the finding's cell; absent where no cell can be selected (a file in the page). */
  onSelect?: (finding: ListedFinding) => void;
  /** Extra controls beside a finding (the 修正 button). */
  actions?: (finding: ListedFinding) => React.ReactNode;
}

interface FileGroup {
  file: string;
  findings: ListedFinding[];
}

function groups(findings: readonly ListedFinding[]): { severity: Finding['severity']; files: FileGroup[]; count: number }[] {
  return ORDER.map((severity) => {
    const byFile = new Map<string, ListedFinding[]>();
    for (const f of findings) {
      if (f.severity !== severity) continue;
      const file = f.file ?? f.sheet;
      const list = byFile.get(file);
      if (list) list.push(f);
      else byFile.set(file, [f]);
    }
    const files = [...byFile].map(([file, list]) => ({ file, findings: list.sort((a, b) => a.sheet.localeCompare(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || a.code.localeCompare(b.code)) }));
    return { severity, files, count: files.reduce((n, g) => n + g.findings.length, 0) };
  }).filter((g) => g.count > 0);
}

export function FindingList({ findings, lang, onSelect, actions }: FindingListProps): React.ReactElement {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<FindingFilter>(NO_FILTER);
  const shown = findings.filter((f) => passes(f, filter));
  const openByDefault = (severity: Finding['severity']): boolean => severity === 'error' || findings.length <= OPEN_ALL_BELOW;
  return (
    <div data-findings-view="">
      <FindingFilters findings={findings} lang={lang} filter={filter} onFilter={setFilter} />
      {groups(shown).map((group) => (
        <section key={group.severity} className={styles.severity} data-severity={group.severity} aria-label={`${t(lang, SEVERITY_LABEL[group.severity])} ${group.count}`}>
          <div className={styles.severityTitle}>
            <Badge appearance="filled" color={BADGE[group.severity]}>
              {t(lang, SEVERITY_LABEL[group.severity])} {group.count}
            </Badge>
          </div>
          {group.files.map((g) => (
            <FileFindings key={g.file} group={g} lang={lang} open={openByDefault(group.severity)} {...(onSelect ? { onSelect } : {})} {...(actions ? { actions } : {})} />
          ))}
        </section>
      ))}
    </div>
  );
}

function FileFindings({
  group,
  lang,
  open,
  onSelect,
  actions,
}: {
  group: FileGroup;
  lang: Lang;
  open: boolean;
  onSelect?: FindingListProps['onSelect'];
  actions?: FindingListProps['actions'];
}): React.ReactElement {
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const visible = all ? group.findings : group.findings.slice(0, PAGE);
  return (
    <details className={styles.file} open={open} data-file={group.file}>
      <summary className={styles.summary}>
        {group.file}{' '}
        <Badge appearance="tint" size="small">
          {group.findings.length}
        </Badge>
      </summary>
      <ul className={styles.list}>
        {visible.map((f, i) => (
          <li key={`${f.sheet}|${f.cell ?? f.row ?? ''}|${f.code}|${i}`} className={styles.line} data-severity={f.severity}>
            <FindingLine finding={f} lang={lang} {...(onSelect ? { onSelect } : {})} />
            {actions?.(f)}
          </li>
        ))}
      </ul>
      {visible.length < group.findings.length ? (
        <Button size="small" className={styles.more} onClick={() => setAll(true)}>
          {t(lang, 'showAll', { n: group.findings.length })}
        </Button>
      ) : null}
    </details>
  );
}

function FindingLine({ finding: f, lang, onSelect }: { finding: ListedFinding; lang: Lang; onSelect?: FindingListProps['onSelect'] }): React.ReactElement {
  const styles = useStyles();
  // the sheet is named only when it is not the file's only sheet (the group already names the file)
  const sheet = f.file && f.sheet !== f.file && !f.sheet.startsWith(`${f.file} · `) ? f.sheet : f.file ? f.sheet.replace(`${f.file} · `, '') : '';
  const place = [sheet && sheet !== f.file ? sheet : '', f.cell ?? (f.row ? t(lang, 'rowN', { n: f.row }) : '')].filter(Boolean).join('!');
  const suggestion = f.suggestion !== undefined ? t(lang, 'writeInstead', { value: short(f.suggestion, 40) }) : undefined;
  const body = (
    <>
      {place ? <span className={styles.where}>{place}</span> : null}
      {f.seq ? <span className={styles.where}>{t(lang, 'seqN', { seq: f.seq })}</span> : null}
      {f.task ? <span className={styles.task}>{short(f.task, 24)} </span> : null}
      <span className={styles.message}>
        <span className={styles.title}>{codeLabel(f.code, lang)}</span>
        {lang === 'zh' ? '：' : ': '}
        {f.message}
      </span>
      {(suggestion ?? f.hint) ? <span className={styles.hint}>{suggestion ?? f.hint}</span> : null}
    </>
  );
  return onSelect && f.cell ? (
    <Button appearance="subtle" className={styles.item} onClick={() => onSelect(f)} data-code={f.code} data-cell={f.cell}>
      {body}
    </Button>
  ) : (
    <div className={styles.item} data-code={f.code} data-cell={f.cell ?? ''}>
      {body}
    </div>
  );
}
