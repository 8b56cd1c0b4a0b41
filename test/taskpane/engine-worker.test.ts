import { ReportError } from '../../src/core/errors';
import { createBrowserHost } from '../../src/host/browser-host';
import { writeXlsx } from '../../src/io/xlsx-writer';
import { annotatedCopies, checkInTaskPane, compareInTaskPane, mergeInTaskPane, planFixesFor, useJobClient } from '../../src/taskpane/engine';
import { JobClient, Spawn, WorkerLike } from '../../src/taskpane/worker/client';
import { joinParts, splitParts } from '../../src/taskpane/worker/parts';
import { fromWire, FromWorker, toWire, ToWorker } from '../../src/taskpane/worker/protocol';
import { serveJobs } from '../../src/taskpane/worker/serve-jobs';
import { grid, HEADER, task } from '../helpers/grid';
import { fakeHost } from './fake-host';

/**
 * The task pane's jobs through the worker protocol, with a worker double that does what a browser
 * does to messages: structured clone, transferred buffers detached, delivery on a later task,
 * terminate() stopping delivery. It runs the real worker side (serveJobs) in this process.
 */
class FakeWorker implements WorkerLike {
  readonly sent: ToWorker['type'][] = [];
  readonly received: FromWorker['type'][] = [];
  terminated = false;
  private readonly toPane: ((event: { data: FromWorker }) => void)[] = [];
  private readonly errors: ((event: { message?: string }) => void)[] = [];
  private readonly toWorker: ((event: { data: ToWorker }) => void)[] = [];

  constructor(options: { failToLoad?: boolean } = {}) {
    if (options.failToLoad) {
      setTimeout(() => this.errors.forEach((l) => l({ message: 'script blocked' })), 0);
      return;
    }
    serveJobs({
      postMessage: (message, transfer) =>
        this.deliver(message, transfer, (m) => {
          this.received.push(m.type);
          this.toPane.forEach((l) => l({ data: m }));
        }),
      addEventListener: (_type, listener) => this.toWorker.push(listener),
    });
  }

  private deliver<T>(message: T, transfer: Transferable[], to: (m: T) => void): void {
    const copy = structuredClone(message, { transfer: transfer as ArrayBuffer[] });
    setTimeout(() => !this.terminated && to(copy), 0);
  }

  postMessage(message: ToWorker, transfer: Transferable[]): void {
    this.sent.push(message.type);
    this.deliver(message, transfer, (m) => this.toWorker.forEach((l) => l({ data: m })));
  }

