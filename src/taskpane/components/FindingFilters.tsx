import * as React from 'react';
import { Button, Field, Select, ToggleButton, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import type { Finding } from '../../core/finding';
import { t } from '../i18n';
import { codeLabel, ListedFinding } from './listed';

/**
 * The filters over a findings list: one chip per severity and one per code (each with its count,
 * pressed = shown alone with the other pressed chips), and a unit (file) list when there are several.
 * Nothing pressed shows everything.
 */
const useStyles = makeStyles({
  chips: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', margin: `${tokens.spacingVerticalXS} 0` },
  unit: { maxWidth: '100%', minWidth: 0, margin: `${tokens.spacingVerticalXS} 0` },
  select: { width: '100%', maxWidth: '100%', minWidth: 0 },
});

export interface FindingFilter {
  severities: ReadonlySet<Finding['severity']>;
  codes: ReadonlySet<string>;
  /** The file (unit) shown alone, or '' for all. */
  file: string;
}

export const NO_FILTER: FindingFilter = { severities: new Set(), codes: new Set(), file: '' };

export function passes(f: ListedFinding, filter: FindingFilter): boolean {
  return (filter.severities.size === 0 || filter.severities.has(f.severity)) && (filter.codes.size === 0 || filter.codes.has(f.code)) && (filter.file === '' || (f.file ?? f.sheet) === filter.file);
}

const ORDER: Finding['severity'][] = ['error', 'warning', 'info'];
const LABEL = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (next.has(value)) next.delete(value);
  else next.add(value);
  return next;
}

export function FindingFilters({
  findings,
  lang,
  filter,
  onFilter,
}: {
  findings: readonly ListedFinding[];
  lang: Lang;
  filter: FindingFilter;
  onFilter: (f: FindingFilter) => void;
}): React.ReactElement | null {
  const styles = useStyles();
  const unitId = React.useId();
  if (findings.length === 0) return null;
  const bySeverity = new Map<Finding['severity'], number>();
  const byCode = new Map<string, { severity: Finding['severity']; n: number }>();
  const files = new Set<string>();
  for (const f of findings) {
    bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
    // a code is listed under its worst severity, errors first
    const code = byCode.get(f.code) ?? { severity: f.severity, n: 0 };
    byCode.set(f.code, { severity: ORDER.indexOf(f.severity) < ORDER.indexOf(code.severity) ? f.severity : code.severity, n: code.n + 1 });
    files.add(f.file ?? f.sheet);
  }
  const codes = [...byCode].sort(([a, x], [b, y]) => ORDER.indexOf(x.severity) - ORDER.indexOf(y.severity) || y.n - x.n || a.localeCompare(b));
  const filtered = filter.severities.size > 0 || filter.codes.size > 0 || filter.file !== '';
  return (
    <div role="group" aria-label={t(lang, 'filterFindings')}>
      <div className={styles.chips} data-filter="severity">
        {ORDER.filter((s) => bySeverity.has(s)).map((s) => (
          <ToggleButton key={s} size="small" shape="circular" checked={filter.severities.has(s)} onClick={() => onFilter({ ...filter, severities: toggled(filter.severities, s) })} data-severity={s}>
            {t(lang, LABEL[s])} {bySeverity.get(s)}
          </ToggleButton>
        ))}
      </div>
      <div className={styles.chips} data-filter="code">
        {codes.map(([code, { n }]) => (
          <ToggleButton
            key={code}
            size="small"
            shape="circular"
            appearance="subtle"
            checked={filter.codes.has(code)}
            onClick={() => onFilter({ ...filter, codes: toggled(filter.codes, code) })}
            data-code={code}
          >
            {codeLabel(code, lang)} × {n}
          </ToggleButton>
        ))}
      </div>
      {files.size > 1 ? (
        <Field label={t(lang, 'filterUnit')} className={styles.unit}>
          <Select id={unitId} className={styles.select} value={filter.file} onChange={(_, d) => onFilter({ ...filter, file: d.value })}>
            <option value="">{t(lang, 'allUnits', { n: files.size })}</option>
            {[...files]
              .sort((a, b) => a.localeCompare(b, 'zh'))
              .map((file) => (
                <option key={file} value={file}>
                  {file}
                </option>
              ))}
          </Select>
        </Field>
      ) : null}
      {filtered ? (
        <Button size="small" appearance="transparent" onClick={() => onFilter(NO_FILTER)}>
          {t(lang, 'filterClear')}
        </Button>
      ) : null}
    </div>
  );
}
