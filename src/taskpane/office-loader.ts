/**
 * office.js is loaded by a static script in <head> of the page (see taskpane.html and
 * webpack.config.js for its source). `Office.onReady()` then tells whether the page runs inside
 * Excel: its host is null in a plain browser. `_host_Info` in the URL is Office's internal business
 * and decides nothing here.
 */
export type PaneHost = 'excel' | 'browser' | 'legacy';

interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType?: { Excel?: unknown };
}

/** How long to wait for office.js in a plain browser, where some builds never settle onReady. */
export const OFFICE_READY_TIMEOUT_MS = 10_000;

export async function detectPaneHost(global: { Office?: OfficeLike; __progressReportLegacy?: boolean } = globalThis as never, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<PaneHost> {
  if (global.__progressReportLegacy) return 'legacy'; // legacy-check.js has shown its message
  const office = global.Office;
  if (!office || typeof office.onReady !== 'function') return 'browser'; // office.js blocked or unreachable
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<{ host: unknown }>((resolve) => {
    timer = setTimeout(() => resolve({ host: null }), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    const excel = office.HostType?.Excel ?? 'Excel';
    return info.host === excel ? 'excel' : 'browser';
  } finally {
    clearTimeout(timer);
  }
}
