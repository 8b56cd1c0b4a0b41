/**
 * @jest-environment jsdom
 */
import './double/jsdom-globals';
import * as React from 'react';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { webLightTheme } from '@fluentui/react-components';
import { App, TabName } from '../../src/taskpane/App';
import { detectFeatures, officeApiCheck, officeMemberCheck } from '../../src/excel/capabilities';
import { createExcelHost } from '../../src/excel/excel-host';
import { MARK_FILLS, MARKS_SETTING } from '../../src/excel/marks';
import { PROFILES } from './double/profiles';
import { strictExcel, StrictExcel } from './double/strict-excel';

/** The task pane in Excel mode over the strict double: the tabs and their buttons, at every profile. */
const HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];
const ROWS = [HEADER, [1, '任务一', '1.已推进。', '市科技局', '按时推进'], [2, '任务二', '1.已推进。', '', '按时推进'], [3, '任务三', '1.已推进。', '市交通运输局', '進度滯後']];

beforeAll(() => {
  Object.assign(globalThis, { TextDecoder: NodeTextDecoder, TextEncoder: NodeTextEncoder, setImmediate: (fn: () => void) => setTimeout(fn, 0) });
  Object.defineProperty(window, 'matchMedia', { value: () => ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }) });
  window.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
  URL.createObjectURL = jest.fn(() => 'blob:x');
  URL.revokeObjectURL = jest.fn();
});

let uninstall: (() => void) | undefined;
afterEach(() => uninstall?.());

function pane(profileIndex: number, tab?: TabName): StrictExcel {
  const excel = strictExcel(PROFILES[profileIndex]!, [{ name: '报表', rows: ROWS }]);
  uninstall = excel.install();
  const host = createExcelHost(excel.run, detectFeatures(officeApiCheck(), officeMemberCheck()));
  render(<App host={host} theme={webLightTheme} {...(tab ? { initialTab: tab } : {})} />);
  return excel;
}

// findBy/waitFor wait up to 30 s, not 1 s: the machine may be busy (the test stays correct, only slower)
configure({ asyncUtilTimeout: 30_000 });
jest.setTimeout(120_000);

describe.each(PROFILES.map((p, i) => [p.name, i] as const))('the pane in Excel (%s)', (_name, index) => {
  it('检查, 在表中标记, 清除标记, 修正 and 撤销 on the workbook', async () => {
    const excel = pane(index);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    await screen.findByText(/错误 2 · 警告 0/);
    fireEvent.click(screen.getByRole('button', { name: '在表中标记' }));
    await screen.findByText('已标记 2 个单元格');
    expect(excel.fill('报表', 'D3')).toBe(MARK_FILLS.error.toUpperCase()); // the error fill, not just any
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText(/已清除 2 个标记/);
    expect(excel.fill('报表', 'D3')).toBeUndefined();
    expect(excel.setting(MARKS_SETTING)).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: /全部修正/ }));
    fireEvent.click(await screen.findByRole('button', { name: /应用 \d+ 处修正/ }));
    await screen.findByText(/已修正 1 处/);
    expect(excel.value('报表', 'E4')).toBe('进度滞后');
    fireEvent.click(screen.getByRole('button', { name: '撤销修正' }));
    await screen.findByText('已恢复 1 个单元格');
    expect(excel.value('报表', 'E4')).toBe('進度滯後');
  });

  it('汇总 with this workbook ticked settles (no effect loop) and writes where Excel can', async () => {
    const excel = pane(index, 'merge');
    fireEvent.click(screen.getByRole('checkbox', { name: '包括本工作簿中的报表' }));
    const run = screen.getByRole('button', { name: '开始汇总' });
    await waitFor(() => expect((run as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(run);
    await waitFor(() => expect(excel.book.created.length + excel.book.sheets.length).toBeGreaterThan(1), { timeout: 30_000 });
    // settled: the run is over and can be started again
    await waitFor(() => expect((screen.getByRole('button', { name: '开始汇总' }) as HTMLButtonElement).disabled).toBe(false), { timeout: 30_000 });
  });

  it('模板 inserts a blank report sheet, 上报 checks the active sheet, 对比 opens', async () => {
    const excel = pane(index, 'template');
    fireEvent.click(await screen.findByRole('button', { name: '插入空白报表' }));
    await screen.findByText(/已插入工作表/);
    expect(excel.book.sheets.length).toBeGreaterThan(1);
    fireEvent.click(screen.getByRole('tab', { name: '上报' }));
    fireEvent.click(await screen.findByRole('button', { name: '检查' }));
    await waitFor(() => expect(screen.queryAllByText(/错误|没有发现问题/).length).toBeGreaterThan(0));
    fireEvent.click(screen.getByRole('tab', { name: '对比' }));
    expect(within(screen.getByRole('tabpanel')).getByRole('checkbox', { name: '本期用本工作簿' })).toBeTruthy();
  });
});
