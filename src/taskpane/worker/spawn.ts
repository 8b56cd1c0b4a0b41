import type { WorkerLike } from './client';

/**
 * Starts the pane's worker. Webpack sees `new Worker(new URL(…, import.meta.url))` (written inline,
 * as it must be to be seen) and builds pane-worker.ts as its own script from the page's origin
 * (CSP script-src 'self', no blob:). Loaded only where `Worker` exists (client.ts): under jest
 * (CommonJS) this module is never required.
 */
export function spawnPaneWorker(): WorkerLike {
  const worker = new Worker(
    // @ts-expect-error -- import.meta is ES module syntax: webpack builds the pane as ES modules (ts-loader, module esnext) while tsc checks the repo as CommonJS
    new URL(/* webpackChunkName: "pane-worker" */ './pane-worker.ts', import.meta.url),
    { name: 'progress-report-pane' },
  );
  return worker as unknown as WorkerLike;
}
