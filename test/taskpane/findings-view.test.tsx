/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { configure, fireEvent, render, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { FindingList, ListedFinding } from '../../src/taskpane/components/FindingList';
import { FileDrop, FileEntry } from '../../src/taskpane/components/FileDrop';

/**
 * The one findings view (every panel) and the file list, by structure: which groups, in which
 * order, which lines, what a filter leaves; never by wording.
 */
configure({ asyncUtilTimeout: 30_000 });
jest.setTimeout(60_000);

beforeAll(() => {
  Object.defineProperty(window, 'matchMedia', { value: () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }) });
});

function finding(file: string, severity: ListedFinding['severity'], code: string, cell: string | null, extra: Partial<ListedFinding> = {}): ListedFinding {
  const row = cell ? Number(cell.replace(/^[A-Z]+/, '')) : null;
  return { file, sheet: '进展情况', severity, code, cell, row, column: null, value: '', message: 'm', ...extra };
}

// warnings come first in the input, as the checks emit them; errors must still lead the view
const FINDINGS: ListedFinding[] = [
  finding('b.xlsx', 'warning', 'seq-gap', 'A9'),
  finding('a.xlsx', 'warning', 'seq-gap', 'A4'),
  finding('a.xlsx', 'info', 'encoding-guessed', null),
  finding('b.xlsx', 'error', 'status-missing', 'E7', { seq: '12', task: '推进城市更新' }),
  finding('a.xlsx', 'error', 'unit-missing', 'D5'),
  finding('a.xlsx', 'error', 'status-missing', 'E3'),
];

function view(findings = FINDINGS, onSelect?: (f: ListedFinding) => void) {
  const rendered = render(
    <FluentProvider theme={webLightTheme}>
      <FindingList findings={findings} lang="zh" {...(onSelect ? { onSelect } : {})} />
    </FluentProvider>,
  );
  const root = rendered.container.querySelector('[data-findings-view]') as HTMLElement;
  const sections = () => [...root.querySelectorAll<HTMLElement>('section[data-severity]')];
  const lines = () =>
    [...root.querySelectorAll<HTMLElement>('li > [data-code]')].map((li) => [
      li.closest('section')?.getAttribute('data-severity'),
      li.closest('details')?.getAttribute('data-file'),
      li.getAttribute('data-code'),
      li.getAttribute('data-cell'),
    ]);
  return { root, sections, lines };
}

