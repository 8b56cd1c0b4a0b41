import { splitParts, joinParts, buffersOf } from './parts';
import type { JobRunner } from './jobs';
import { cancelledError, FromWorker, fromWire, JobRequest, JobResults, PartPath, Progress, ToWorker } from './protocol';

/**
 * The pane's side of the protocol. Jobs run in a Web Worker where the page can start one, else in
 * the page itself (jsdom, a webview without workers, a worker whose script could not load): the
 * choice is made by what is there, not by a setting. Checks and fix plans share one worker (it keeps
 * the reports a plan refers to); merges, annotated copies and comparisons run in another. Cancelling terminates that worker, so the
 * page is idle at once whatever the job was doing; the next job starts a fresh one.
 */
export interface WorkerLike {
  postMessage(message: ToWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: FromWorker }) => void): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
  terminate(): void;
}

/** Starts a worker, or gives undefined where there is none to start. */
export type Spawn = () => Promise<WorkerLike | undefined>;

export interface RunOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export type Transport = 'worker' | 'in-process';

type Lane = 'check' | 'other';

interface Pending {
  request: JobRequest;
  options: RunOptions;
  parts: { path: PartPath; items: unknown[] }[];
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** The capability check: a Worker constructor, and a script for it that this build can name. */
export const spawnBrowserWorker: Spawn = async () => {
  if (typeof Worker === 'undefined') return undefined;
  try {
    const { spawnPaneWorker } = await import(/* webpackMode: "eager" */ './spawn');
    return spawnPaneWorker();
  } catch {
    return undefined; // a page that may not start workers (SecurityError): run in the page
  }
};

/** Lets the page paint between the parts it sends. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The arrays of a request sent in parts: the rows (and values) of every grid. */
function requestPaths(request: JobRequest): PartPath[] {
  const at: { path: PartPath; grids: readonly unknown[] } | undefined =
    request.kind === 'check-grids'
      ? { path: ['grids'], grids: request.grids }
      : request.kind === 'merge'
        ? { path: ['openSheets'], grids: request.openSheets ?? [] }
        : request.kind === 'compare' && 'grids' in request.current
          ? { path: ['current', 'grids'], grids: request.current.grids }
          : undefined;
  if (!at) return [];
  return at.grids.flatMap((_, i): PartPath[] => [
    [...at.path, i, 'rows'],
    [...at.path, i, 'values'],
  ]);
}

/** The request as sent: every file's bytes copied once, so the copy can be transferred and the page keeps its own. */
function transferable(request: JobRequest): { request: JobRequest; transfer: ArrayBuffer[] } {
  const copy = <T extends { bytes: Uint8Array }>(f: T): T => ({ ...f, bytes: f.bytes.slice() });
  if (request.kind === 'check-files' || request.kind === 'annotate') {
    const files = request.files.map(copy);
    return { request: { ...request, files }, transfer: buffersOf(files.map((f) => f.bytes)) };
  }
  if (request.kind === 'merge') {
    const submissions = request.submissions.map(copy);
    const master = request.master ? copy(request.master) : undefined;
    return { request: { ...request, submissions, ...(master ? { master } : {}) }, transfer: buffersOf([...submissions.map((f) => f.bytes), master?.bytes]) };
  }
  if (request.kind === 'compare') {
    const previous = copy(request.previous);
    const current = 'file' in request.current ? { file: copy(request.current.file) } : request.current;
    return { request: { ...request, previous, current }, transfer: buffersOf([previous.bytes, 'file' in current ? current.file.bytes : undefined]) };
  }
  return { request, transfer: [] };
}

class WorkerLane {
  private worker: WorkerLike | undefined;
  private ready = false;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private spawn: Spawn,
    private readonly fallback: (request: JobRequest, options: RunOptions) => Promise<unknown>,
  ) {}

