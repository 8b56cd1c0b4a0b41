/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
import { readFileSync } from 'fs';
import { basename, join } from 'path';
import { SAMPLE_LIAISON_0515, SAMPLE_LIAISON_0531 } from '../helpers/paths';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { App, TabName } from '../../src/taskpane/App';
import { grid, HEADER, task } from '../helpers/grid';
import { fakeHost } from './fake-host';
import { createBrowserHost } from '../../src/host/browser-host';

// a busy machine renders Fluent slowly: the longer flows need more than jest's 5 s
jest.setTimeout(60_000);

const faulty = grid([['2021年上半年重点工作'], ['填报单位：市科技局', '', '截至6月30日'], HEADER, task(1), task(2, { units: '' }), task(3, { status: '進度滯後' })], { sheet: '报表' });
const clean = grid([HEADER, task(1), task(2)], { sheet: '报表' });

// a busy machine renders slowly: findBy/waitFor wait up to 30 s (never the 1-second default)
configure({ asyncUtilTimeout: 30_000 });

beforeAll(() => {
  // jsdom lacks what every browser has and ExcelJS's zip writer relies on
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder, setImmediate: (fn: () => void) => setTimeout(fn, 0) });
  Object.defineProperty(window, 'matchMedia', { value: () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }) });
  // jsdom has no layout: Fluent's MessageBar watches its size
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
  URL.createObjectURL = jest.fn(() => 'blob:x');
  URL.revokeObjectURL = jest.fn();
});

// the chosen language is kept in localStorage: each test starts from the default
beforeEach(() => window.localStorage.clear());

// component tests on a busy machine: generous, never timed
jest.setTimeout(60_000);

function renderApp(host = fakeHost([faulty]), tab?: TabName) {
  render(<App host={host} theme={webLightTheme} {...(tab ? { initialTab: tab } : {})} />);
  return host;
}

function fileOf(path: string): File {
  const bytes = readFileSync(path);
  const file = new File([bytes], basename(path));
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) });
  return file;
}