describe('the findings view', () => {
  it('groups by severity, errors first, then by file, lines in row order', () => {
    const { sections, lines } = view();
    expect(sections().map((s) => s.getAttribute('data-severity'))).toEqual(['error', 'warning', 'info']);
    expect(lines()).toEqual([
      ['error', 'b.xlsx', 'status-missing', 'E7'],
      ['error', 'a.xlsx', 'status-missing', 'E3'],
      ['error', 'a.xlsx', 'unit-missing', 'D5'],
      ['warning', 'b.xlsx', 'seq-gap', 'A9'],
      ['warning', 'a.xlsx', 'seq-gap', 'A4'],
      ['info', 'a.xlsx', 'encoding-guessed', ''],
    ]);
  });

  it('says 序号 and task beside the cell, and names a code by its label, not its raw code', () => {
    const { root } = view();
    const line = root.querySelector('li > [data-cell="E7"]')?.closest('li') as HTMLElement;
    expect(line.textContent).toContain('12');
    expect(line.textContent).toContain('推进城市更新');
    for (const li of root.querySelectorAll('li > [data-code]')) expect(li.textContent).not.toContain(li.getAttribute('data-code') as string);
  });

  it('opens error groups and collapses long lists of warnings', () => {
    const many = [...FINDINGS, ...Array.from({ length: 40 }, (_, i) => finding('c.xlsx', 'warning', 'seq-gap', `A${i + 2}`))];
    const { sections } = view(many);
    const open = (severity: string) =>
      [
        ...(sections()
          .find((s) => s.getAttribute('data-severity') === severity)
          ?.querySelectorAll('details') ?? []),
      ].map((d) => d.open);
    expect(open('error')).toEqual([true, true]);
    expect(open('warning')).toEqual([false, false, false]);
  });

  it('filters by code, by severity and by file, and shows everything again', () => {
    const { root, lines } = view();
    const filters = within(root.querySelector('[role="group"]') as HTMLElement);
    fireEvent.click(root.querySelector('[data-filter="code"] [data-code="status-missing"]') as HTMLElement);
    expect(lines().map((l) => l[3])).toEqual(['E7', 'E3']);
    fireEvent.click(root.querySelector('[data-filter="code"] [data-code="status-missing"]') as HTMLElement);
    fireEvent.click(root.querySelector('[data-filter="severity"] [data-severity="warning"]') as HTMLElement);
    expect(lines().map((l) => l[3])).toEqual(['A9', 'A4']);
    fireEvent.click(root.querySelector('[data-filter="severity"] [data-severity="warning"]') as HTMLElement);
    fireEvent.change(filters.getByRole('combobox'), { target: { value: 'b.xlsx' } });
    expect(lines().map((l) => l[1])).toEqual(['b.xlsx', 'b.xlsx']);
    fireEvent.change(filters.getByRole('combobox'), { target: { value: '' } });
    expect(lines()).toHaveLength(FINDINGS.length);
  });

  it('makes a line a button only where a cell can be selected', () => {
    const selected: (string | null)[] = [];
    const withHost = view(FINDINGS, (f) => selected.push(f.cell));
    const buttons = [...withHost.root.querySelectorAll('li > button[data-code]')];
    expect(buttons.map((b) => b.getAttribute('data-cell'))).toEqual(['E7', 'E3', 'D5', 'A9', 'A4']); // the info has no cell
    fireEvent.click(buttons[2] as HTMLElement);
    expect(selected).toEqual(['D5']);
    withHost.root.remove();
    const files = view(FINDINGS);
    expect(files.root.querySelectorAll('li > button[data-code]')).toHaveLength(0);
  });
});

describe('the file list', () => {
  const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
  function fileOf(name: string, text: string): File {
    const file = new File([text], name);
    Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes(text).buffer });
    return file;
  }

  it('shows each file with its state, refuses a duplicate by name or bytes, removes and clears', async () => {
    const added: string[][] = [];
    const removed: string[] = [];
    let cleared = 0;
    const files: FileEntry[] = [
      { name: 'good.xlsx', bytes: bytes('PK good'), state: { kind: 'read', errors: 2, warnings: 0 } },
      { name: 'bad.xlsx', bytes: bytes('plain text'), state: { kind: 'unreadable', reason: 'r' } },
      { name: 'new.csv', bytes: bytes('a,b') },
    ];
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <FileDrop label="files" accept=".xlsx" lang="zh" mode="many" files={files} onAdd={(f) => added.push(f.map((x) => x.name))} onRemove={(n) => removed.push(n)} onClear={() => cleared++} />
      </FluentProvider>,
    );
    expect([...container.querySelectorAll('li[data-file]')].map((li) => [li.getAttribute('data-file'), li.getAttribute('data-state')])).toEqual([
      ['good.xlsx', 'read'],
      ['bad.xlsx', 'unreadable'],
      ['new.csv', 'waiting'],
    ]);
    expect(container.querySelector('input[type="file"]')?.getAttribute('style')).toBeNull(); // hidden by class, never the browser's own text
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [fileOf('good.xlsx', 'other'), fileOf('copy.xlsx', 'plain text'), fileOf('fresh.xlsx', 'fresh')] } });
    await within(container).findByRole('status');
    expect(added).toEqual([['fresh.xlsx']]);
    fireEvent.click(within(container.querySelector('li[data-file="bad.xlsx"]') as HTMLElement).getByRole('button'));
    expect(removed).toEqual(['bad.xlsx']);
    const clear = [...container.querySelectorAll('button')].find((b) => !b.closest('li') && b !== container.querySelector('button'));
    fireEvent.click(clear as HTMLElement);
    expect(cleared).toBe(1);
  });
});
