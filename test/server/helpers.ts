import { ChildProcess, spawn, spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmdirSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { writeXlsx } from '../../src/io/xlsx-writer';

/**
 * The real inbox, as `progress-report serve` runs it: a child process on a random loopback port
 * with a fresh data folder (Fastify's plugins load ESM at run time, which jest's sandbox cannot,
 * so the server never runs inside jest). A small HTTP client signs in as the compiler (session
 * cookie + CSRF token) or submits as a unit (its link's token).
 */
export const ADMIN = { name: 'huizong', password: 'correct horse battery' };
export const HEADER = ['序号', '主要工作任务', '进展情况', '牵头部门', '进展状态'];
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'progress-report.js');

function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((t, e) => Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs), 0);
}

/** Builds dist/ (npm run build:cli) when it is missing or older than src/; one test file at a time. */
export function ensureCliBuild(): void {
  const built = join(ROOT, 'dist', 'cli', 'serve-command.js');
  const lock = join(ROOT, 'dist', '.build-lock');
  const fresh = (): boolean => existsSync(built) && statSync(built).mtimeMs >= newest(join(ROOT, 'src'));
  if (fresh()) return;
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // a lock left by a test run that was killed mid-build is stale after five minutes
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      spawnSync('sleep', ['1']);
    }
  }
  try {
    if (!fresh()) {
      const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
      if (r.status !== 0) throw new Error('npm run build:cli failed');
    }
  } finally {
    rmdirSync(lock);
  }
}

export function addAdmin(dir: string, name = ADMIN.name, password = ADMIN.password): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, 'serve', '--add-admin', name, '--data', dir], { input: `${password}\n`, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

export interface Running {
  child: ChildProcess;
  dir: string;
  url: string;
  /** Everything the server printed. */
  output(): string;
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

export function newDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'inbox-'));
}

/** Starts `serve --data DIR --port 0` and resolves with its address once it listens. */
export async function startServer(dir: string, extra: string[] = []): Promise<Running> {
  ensureCliBuild();
  const child = spawn(process.execPath, [CLI, 'serve', '--data', dir, '--port', '0', ...extra], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${text}`)), 60_000);
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('utf8');
      const m = /http:\/\/127\.0\.0\.1:(\d+)/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${m[1]}`);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${text}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    dir,
    url,
    output: () => text,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
    async kill9() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A fresh data folder with the compiler's account, and the server on it. */
export async function startInbox(extra: string[] = []): Promise<Running & { remove(): Promise<void> }> {
  const dir = newDataDir();
  ensureCliBuild();
  const added = addAdmin(dir);
  if (added.code !== 0) throw new Error(`--add-admin failed: ${added.err}`);
  const running = await startServer(dir, extra);
  return {
    ...running,
    async remove() {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The compiler's browser: keeps the cookies and sends the CSRF token on every change. */
export class AdminClient {
  private cookies = new Map<string, string>();
  private csrf = '';

  constructor(readonly url: string) {}

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      this.cookies.set(pair.slice(0, eq), pair.slice(eq + 1));
    }
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: string, path: string, body?: FormData | object): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookieHeader(), 'x-csrf-token': this.csrf };
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(`${this.url}${path}`, { method, headers, body: payload, redirect: 'manual' });
    this.remember(res);
    return res;
  }

  async signIn(name = ADMIN.name, password = ADMIN.password): Promise<Response> {
    const csrf = await this.request('GET', '/api/admin/csrf');
    this.csrf = ((await csrf.json()) as { csrfToken: string }).csrfToken;
    return this.request('POST', '/api/admin/login', { name, password });
  }

  async json<T>(method: string, path: string, body?: FormData | object): Promise<{ status: number; body: T }> {
    const res = await this.request(method, path, body);
    return { status: res.status, body: (await res.json()) as T };
  }
}

export function xlsxBlob(bytes: Uint8Array): Blob {
  return new Blob([Buffer.from(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export interface IssuedLink {
  unitId: number;
  unit: string;
  token: string;
  link: string;
}

export async function createPeriod(
  admin: AdminClient,
  fields: Record<string, string>,
  files: Record<string, { name: string; bytes: Uint8Array }> = {},
): Promise<{ status: number; body: { period: { id: number }; links: IssuedLink[] } & { error?: string } }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  for (const [k, f] of Object.entries(files)) form.set(k, xlsxBlob(f.bytes), f.name);
  return admin.json('POST', '/api/admin/periods', form);
}

export async function submit(url: string, token: string, file: { name: string; bytes: Uint8Array }, extra: Record<string, string> = {}): Promise<Response> {
  const form = new FormData();
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  form.set('file', xlsxBlob(file.bytes), file.name);
  return fetch(`${url}/api/unit/submissions`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
}

/** A master list (序号 / 主要工作任务 / 牵头部门) of the given tasks. */
export async function masterWorkbook(tasks: readonly [number, string, string][]): Promise<Uint8Array> {
  return writeXlsx([{ name: '任务清单', rows: [['任务清单', '', ''], ['序号', '主要工作任务', '牵头部门'], ...tasks.map(([seq, task, unit]) => [seq, task, unit])], headerRow: 1 }]);
}

/** One unit's submission: title, 填报单位 line, the five columns, one row per task. */
export async function unitWorkbook(unit: string, rows: readonly [number, string, string, string][]): Promise<Uint8Array> {
  return writeXlsx([
    {
      name: '进展情况',
      rows: [
        ['2026年第三季度重点工作进展', '', '', '', ''],
        [`填报单位：${unit}`, '', '', '截至9月30日', ''],
        HEADER,
        ...rows.map(([seq, task, progress, status]) => [seq, task, progress, unit, status]),
      ],
      headerRow: 2,
    },
  ]);
}

/** N units, unit i leading task i: the tasks and a clean submission for each. */
export function syntheticTasks(n: number): [number, string, string][] {
  return Array.from({ length: n }, (_, i) => [i + 1, `第${i + 1}项重点工作任务：推进项目建设`, `市第${i + 1}局`]);
}
