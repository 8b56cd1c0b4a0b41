import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import { t } from '../i18n';
import type { ListedFinding } from './FindingList';

/** Findings as a table (sheet, cell, value, problem, suggestion): the browser page's view of a file. */
const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '4px', verticalAlign: 'top', textAlign: 'left' },
  error: { backgroundColor: tokens.colorPaletteRedBackground1 },
  warning: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  info: {},
});

export function FindingTable({ findings, lang }: { findings: readonly ListedFinding[]; lang: Lang }): React.ReactElement {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label={t(lang, 'problem')}>
      <thead>
        <tr>
          {(['sheetColumn', 'cell', 'value', 'problem', 'suggestion'] as const).map((k) => (
            <th key={k} className={styles.cell} scope="col">
              {t(lang, k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {findings.map((f, i) => (
          <tr key={i} className={styles[f.severity]} data-code={f.code} data-cell={f.cell ?? ''}>
            <td className={styles.cell}>{f.sheet}</td>
            <td className={styles.cell}>{f.cell ?? (f.row ? `#${f.row}` : '')}</td>
            <td className={styles.cell}>{f.value.length > 40 ? `${f.value.slice(0, 40)}…` : f.value}</td>
            <td className={styles.cell}>
              [{f.code}] {f.message}
            </td>
            <td className={styles.cell}>{f.suggestion ?? f.hint ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
