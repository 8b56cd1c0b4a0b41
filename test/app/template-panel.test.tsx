/**
 * @jest-environment jsdom
 */
import './jsdom-text-globals';
import * as React from 'react';
import { act, configure, fireEvent, render, screen } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { unzipSync } from 'fflate';
import { readSource } from '../../src/app/sources';
import { createBrowserHost } from '../../src/host/browser-host';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { useSaver } from '../../src/taskpane/download';
import { TemplatePanel } from '../../src/taskpane/panels/TemplatePanel';

/** 模板 in the page: 下载空白报表 with the period in its title, and one zip of per-unit reports from a master list. */
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 30_000 });

function pick(bytes: Uint8Array, name: string): File {
  const file = new File([new Uint8Array(bytes)], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  return file;
}

describe('模板 in the browser page', () => {
  const saved: { name: string; bytes: Uint8Array; type: string }[] = [];
  beforeEach(() => {
    saved.length = 0;
    useSaver(async (bytes, name, type) => void saved.push({ name, bytes, type }));
    render(
      <FluentProvider theme={webLightTheme}>
        <TemplatePanel host={createBrowserHost()} lang="zh" onChoice={() => undefined} />
      </FluentProvider>,
    );
  });
  afterEach(() => useSaver(undefined));

  it('downloads a blank report with the period typed in its 报告期 line and the year in its title', async () => {
    fireEvent.change(screen.getByLabelText(/报告期/, { selector: 'input' }), { target: { value: '2026年截至9月30日' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '下载空白报表' }));
    });
    await screen.findByText(/已导出/);
    expect(saved.map((s) => s.name)).toEqual(['重点工作进展情况表.xlsx']);
    const [sheet] = readSource({ name: 'x.xlsx', bytes: saved[0]?.bytes ?? new Uint8Array() });
    expect(sheet?.rows.slice(0, 3)).toEqual([['2026年重点工作进展情况表'], ['填报单位：'], ['报告期：2026年截至9月30日']]);
  });

  it('turns a master list into one zip of per-unit reports', async () => {
    const master = await writeXlsx([
      {
        name: '任务清单',
        rows: [
          ['序号', '主要工作任务', '牵头部门'],
          ['1', '推进科技创新平台建设', '市科技局'],
          ['2', '实施义务教育优质均衡发展', '市教育局'],
        ],
      },
    ]);
    fireEvent.change(screen.getByLabelText(/报告期/, { selector: 'input' }), { target: { value: '2026年上半年' } });
    await act(async () => {
      fireEvent.change(screen.getByLabelText(/任务清单/, { selector: 'input' }), { target: { files: [pick(master, '任务清单.xlsx')] } });
    });
    await screen.findByText(/各单位报表\.zip/);
    expect(saved.map((s) => [s.name, s.type])).toEqual([['各单位报表.zip', 'application/zip']]);
    expect(Object.keys(unzipSync(saved[0]?.bytes ?? new Uint8Array())).sort()).toEqual(['市教育局_2026年上半年.xlsx', '市科技局_2026年上半年.xlsx']);
  });

  it('a file that is no master list is one line; nothing is downloaded', async () => {
    await act(async () => {
      fireEvent.change(screen.getByLabelText(/任务清单/, { selector: 'input' }), { target: { files: [pick(new TextEncoder().encode('hello'), 'x.xlsx')] } });
    });
    // the one line names the file
    const line = await screen.findByText(/^x\.xlsx：/);
    expect(line.textContent?.split('\n')).toHaveLength(1);
    expect(saved).toEqual([]);
  });
});
