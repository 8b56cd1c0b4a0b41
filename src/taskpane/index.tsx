import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { ReportHost } from '../host/host';
import type { NamedFile } from './engine';
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
  const initialTab: TabName = requested === 'merge' || requested === 'template' || requested === 'submit' || requested === 'compare' ? requested : 'validate';
  if (runsInOffice()) {
    await loadOfficeJs();
    await Office.onReady();
    const { createExcelHost } = await import(/* webpackChunkName: "excel" */ '../excel/excel-host');
    root.render(<App host={createExcelHost()} theme={officeTheme()} initialTab={initialTab} />);
    return;
  }
  const { createBrowserHost } = await import(/* webpackChunkName: "browser" */ '../host/browser-host');
  const samples = await loadSamples();
  const host: ReportHost = createBrowserHost(samples?.submissions ?? []);
  root.render(<App host={host} theme={browserTheme()} initialTab={initialTab} {...(samples ? { samples } : {})} />);
}

/**
 * The samples `npm start` serves next to the page (`samples/index.json`), fetched from the page's
 * own origin; absent on a deployed add-in, and then nothing is loaded.
 */
async function loadSamples(): Promise<{ submissions: NamedFile[]; master?: NamedFile } | undefined> {
  try {
    const index = await fetch('samples/index.json');
    if (!index.ok) return undefined;
    const list = (await index.json()) as { submissions: string[]; master?: string };
    const get = async (name: string): Promise<NamedFile> => ({ name, bytes: new Uint8Array(await (await fetch(`samples/${encodeURIComponent(name)}`)).arrayBuffer()) });
    const submissions = await Promise.all(list.submissions.map(get));
    return { submissions, ...(list.master ? { master: await get(list.master) } : {}) };
  } catch {
    return undefined;
  }
}

void start();
