import * as React from 'react';
import { Badge, Button, Text, makeStyles, mergeClasses, shorthands, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { Lang } from '../../core/catalog';
import { readFileBytes } from '../download';
import type { NamedFile } from '../engine';
import { t } from '../i18n';

/**
 * Where files come in: a drop area with a button (no browser file input text, which the browser
 * writes in its own language), and the list of the files with each one's state: not read yet,
 * read (with its errors), or unreadable with its one-line reason. Each file can be removed, the
 * list cleared. A file already in the list (same name or same bytes) is refused with a line.
 */
const useStyles = makeStyles({
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalS,
    margin: `${tokens.spacingVerticalS} 0`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  active: { backgroundColor: tokens.colorNeutralBackground2Hover, ...shorthands.borderColor(tokens.colorBrandStroke1) },
  label: { fontWeight: tokens.fontWeightSemibold },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { listStyle: 'none', padding: 0, margin: 0, maxHeight: '240px', overflowY: 'auto' },
  item: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalXS, padding: '2px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  reason: { display: 'block', color: tokens.colorPaletteRedForeground1 },
  refused: { color: tokens.colorPaletteDarkOrangeForeground1 },
  hidden: { display: 'none' },
});

export type FileState = { kind: 'waiting' } | { kind: 'read'; errors: number; warnings: number } | { kind: 'unreadable'; reason: string };

export interface FileEntry extends NamedFile {
  state?: FileState;
}

export interface FileDropProps {
  /** What the files are (上期报表, 各单位报送文件…): the area's name, shown above it. */
  label: string;
  accept: string;
  lang: Lang;
  /** Several files, or one that replaces the current one (上期, 本期, 任务清单). */
  mode: 'many' | 'one';
  files: readonly FileEntry[];
  onAdd: (files: NamedFile[]) => void;
  onRemove: (name: string) => void;
  onClear?: () => void;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function FileDrop({ label, accept, lang, mode, files, onAdd, onRemove, onClear }: FileDropProps): React.ReactElement {
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const labelId = React.useId();
  const [dragging, setDragging] = React.useState(false);
  const [refused, setRefused] = React.useState<string[]>([]);
  // the list is one stop for Tab (62 samples are 62 remove buttons); arrows move between them
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });

  const take = async (picked: readonly File[]): Promise<void> => {
    const read = await Promise.all(picked.map(async (f) => ({ name: f.name, bytes: await readFileBytes(f) })));
    if (mode === 'one') {
      setRefused([]);
      const first = read[0];
      if (first) onAdd([first]);
      return;
    }
    const accepted: NamedFile[] = [];
    const duplicates: string[] = [];
    for (const file of read) {
      const twin = [...files, ...accepted].find((f) => f.name === file.name || sameBytes(f.bytes, file.bytes));
      if (twin) duplicates.push(twin.name === file.name ? file.name : `${file.name} = ${twin.name}`);
      else accepted.push(file);
    }
    setRefused(duplicates);
    if (accepted.length) onAdd(accepted);
  };

  const errors = files.filter((f) => f.state?.kind === 'read' && f.state.errors > 0).length;
  const unreadable = files.filter((f) => f.state?.kind === 'unreadable').length;
  return (
    <div
      role="group"
      aria-labelledby={labelId}
      className={mergeClasses(styles.drop, dragging && styles.active)}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void take([...e.dataTransfer.files]);
      }}
    >
      <Text id={labelId} className={styles.label}>
        {label}
      </Text>
      <div className={styles.row}>
        <Button size="small" onClick={() => input.current?.click()}>
          {mode === 'many' ? t(lang, 'pickFiles') : files.length ? t(lang, 'pickOtherFile') : t(lang, 'pickFile')}
        </Button>
        <Text size={200}>{t(lang, mode === 'many' ? 'orDrop' : 'orDropOne')}</Text>
        <input
          ref={input}
          className={styles.hidden}
          type="file"
          aria-label={label}
          accept={accept}
          multiple={mode === 'many'}
          onChange={(e) => {
            const picked = e.target.files ? [...e.target.files] : [];
            e.target.value = ''; // the same file can be picked again
            if (picked.length) void take(picked);
          }}
        />
      </div>
      {files.length === 0 ? <Text size={200}>{t(lang, mode === 'many' ? 'noFiles' : 'noFile')}</Text> : null}
      {mode === 'many' && files.length > 0 ? (
        <div className={styles.row}>
          <Text size={200} data-file-count={files.length}>
            {t(lang, 'fileCount', { n: files.length })}
            {errors ? ` · ${t(lang, 'filesWithErrors', { n: errors })}` : ''}
            {unreadable ? ` · ${t(lang, 'filesUnreadable', { n: unreadable })}` : ''}
          </Text>
          {onClear ? (
            <Button size="small" appearance="subtle" onClick={onClear}>
              {t(lang, 'clearFiles')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {files.length > 0 ? (
        <ul className={styles.list} aria-label={label} {...arrows}>
          {files.map((f) => (
            <li key={f.name} className={styles.item} data-file={f.name} data-state={f.state?.kind ?? 'waiting'}>
              <span className={styles.name}>
                {f.name} <StateBadge state={f.state} lang={lang} />
                {f.state?.kind === 'unreadable' ? <span className={styles.reason}>{f.state.reason}</span> : null}
              </span>
              <Button size="small" appearance="subtle" onClick={() => onRemove(f.name)} aria-label={t(lang, 'removeFile', { name: f.name })}>
                ✕
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {refused.length ? (
        <Text size={200} className={styles.refused} role="status">
          {t(lang, 'duplicateRefused', { list: refused.join('、') })}
        </Text>
      ) : null}
    </div>
  );
}

function StateBadge({ state, lang }: { state: FileState | undefined; lang: Lang }): React.ReactElement | null {
  if (!state || state.kind === 'waiting') return null;
  if (state.kind === 'unreadable')
    return (
      <Badge appearance="filled" color="danger" size="small">
        {t(lang, 'unreadable')}
      </Badge>
    );
  if (state.errors > 0)
    return (
      <Badge appearance="tint" color="danger" size="small">
        {t(lang, 'nErrors', { n: state.errors })}
      </Badge>
    );
  return (
    <Badge appearance="tint" color={state.warnings ? 'warning' : 'success'} size="small">
      {state.warnings ? t(lang, 'nWarnings', { n: state.warnings }) : t(lang, 'fileOk')}
    </Badge>
  );
}