describe('the task pane', () => {
  it('speaks Chinese by default and switches to English', async () => {
    renderApp();
    expect(screen.getByRole('tab', { name: '检查' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '汇总' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByRole('tab', { name: 'Check' })).toBeTruthy();
  });

  it('检查 lists the findings with counts; clicking one selects its cell; marks go on and off', async () => {
    const host = renderApp();
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText(/错误 2 · 警告 0 · 提示 0/);
    const view = document.querySelector('[data-findings-view]') as HTMLElement;
    // one file, errors only: its lines in row order, each a button that selects its cell
    const items = within(view)
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('data-cell'));
    expect(items.map((b) => [b.getAttribute('data-code'), b.getAttribute('data-cell')])).toEqual([
      ['unit-missing', 'D5'],
      ['status-unknown', 'E6'],
    ]);
    fireEvent.click(items[0] as HTMLElement);
    await waitFor(() => expect(host.calls).toContain('select:报表!D5'));
    fireEvent.click(screen.getByRole('button', { name: '在表中标记' }));
    await screen.findByText('已标记 2 个单元格');
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText(/已清除 3 个标记/);
    expect(host.calls).toEqual(['read:active', 'select:报表!D5', 'mark:2', 'clear']);
  });

  it('修正 previews the exact change, applies it, re-checks, and 撤销 undoes', async () => {
    const host = renderApp();
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText(/错误 2 · 警告 0 · 提示 0/);
    fireEvent.click(await screen.findByRole('button', { name: '修正 E6' })); // the plan arrives after the report
    const preview = await screen.findByRole('region', { name: '修正预览' });
    expect(preview.textContent).toContain('报表!E6');
    expect(preview.textContent).toContain('進度滯後');
    expect(preview.textContent).toContain('进度滞后');
    fireEvent.click(within(preview).getByRole('button', { name: '应用 1 处修正' }));
    await screen.findByText(/已修正 1 处/);
    expect(host.calls).toEqual(['read:active', 'fix:E6=进度滞后', 'read:active']);
    fireEvent.click(await screen.findByRole('button', { name: '全部修正（1）' }));
    expect(await screen.findByRole('region', { name: '修正预览' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '撤销修正' }));
    await screen.findByText('已恢复 1 个单元格');
    expect(host.calls.slice(-2)).toEqual(['undo', 'read:active']);
  });

  it('offers 重新编号序号 for a whole table only, never for a unit submission matched to a master list', async () => {
    const unitFile = grid([['填报单位：市科技局'], HEADER, task(5), task(9)], { sheet: '报表' });
    renderApp(fakeHost([unitFile]));
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText(/检查了 1 个工作表/);
    expect(screen.queryByRole('checkbox', { name: '同时重新编号序号' })).toBeNull();
  });

  it('renumbers a whole table when asked, and the preview shows the 序号 change', async () => {
    renderApp(fakeHost([grid([HEADER, task(1), task(3)], { sheet: '报表' })]));
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    const box = await screen.findByRole('checkbox', { name: '同时重新编号序号' });
    expect(screen.queryByRole('button', { name: /全部修正/ })).toBeNull();
    fireEvent.click(box);
    fireEvent.click(await screen.findByRole('button', { name: '全部修正（1）' }));
    const preview = await screen.findByRole('region', { name: '修正预览' });
    expect(within(preview).getAllByText((_, el) => el?.getAttribute('data-cell') === 'A3')).toHaveLength(1);
  });

  it('on picked files: a bad file is named with its state, the others keep their findings, and it can be removed', async () => {
    const csv = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
    const host = createBrowserHost([
      { name: 'good.csv', bytes: csv('序号,主要工作任务,进展情况,牵头部门,进展状态\n1,修路,已开工,,按时推进\n') },
      { name: 'bad.xlsx', bytes: csv('just text, renamed') },
    ]);
    render(<App host={host} theme={webLightTheme} />);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await waitFor(() => expect(document.querySelector('li[data-file="bad.xlsx"]')?.getAttribute('data-state')).toBe('unreadable'));
    expect(document.querySelector('li[data-file="good.csv"]')?.getAttribute('data-state')).toBe('read');
    expect(
      [...document.querySelectorAll('[data-findings-view] li > [data-code]')].map((li) => [
        li.closest('details')?.getAttribute('data-file'),
        li.getAttribute('data-code'),
        li.getAttribute('data-cell'),
      ]),
    ).toEqual([['good.csv', 'unit-missing', 'D2']]);
    // a file in the page has no cell to select: its lines are no buttons
    expect(document.querySelectorAll('[data-findings-view] li > button[data-code]')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: '移除 bad.xlsx' }));
    expect(host.pickedFiles?.list().map((f) => f.name)).toEqual(['good.csv']);
    expect(document.querySelector('li[data-file="bad.xlsx"]')).toBeNull();
  });

  it('上报 blocks the export while errors remain and says why', async () => {
    renderApp(fakeHost([faulty]), 'submit');
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText(/还有 2 个错误/);
    expect((screen.getByRole('button', { name: '导出上报文件' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('上报 exports a clean submission named 单位_报告期.xlsx', async () => {
    renderApp(fakeHost([grid([['填报单位：市科技局'], ['截至6月30日'], HEADER, task(1)], { sheet: '报表' })]), 'submit');
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText('没有发现问题，可以上报。');
    const exportButton = screen.getByRole('button', { name: '导出上报文件' }) as HTMLButtonElement;
    expect(exportButton.disabled).toBe(false);
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(exportButton);
    await screen.findByText(`已导出 市科技局_${new Date().getFullYear()}年截至6月30日.xlsx`, undefined, { timeout: 10000 }); // ExcelJS loads lazily; the year is this year when the sheet names none
    expect(click).toHaveBeenCalled();
  });

  it('模板 inserts a blank sheet for the chosen template and stores the choice in the workbook', async () => {
    const host = renderApp(fakeHost([clean]), 'template');
    fireEvent.click(screen.getByRole('button', { name: '插入空白报表' }));
    await screen.findByText('已插入工作表“重点工作进展情况表”');
    fireEvent.click(screen.getByRole('button', { name: /保存到工作簿/ }));
    await screen.findByText('模板已保存到工作簿');
    expect(host.calls).toEqual(['insert:progress', 'save']);
    expect(host.choice?.template.name).toBe('progress');
  });

  it('模板 lists what is wrong in an imported template', async () => {
    renderApp(fakeHost([clean]), 'template');
    const input = screen.getByLabelText('导入模板（JSON）', { selector: 'input' }) as HTMLInputElement;
    const file = new File([JSON.stringify({ name: 'x', title: '', columns: [] })], 'bad.json', { type: 'application/json' });
    Object.defineProperty(file, 'arrayBuffer', { value: async () => new TextEncoder().encode(JSON.stringify({ name: 'x', title: '', columns: [] })).buffer });
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } });
    });
    await screen.findByText(/title: .*columns: /);
  });

  it('对比 compares two periods from files', async () => {
    renderApp(fakeHost([clean]), 'compare');
    fireEvent.click(screen.getByRole('checkbox', { name: '本期用本工作簿' })); // compare two files instead
    await act(async () => {
      fireEvent.change(screen.getByLabelText(/^上期/, { selector: 'input[type="file"]' }), { target: { files: [fileOf(SAMPLE_LIAISON_0515)] } });
      fireEvent.change(screen.getByLabelText(/^本期/, { selector: 'input[type="file"]' }), { target: { files: [fileOf(SAMPLE_LIAISON_0531)] } });
    });
    fireEvent.click(screen.getByRole('button', { name: '开始对比' }));
    await screen.findByText(/截至5月15日 → 截至5月31日：状态变化 0 项，新增 7 项，缺失 8 项/, undefined, { timeout: 10000 });
    expect(screen.getByText(/上期报送、本期未报：区委统战部/)).toBeTruthy();
  });

  it('模板 turns a pasted notice into a task list', async () => {
    renderApp(fakeHost([clean]), 'template');
    const notice = readFileSync(join(__dirname, '..', '..', 'fixtures', 'seeds', '002_5a2e946dd2202fdb.txt'), 'utf8');
    fireEvent.change(screen.getByRole('textbox', { name: /粘贴通知正文/ }), { target: { value: notice } });
    fireEvent.click(screen.getByRole('button', { name: '识别任务' }));
    await screen.findByText(/识别出 93 项任务/, undefined, { timeout: 10000 });
    expect(screen.getByText(/实行服务事项清单管理。.*市行政服务中心（6月底前）/)).toBeTruthy();
  });
});
