import { resolve } from 'path';
import { createInterface } from 'readline';
import { ReportError } from '../core/errors';
import { parseArgs } from './args';
import type { CommandIO } from './io';
import { buildServer, DEFAULT_LIMITS } from '../server/app';
import { loadDemo } from '../server/demo';
import { openInbox, saveAdmin } from '../server/inbox';

/**
 * `serve [--data DIR] [--port N] [--host H] [--public-url URL] [--trust-proxy] [--max-upload-mb N] [--uploads-per-minute N] [--allow-origin URL,...] [--demo]`
 * starts the 报送平台 (`--demo`: with the samples loaded); `serve --add-admin NAME [--data DIR]` adds the compiler's account (password
 * read from standard input, twice on a terminal). Listens on 127.0.0.1 unless --host says otherwise.
 */
async function readPassword(io: CommandIO): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const ask = (prompt: string): Promise<string> =>
    new Promise((done) => {
      const rl = createInterface({ input, output: process.stderr, terminal: true });
      const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => write.call(rl, s.startsWith(prompt) ? prompt : '');
      rl.question(prompt, (answer) => {
        rl.close();
        process.stderr.write('\n');
        done(answer);
      });
    });
  const first = await ask('密码：');
  const second = await ask('再输入一次：');
  if (first !== second) throw new ReportError('argument-invalid', { detail: '两次输入的密码不一致。' });
  io.err('');
  return first;
}

function portOf(text: string | undefined): number {
  if (text === undefined) return 8080;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ReportError('argument-invalid', { detail: `--port ${text} 不是有效的端口号（0–65535）。` });
  return port;
}

export async function runServe(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['data', 'port', 'host', 'add-admin', 'public-url', 'max-upload-mb', 'uploads-per-minute', 'allow-origin'], ['trust-proxy', 'demo']);
  const dataDir = resolve(args.values.get('data') ?? 'inbox-data');
  const inbox = openInbox(dataDir);
  const adminName = args.values.get('add-admin');
  if (adminName !== undefined) {
    try {
      const outcome = await saveAdmin(inbox, adminName, await readPassword(io));
      io.out(outcome === 'added' ? `已添加汇总单位账号“${adminName.trim()}”（数据目录 ${dataDir}）。` : `已为账号“${adminName.trim()}”设置新密码。`);
      return 0;
    } finally {
      await inbox.store.close();
    }
  }
  const maxUploadMb = Number(args.values.get('max-upload-mb') ?? DEFAULT_LIMITS.maxUploadBytes / 1024 / 1024);
  if (!(maxUploadMb > 0 && maxUploadMb <= 200)) throw new ReportError('argument-invalid', { detail: '--max-upload-mb 应在 1 到 200 之间。' });
  const uploadsPerMinute = Number(args.values.get('uploads-per-minute') ?? DEFAULT_LIMITS.uploadsPerMinute);
  if (!(Number.isInteger(uploadsPerMinute) && uploadsPerMinute >= 1 && uploadsPerMinute <= 10_000))
    throw new ReportError('argument-invalid', { detail: '--uploads-per-minute 应是 1 到 10000 之间的整数。' });
  const publicUrl = args.values.get('public-url');
  const app = await buildServer({
    store: inbox.store,
    blobs: inbox.blobs,
    limits: { maxUploadBytes: Math.round(maxUploadMb * 1024 * 1024), uploadsPerMinute },
    trustProxy: args.flags.has('trust-proxy'),
    logLevel: 'warn',
    allowOrigins: (args.values.get('allow-origin') ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean),
    ...(publicUrl ? { publicUrl } : {}),
  });
  const host = args.values.get('host') ?? '127.0.0.1';
  await app.listen({ port: portOf(args.values.get('port')), host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const shown = host.includes(':') ? `[${host}]` : host;
  io.out(`报送平台已启动：http://${shown}:${port}/platform/ （数据目录 ${dataDir}；按 Ctrl+C 停止）`);
  if (args.flags.has('demo'))
    for (const line of await loadDemo(inbox, { store: inbox.store, blobs: inbox.blobs, limits: { ...DEFAULT_LIMITS } }, publicUrl ?? `http://${shown}:${port}`, dataDir)) io.out(line);
  else if ((await inbox.store.adminCount()) === 0) io.out(`还没有汇总单位账号：另开一个终端运行 progress-report serve --add-admin 用户名 --data ${dataDir}`);
  await new Promise<void>((done) => {
    const stop = (): void => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await inbox.store.close();
  io.out('报送平台已停止。');
  return 0;
}
