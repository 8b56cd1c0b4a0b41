import * as React from 'react';
import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import { localeOf } from '../../locales';
import type { Fix } from '../../core/fix/plan';
import { t } from '../i18n';

/**
 * The list of changes before anything changes: each fix as cell, old → new and what it does, ticked
 * by default; 应用 applies the ticked ones in one batch.
 */
const useStyles = makeStyles({
  list: { listStyle: 'none', padding: 0, margin: `${tokens.spacingVerticalS} 0` },
  old: { textDecorationLine: 'line-through', color: tokens.colorNeutralForeground3 },
  fresh: { fontWeight: tokens.fontWeightSemibold },
});

const short = (text: string): string => {
  const flat = text.replace(/\s*\n\s*/g, '⏎');
  return flat.length > 30 ? `${flat.slice(0, 30)}…` : flat;
};

export interface FixPreviewProps {
  fixes: readonly Fix[];
  lang: Lang;
  onApply: (fixes: Fix[]) => void;
  onCancel: () => void;
}

export function FixPreview({ fixes, lang, onApply, onCancel }: FixPreviewProps): React.ReactElement {
  const styles = useStyles();
  const [ticked, setTicked] = React.useState(() => new Set(fixes.map((_, i) => i)));
  const toggle = (i: number, on: boolean): void =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(i);
      else next.delete(i);
      return next;
    });
  return (
    <section aria-label={t(lang, 'fixPreview')}>
      <ul className={styles.list}>
        {fixes.map((fix, i) => (
          <li key={`${fix.sheet}!${fix.cell}`}>
            <Checkbox
              checked={ticked.has(i)}
              onChange={(_, d) => toggle(i, Boolean(d.checked))}
              label={
                <span data-cell={fix.cell}>
                  {fix.sheet}!{fix.cell}
                  {lang === 'zh' ? '：' : ': '}
                  <span className={styles.old}>{short(fix.oldValue) || '∅'}</span> → <span className={styles.fresh}>{short(fix.newValue)}</span>
                  {t(lang, 'inParens', { text: fix.kinds.map((k) => localeOf(lang).fixes[k]).join(lang === 'zh' ? '；' : '; ') })}
                </span>
              }
            />
          </li>
        ))}
      </ul>
      <Button appearance="primary" disabled={ticked.size === 0} onClick={() => onApply(fixes.filter((_, i) => ticked.has(i)))}>
        {t(lang, 'applyFixes', { n: ticked.size })}
      </Button>{' '}
      <Button onClick={onCancel}>{t(lang, 'cancel')}</Button>
    </section>
  );
}
