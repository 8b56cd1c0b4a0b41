import type { ServerResponse } from 'http';

/**
 * Server-sent events for the compiler's page: every accepted or rejected submission of a period
 * is pushed to the pages open on it, which then fetch the roster again. In-process only; with
 * several servers on one database the page's periodic refresh covers the others' submissions.
 */
export class PeriodEvents {
  private readonly listeners = new Map<number, Set<ServerResponse>>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor(heartbeatMs = 25_000) {
    this.heartbeat = setInterval(() => this.each((res) => res.write(': keep-alive\n\n')), heartbeatMs);
    this.heartbeat.unref();
  }

  private each(fn: (res: ServerResponse) => void): void {
    for (const set of this.listeners.values()) for (const res of set) fn(res);
  }

  subscribe(periodId: number, res: ServerResponse): void {
    if (!this.listeners.has(periodId)) this.listeners.set(periodId, new Set());
    this.listeners.get(periodId)!.add(res);
    res.on('close', () => this.listeners.get(periodId)?.delete(res));
    res.write('retry: 3000\n\n');
  }

  publish(periodId: number, data: Record<string, unknown>): void {
    for (const res of this.listeners.get(periodId) ?? []) res.write(`event: change\ndata: ${JSON.stringify(data)}\n\n`);
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.each((res) => res.end());
    this.listeners.clear();
  }
}
