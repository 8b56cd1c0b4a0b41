import { splitParts, joinParts, buffersOf } from './parts';
import { JobRunner } from './jobs';
import { cancelledError, FromWorker, isCancelled, JobRequest, JobResults, PartPath, ToWorker, toWire } from './protocol';

/**
 * The worker's side of the protocol: takes requests (with their parts), runs each job with the
 * JobRunner and answers with progress, the result's large arrays in parts, then the result. A cancel
 * aborts the job at its next pause (between files); the pane may also simply terminate the worker.
 */
export interface WorkerPort {
  postMessage(message: FromWorker, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: { data: ToWorker }) => void): void;
}

/** Which arrays of a result go in parts: findings of every sheet, the merge's tasks, missing and findings. */
export function resultPaths(request: JobRequest, result: JobResults[JobRequest['kind']]): PartPath[] {
  if ('report' in result) return result.report.sheets.map((_, i): PartPath => ['report', 'sheets', i, 'findings']);
  if ('doc' in result)
    return [
      ['doc', 'tasks'],
      ['doc', 'missing'],
      ['doc', 'findings'],
      ['doc', 'unreadable'],
    ];
  if ('fixes' in result && request.kind === 'plan-fixes') return [['fixes']];
  if ('comparison' in result) return ['statusChanges', 'added', 'dropped', 'unchanged', 'findings'].map((key): PartPath => ['comparison', key]);
  return [];
}

/** Yields to the worker's event loop, so a cancel message posted meanwhile is received. */
function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function serveJobs(port: WorkerPort, runner = new JobRunner()): void {
  const incoming = new Map<number, { path: PartPath; items: unknown[] }[]>();
  const controllers = new Map<number, AbortController>();
  let queue: Promise<void> = Promise.resolve();

  const start = async (id: number, request: JobRequest): Promise<void> => {
    const controller = controllers.get(id) ?? new AbortController();
    controllers.set(id, controller);
    try {
      if (controller.signal.aborted) throw cancelledError();
      const result = await runner.run(request as never, {
        signal: controller.signal,
        progress: (progress) => port.postMessage({ id, type: 'progress', progress }, []),
        checkpoint: async () => {
          await pause();
          if (controller.signal.aborted) throw cancelledError();
        },
      });
      const { shell, parts } = splitParts(result, resultPaths(request, result));
      for (const part of parts) port.postMessage({ id, type: 'part', path: part.path, items: part.items }, []);
      port.postMessage({ id, type: 'result', result: shell }, buffersOf('workbook' in shell ? [shell.workbook] : 'copies' in shell ? shell.copies.map((c) => c.bytes) : []));
    } catch (error) {
      port.postMessage(isCancelled(error) ? { id, type: 'cancelled' } : { id, type: 'error', error: toWire(error) }, []);
    } finally {
      controllers.delete(id);
    }
  };

  port.addEventListener('message', ({ data }) => {
    if (data.type === 'part') {
      incoming.set(data.id, [...(incoming.get(data.id) ?? []), { path: data.path, items: data.items }]);
    } else if (data.type === 'cancel') {
      const controller = controllers.get(data.id) ?? new AbortController();
      controller.abort();
      controllers.set(data.id, controller);
    } else {
      const request = joinParts(data.request, incoming.get(data.id) ?? []);
      incoming.delete(data.id);
      // one job at a time, in the order asked: the reports a plan refers to are complete
      queue = queue.then(() => start(data.id, request));
    }
  });
  port.postMessage({ type: 'ready' }, []);
}
