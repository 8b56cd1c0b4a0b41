import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { App, TabName } from '../taskpane/App';
import { browserTheme } from '../taskpane/theme';
import type { WpsApplication } from './wps-api';
import { createWpsHost } from './wps-host';

/**
 * Entry of the WPS task pane page (build/wps/taskpane.html): the same App as in Excel, on the
 * WPS host. WPS gives the page its object model as `window.Application`; opened anywhere else the
 * page says where it belongs.
 */
const TABS: readonly TabName[] = ['validate', 'template', 'submit', 'merge', 'compare'];

function start(): void {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  const application = (window as unknown as { Application?: WpsApplication }).Application;
  if (!application) {
    root.render(<p style={{ padding: 16 }}>此页面是 WPS 表格的“进展报表助手”加载项，请在 WPS 表格中点击“检查报表”打开。</p>);
    return;
  }
  const requested = new URLSearchParams(window.location.search).get('tab') as TabName | null;
  const initialTab = requested && TABS.includes(requested) ? requested : 'validate';
  root.render(<App host={createWpsHost(application)} theme={browserTheme()} initialTab={initialTab} />);
}

start();
