import '../zod-config'; // first: before any schema exists
import { serveJobs, WorkerPort } from './serve-jobs';

/** Entry of the task pane's worker (spawned by spawn.ts): reads, checks, plans fixes and merges. */
serveJobs(self as unknown as WorkerPort);
