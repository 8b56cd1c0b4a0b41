import './zod-config'; // first: before any schema exists
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import type { ReportHost } from '../host/host';
import type { NamedFile } from './engine';
import { App, TabName } from './App';
import { useSaver } from './download';
import { detectPaneHost } from './office-loader';
import { browserTheme, officeTheme } from './theme';

/**
 * Entry of taskpane.html. office.js is already loaded by the page's <head>; Office.onReady() says
 * whether this is Excel (the Excel host) or a plain browser (the file-based host).
 */
async function start(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const requested = new URLSearchParams(window.location.search).get('tab');
  const initialTab: TabName = requested === 'merge' || requested === 'template' || requested === 'submit' || requested === 'compare' ? requested : 'validate';
  const paneHost = await detectPaneHost();
  if (paneHost === 'legacy') return;
  if (paneHost === 'excel') {
    const { createExcelHost } = await import(/* webpackChunkName: "excel" */ '../excel/excel-host');
    const { needsOfficeSaver, officeSaver } = await import(/* webpackChunkName: "excel" */ '../excel/mac-download');
    if (needsOfficeSaver(Office.context.platform, Office.PlatformType.Mac)) useSaver(officeSaver((base64) => Excel.createWorkbook(base64)));
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