  /** Undefined: no worker can be started here; the caller runs the job in the page. */
  async run(request: JobRequest, options: RunOptions): Promise<unknown> {
    if (options.signal?.aborted) throw cancelledError();
    const worker = this.worker ?? (await this.start());
    if (!worker) return this.fallback(request, options);
    const id = this.nextId++;
    const done = new Promise<unknown>((resolve, reject) => this.pending.set(id, { request, options, parts: [], resolve, reject }));
    const onAbort = (): void => this.cancel(id);
    options.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      await this.send(worker, id, request);
      return await done;
    } finally {
      options.signal?.removeEventListener('abort', onAbort);
    }
  }

  private async start(): Promise<WorkerLike | undefined> {
    const worker = await this.spawn();
    if (!worker) return undefined;
    this.worker = worker;
    this.ready = false;
    worker.addEventListener('message', ({ data }) => this.receive(worker, data));
    worker.addEventListener('error', (event) => this.failed(worker, event.message));
    return worker;
  }

  private async send(worker: WorkerLike, id: number, original: JobRequest): Promise<void> {
    const { request, transfer } = transferable(original);
    const { shell, parts } = splitParts(request, requestPaths(request));
    for (const part of parts) {
      if (!this.pending.has(id)) return; // cancelled while sending
      worker.postMessage({ id, type: 'part', path: part.path, items: part.items }, []);
      await pause();
    }
    if (this.pending.has(id) && this.worker === worker) worker.postMessage({ id, type: 'start', request: shell }, transfer);
  }

  private receive(worker: WorkerLike, message: FromWorker): void {
    if (worker !== this.worker) return;
    if (message.type === 'ready') {
      this.ready = true;
      return;
    }
    const job = this.pending.get(message.id);
    if (!job) return; // a job cancelled meanwhile
    if (message.type === 'progress') job.options.onProgress?.(message.progress);
    else if (message.type === 'part') job.parts.push({ path: message.path, items: message.items });
    else {
      this.pending.delete(message.id);
      if (message.type === 'result') {
        job.resolve(joinParts(message.result, job.parts));
        // where the job ends and the page's own work (rendering the result) begins, for the benchmark
        globalThis.performance?.mark?.(`pane-job-result:${job.request.kind}`);
      } else if (message.type === 'error') job.reject(fromWire(message.error));
      else job.reject(cancelledError());
    }
  }

  /** The worker's script failed: before it ever answered, this page cannot run it (run here instead); after, the jobs it had are lost. */
  private failed(worker: WorkerLike, message: string | undefined): void {
    if (worker !== this.worker) return;
    const jobs = [...this.pending.values()];
    const usable = this.ready;
    this.pending.clear();
    this.stop();
    if (!usable) {
      this.spawn = async () => undefined;
      for (const job of jobs) this.fallback(job.request, job.options).then(job.resolve, job.reject);
    } else for (const job of jobs) job.reject(new Error(message || 'worker stopped'));
  }

  /** Cancel: every job of this lane ends as cancelled, and its worker is terminated. */
  private cancel(id: number): void {
    if (!this.pending.has(id)) return;
    const jobs = [...this.pending.values()];
    this.pending.clear();
    this.stop();
    for (const job of jobs) job.reject(cancelledError());
  }

  private stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.ready = false;
  }
}

export class JobClient {
  private runner: Promise<JobRunner> | undefined;
  private readonly lanes: Record<Lane, WorkerLane>;
  /** How the last job ran. */
  lastTransport: Transport | undefined;

  constructor(spawn: Spawn = spawnBrowserWorker) {
    const fallback = (request: JobRequest, options: RunOptions): Promise<unknown> => this.inProcess(request, options);
    this.lanes = { check: new WorkerLane(spawn, fallback), other: new WorkerLane(spawn, fallback) };
  }

  async run<K extends JobRequest['kind']>(request: Extract<JobRequest, { kind: K }>, options: RunOptions = {}): Promise<JobResults[K]> {
    // checks and plans share the worker that keeps the reports; every other job has its own
    const lane = this.lanes[request.kind === 'check-files' || request.kind === 'check-grids' || request.kind === 'plan-fixes' ? 'check' : 'other'];
    this.lastTransport = 'worker';
    return (await lane.run(request, options)) as JobResults[K];
  }

  /** The same jobs in the page: pauses between files let it paint; a cancel is seen at the next pause. */
  private async inProcess(request: JobRequest, options: RunOptions): Promise<unknown> {
    this.lastTransport = 'in-process';
    this.runner ??= import('./jobs').then(({ JobRunner: Runner }) => new Runner());
    const runner = await this.runner;
    const signal = options.signal ?? new AbortController().signal;
    const result = await runner.run(request as never, {
      signal,
      progress: (progress) => options.onProgress?.(progress),
      checkpoint: async () => {
        await pause();
        if (signal.aborted) throw cancelledError();
      },
    });
    globalThis.performance?.mark?.(`pane-job-result:${request.kind}`);
    return result;
  }
}