  addEventListener(type: 'message' | 'error', listener: never): void {
    if (type === 'message') this.toPane.push(listener);
    else this.errors.push(listener);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function workers(options: { failToLoad?: boolean } = {}): { spawn: Spawn; started: FakeWorker[] } {
  const started: FakeWorker[] = [];
  return {
    started,
    spawn: async () => {
      const w = new FakeWorker(options);
      started.push(w);
      return w;
    },
  };
}

const faulty = grid([HEADER, task(1), task(2, { units: '' }), task(3, { status: '進度滯後' })], { sheet: '报表' });

describe('parts', () => {
  it('takes long arrays out of a payload and puts them back in order, leaving the original alone', () => {
    const items = Array.from({ length: 4500 }, (_, i) => i);
    const payload = { doc: { tasks: items, period: '上半年', missing: [1, 2] } };
    const { shell, parts } = splitParts(
      payload,
      [
        ['doc', 'tasks'],
        ['doc', 'missing'],
      ],
      2000,
    );
    expect(parts.map((p) => [p.path.join('.'), p.items.length])).toEqual([
      ['doc.tasks', 2000],
      ['doc.tasks', 2000],
      ['doc.tasks', 500],
    ]);
    expect(shell.doc.tasks).toEqual([]);
    expect(shell.doc.missing).toEqual([1, 2]);
    expect(payload.doc.tasks).toHaveLength(4500);
    expect(joinParts(structuredClone(shell), parts).doc.tasks).toEqual(items);
  });

  it('refuses a part for an array the payload does not have', () => {
    expect(() => joinParts({ a: 1 }, [{ path: ['b'], items: [1] }])).toThrow('b');
  });
});

describe('errors cross as code and params', () => {
  it('a ReportError comes back as a ReportError with its code and params; anything else as its message', () => {
    const back = fromWire(structuredClone(toWire(new ReportError('file-too-large', { part: 'CSV 文件', limitMb: 128 }))));
    expect(back).toBeInstanceOf(ReportError);
    expect([(back as ReportError).code, (back as ReportError).params]).toEqual(['file-too-large', { part: 'CSV 文件', limitMb: 128 }]);
    const other = fromWire(structuredClone(toWire(new TypeError('x is undefined'))));
    expect([other instanceof ReportError, other.message]).toEqual([false, 'x is undefined']);
  });
});

describe('jobs through a worker', () => {
  it('checks the open workbook in the worker: rows sent in parts, findings back, fixes planned there', async () => {
    const { spawn, started } = workers();
    const client = new JobClient(spawn);
    useJobClient(client);
    const rows = [HEADER, ...Array.from({ length: 4999 }, (_, i) => task(i + 1, i === 9 ? { status: '進度滯後' } : {}))];
    const progress: string[] = [];
    const report = await checkInTaskPane(fakeHost([grid(rows, { sheet: '报表' })]), 'active', undefined, { onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.unit}`) });
    expect(client.lastTransport).toBe('worker');
    expect(started[0]!.sent.filter((t) => t === 'part')).toHaveLength(5); // 5,000 rows: five parts of 1,000
    expect(report.sheets.map((s) => [s.sheet, s.dataRows, 'model' in s])).toEqual([['报表', 4999, false]]);
    expect(report.sheets[0]!.rowTexts).toEqual({ 11: { seq: '10', task: '任务10' } });
    expect(report.sheets[0]!.findings.map((f) => [f.row, f.column, f.code])).toEqual([[11, '进展状态', 'status-unknown']]);
    expect(progress).toEqual(['0/5000 rows', '5000/5000 rows']);
    const fixes = await planFixesFor(report);
    expect(fixes.map((f) => [f.sheet, f.cell, f.newValue])).toEqual([['报表', 'E11', '进度滞后']]);
  });

  it('reads the page files in the worker: the page keeps its bytes, an unreadable file is named with its code', async () => {
    useJobClient(new JobClient(workers().spawn));
    const good = await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { units: '' }), task(2, { status: '進度滯後' })] }]);
    const host = createBrowserHost([
      { name: '甲.xlsx', bytes: good },
      { name: '乙.xlsx', bytes: new TextEncoder().encode('not a workbook') },
    ]);
    const report = await checkInTaskPane(host, 'all', undefined);
    expect(report.sheets.flatMap((s) => s.findings.map((f) => [s.sheet, f.row, f.code]))).toEqual([
      ['甲.xlsx · 报表', 2, 'unit-missing'],
      ['甲.xlsx · 报表', 3, 'status-unknown'],
    ]);
    expect(host.unreadable!().map((u) => [u.name, u.error.code, u.error instanceof ReportError])).toEqual([['乙.xlsx', 'file-not-spreadsheet', true]]);
    expect(host.files()[0]!.bytes.length).toBe(good.length); // a copy was transferred, not the page's own
    // the worker's read is the host's: a fix planned there is written to 甲.xlsx
    const fixes = await planFixesFor(report);
    expect(fixes.map((f) => [f.sheet, f.cell, f.newValue])).toEqual([['甲.xlsx · 报表', 'E3', '进度滞后']]);
    const applied = await host.applyFixes(fixes);
    expect([applied.applied, applied.copies?.map((c) => c.name)]).toEqual([1, ['甲_修正.xlsx']]);
  });

  it('a merge cancelled midway ends as cancelled and terminates its worker; the next merge starts a fresh one', async () => {
    const { spawn, started } = workers();
    useJobClient(new JobClient(spawn));
    const files = await Promise.all([1, 2, 3, 4].map(async (n) => ({ name: `单位${n}.xlsx`, bytes: await writeXlsx([{ name: '报表', rows: [HEADER, task(n)] }]) })));
    const controller = new AbortController();
    const progress: number[] = [];
    const merging = mergeInTaskPane({ submissions: files, lang: 'zh', signal: controller.signal, onProgress: (done) => (progress.push(done), done === 1 ? controller.abort() : undefined) });
    await expect(merging).rejects.toMatchObject({ name: 'AbortError' });
    expect(progress).toEqual([1]);
    expect(started.map((w) => w.terminated)).toEqual([true]);
    const done = await mergeInTaskPane({ submissions: files, lang: 'zh' });
    expect(done.doc.tasks.map((t) => t.seq)).toEqual([1, 2, 3, 4]);
    expect(done.workbook.length).toBeGreaterThan(0);
    expect(started.map((w) => w.terminated)).toEqual([true, false]);
  });

  it('makes annotated copies and comparisons in the worker, the copies transferred back', async () => {
    const { spawn, started } = workers();
    const client = new JobClient(spawn);
    useJobClient(client);
    const before = await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { status: '部分滞后' }), task(2)] }]);
    const after = await writeXlsx([{ name: '报表', rows: [HEADER, task(1, { status: '按时推进', units: '' }), task(2)] }]);
    const marked = await annotatedCopies(
      [
        { name: '甲.xlsx', bytes: after },
        { name: '乙.xlsx', bytes: new Uint8Array([1, 2, 3]) },
      ],
      undefined,
      'zh',
    );
    expect(marked.copies.map((c) => c.name)).toEqual(['甲_标注.xlsx']);
    expect(marked.failed.map((f) => f.name)).toEqual(['乙.xlsx']);
    const compared = await compareInTaskPane({ name: '上期.xlsx', bytes: before }, { file: { name: '本期.xlsx', bytes: after } }, 'zh');
    expect([compared.comparison.matched, compared.comparison.statusChanges.length]).toEqual([2, 1]);
    expect(compared.workbook.length).toBeGreaterThan(0);
    expect([client.lastTransport, started.length]).toEqual(['worker', 1]);
  });

  it('plans again after a cancel restarted the worker that held the report', async () => {
    const { spawn, started } = workers();
    useJobClient(new JobClient(spawn));
    const host = fakeHost([faulty]);
    const report = await checkInTaskPane(host, 'active', undefined);
    const controller = new AbortController();
    const cancelled = checkInTaskPane(host, 'active', undefined, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
    expect(started[0]!.terminated).toBe(true);
    expect((await planFixesFor(report)).map((f) => [f.cell, f.newValue])).toEqual([['E4', '进度滞后']]);
    expect(started.length).toBe(2);
  });
});

describe('where no worker can run', () => {
  it('runs in the page when there is no Worker (this Node, jsdom)', async () => {
    const client = new JobClient();
    useJobClient(client);
    const report = await checkInTaskPane(fakeHost([faulty]), 'active', undefined);
    expect(client.lastTransport).toBe('in-process');
    expect(report.sheets[0]!.findings.map((f) => [f.row, f.code])).toEqual([
      [3, 'unit-missing'],
      [4, 'status-unknown'],
    ]);
    expect((await planFixesFor(report)).map((f) => f.cell)).toEqual(['E4']);
  });

  it('runs in the page when the worker script cannot load, and keeps doing so', async () => {
    const { spawn, started } = workers({ failToLoad: true });
    const client = new JobClient(spawn);
    useJobClient(client);
    const report = await checkInTaskPane(fakeHost([faulty]), 'active', undefined);
    expect(client.lastTransport).toBe('in-process');
    expect(report.sheets[0]!.findings.map((f) => f.code)).toEqual(['unit-missing', 'status-unknown']);
    await checkInTaskPane(fakeHost([faulty]), 'active', undefined);
    expect(started.length).toBe(1);
  });

  it('a cancel in the page is seen at the next pause', async () => {
    useJobClient(new JobClient(async () => undefined));
    const controller = new AbortController();
    controller.abort();
    await expect(checkInTaskPane(fakeHost([faulty]), 'active', undefined, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
