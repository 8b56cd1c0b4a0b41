/**
 * @jest-environment jsdom
 */
import './jsdom-text-globals';
import * as React from 'react';
import { act, configure, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { readSource } from '../../src/app/sources';
import { createBrowserHost } from '../../src/host/browser-host';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { useSaver } from '../../src/taskpane/download';
import { SubmitPanel } from '../../src/taskpane/panels/SubmitPanel';
import { HEADER, task } from '../helpers/grid';

/**
 * 上报 in the page: the clerk picks the report here, and the export is that file (not a sample
 * loaded for 检查), with the year in its name; a file with errors is refused and its errors listed.
 */
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

function pick(bytes: Uint8Array, name: string): File {
  const file = new File([new Uint8Array(bytes)], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  return file;
}

describe('上报 in the browser page', () => {
  let sample: Uint8Array;
  let mine: Uint8Array;
  let faulty: Uint8Array;
  beforeAll(async () => {
    sample = await writeXlsx([{ name: '示例', rows: [['填报单位：市发展改革委'], HEADER, task(1), task(2)] }]);
    mine = await writeXlsx([{ name: '进展情况', rows: [['2026年重点工作进展情况表'], ['填报单位：市交通运输局'], ['截至6月30日'], HEADER, task(1, { units: '市交通运输局' })] }]);
    faulty = await writeXlsx([{ name: '进展情况', rows: [['填报单位：市交通运输局'], HEADER, task(1, { units: '' }), task(2, { status: '' })] }]);
  });

  const renderPanel = () => {
    const host = createBrowserHost([{ name: '报送/示例.xlsx', bytes: sample }]);
    render(
      <FluentProvider theme={webLightTheme}>
        <SubmitPanel host={host} lang="zh" />
      </FluentProvider>,
    );
    return screen.getByLabelText(/要上报的报表/, { selector: 'input' }) as HTMLInputElement;
  };

  it("exports the clerk's own file, named with the unit, the year and the period", async () => {
    const saved: { name: string; bytes: Uint8Array }[] = [];
    useSaver(async (bytes, name) => void saved.push({ name, bytes }));
    try {
      const input = renderPanel();
      await act(async () => {
        fireEvent.change(input, { target: { files: [pick(mine, '我的报表.xlsx')] } });
      });
      await screen.findByText('没有发现问题，可以上报。');
      const button = screen.getByRole('button', { name: '导出上报文件' }) as HTMLButtonElement;
      expect(button.disabled).toBe(false);
      await act(async () => {
        fireEvent.click(button);
      });
      await screen.findByText(/已导出/, undefined, { timeout: 20_000 });
      expect(saved.map((s) => s.name)).toEqual(['市交通运输局_2026年截至6月30日.xlsx']);
      const [sheet] = readSource({ name: 'out.xlsx', bytes: saved[0]?.bytes ?? new Uint8Array() });
      expect(sheet?.sheet).toBe('进展情况');
      expect(sheet?.rows[1]).toEqual(['填报单位：市交通运输局']);
    } finally {
      useSaver(undefined);
    }
  });

  it('refuses a file with errors and lists each error with its cell', async () => {
    const input = renderPanel();
    await act(async () => {
      fireEvent.change(input, { target: { files: [pick(faulty, '错的.xlsx')] } });
    });
    // the file's name shows at once; its errors once it is checked
    const cells = await screen.findAllByText(/D3|E4/, {}, { timeout: 30_000 });
    expect(cells.length).toBeGreaterThanOrEqual(2);
    expect((screen.getByRole('button', { name: '导出上报文件' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('a file that is no workbook is one line naming it; export stays off', async () => {
    const input = renderPanel();
    await act(async () => {
      fireEvent.change(input, { target: { files: [pick(new TextEncoder().encode('hello'), 'notes.xlsx')] } });
    });
    const line = await screen.findByText(/notes\.xlsx/);
    expect(line.textContent?.split('\n')).toHaveLength(1);
    expect((screen.getByRole('button', { name: '导出上报文件' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
