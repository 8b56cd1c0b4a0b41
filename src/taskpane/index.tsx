import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { ReportHost } from '../host/host';
import { App, TabName } from './App';
import { loadOfficeJs, runsInOffice } from './office-loader';
import { browserTheme, officeTheme } from './theme';

/**
 * Entry of taskpane.html. Inside Office: load office.js from our origin, wait for Office, use the
 * Excel host. In a plain browser: the file-based host, no office.js.
 */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const requested = new URLSearchParams(window.location.search).get('tab');
  const initialTab: TabName = requested === 'merge' || requested === 'template' || requested === 'submit' ? requested : 'validate';
  if (runsInOffice()) {
    await loadOfficeJs();
    await Office.onReady();
    const { createExcelHost } = await import(/* webpackChunkName: "excel" */ '../excel/excel-host');
    root.render(<App host={createExcelHost()} theme={officeTheme()} initialTab={initialTab} />);
    return;
  }
  const { createBrowserHost } = await import(/* webpackChunkName: "browser" */ '../host/browser-host');
  const host: ReportHost = createBrowserHost();
  root.render(<App host={host} theme={browserTheme()} initialTab={initialTab} />);
}

void start();
