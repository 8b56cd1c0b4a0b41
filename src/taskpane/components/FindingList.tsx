import * as React from 'react';
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import type { Finding } from '../../core/finding';
import { findingJson, FindingJson } from '../../core/validation-document';
import { messageTexts } from '../../locales';
import { t } from '../i18n';

/**
 * Findings listed by severity then code, with counts; each one is a button that takes the clerk to
 * its cell (in Excel) or shows where it is (in the browser).
 */
const useStyles = makeStyles({
  group: { marginTop: tokens.spacingVerticalM },
  item: { display: 'block', width: '100%', textAlign: 'left', height: 'auto', paddingTop: '6px', paddingBottom: '6px', whiteSpace: 'normal' },
  where: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3, display: 'block' },
  counts: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const ORDER: Finding['severity'][] = ['error', 'warning', 'info'];
const BADGE: Record<Finding['severity'], 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
const LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

/** A finding as listed: rendered in the clerk's language, with where it sits. */
export type ListedFinding = FindingJson & { sheet: string; file?: string | null };

export function listed(findings: readonly Finding[], lang: Lang): ListedFinding[] {
  return findings.map((f) => ({ ...findingJson(f, messageTexts(lang)), sheet: f.sheet }));
}

export interface FindingListProps {
  findings: readonly ListedFinding[];
  lang: Lang;
  onSelect?: (finding: ListedFinding) => void;
  /** Extra controls beside a finding (the 修正 button). */
  actions?: (finding: ListedFinding) => React.ReactNode;
}

export function FindingList({ findings, lang, onSelect, actions }: FindingListProps): React.ReactElement {
  const styles = useStyles();
  const sorted = [...findings].sort((a, b) => ORDER.indexOf(a.severity) - ORDER.indexOf(b.severity) || a.code.localeCompare(b.code) || (a.row ?? 0) - (b.row ?? 0));
  const byCode = new Map<string, number>();
  for (const f of findings) byCode.set(`${f.severity}|${f.code}`, (byCode.get(`${f.severity}|${f.code}`) ?? 0) + 1);
  return (
    <div>
      <div className={styles.counts} aria-label="counts">
        {[...byCode].map(([key, n]) => {
          const [severity, code] = key.split('|') as [Finding['severity'], string];
          return (
            <Badge key={key} appearance="tint" color={BADGE[severity]}>
              {code} × {n}
            </Badge>
          );
        })}
      </div>
      <ul aria-label={t(lang, 'problem')} style={{ listStyle: 'none', padding: 0 }}>
        {sorted.map((f, i) => {
          const rendered = f;
          const where = [f.file, f.sheet, f.cell ?? (f.row ? `#${f.row}` : '')].filter(Boolean).join(' · ');
          return (
            <li key={`${f.sheet}-${f.cell}-${f.code}-${i}`} className={styles.group}>
              <Button
                appearance="subtle"
                className={styles.item}
                onClick={() => onSelect?.(f)}
                aria-label={`${t(lang, LABEL[f.severity])} ${where} ${rendered.message}`}
                data-code={f.code}
                data-cell={f.cell ?? ''}
              >
                <Badge appearance="filled" color={BADGE[f.severity]} size="small">
                  {t(lang, LABEL[f.severity])}
                </Badge>{' '}
                <span className={styles.where}>{where}</span>
                {f.value ? <span>“{f.value.length > 30 ? `${f.value.slice(0, 30)}…` : f.value}” </span> : null}
                <span>{rendered.message}</span>
                {rendered.hint ? <span className={styles.hint}>{rendered.hint}</span> : null}
              </Button>
              {actions?.(f)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
