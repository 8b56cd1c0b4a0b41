import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { FastifyError, FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, ZodTypeProvider } from 'fastify-type-provider-zod';
import { join } from 'path';
import { z } from 'zod';
import { isReportError } from '../core/errors';
import { errorText } from './engine';
import { PeriodEvents } from './events';
import { InboxError } from './http-errors';
import { adminRoutes } from './routes/admin-routes';
import { unitRoutes } from './routes/unit-routes';
import type { BlobStore, InboxStore } from './storage/store';

/**
 * The inbox's HTTP server: Fastify with zod schemas on every route, multipart uploads with hard
 * limits, per-token and per-address rate limits, cookie sessions with CSRF for the compiler, and
 * the 平台 pages served from `src/server/public` under a strict Content-Security-Policy.
 * (The zip-bomb and size limits of a file's contents are the reader's own, src/io/limits.ts, as for the CLI.)
 */
export interface InboxLimits {
  /** Largest accepted upload (bytes); a bigger one is cut off and refused with 413. */
  maxUploadBytes: number;
  /** Uploads per unit link per minute. */
  uploadsPerMinute: number;
  /** Sign-in attempts per address per minute. */
  loginsPerMinute: number;
}

export const DEFAULT_LIMITS: InboxLimits = { maxUploadBytes: 20 * 1024 * 1024, uploadsPerMinute: 20, loginsPerMinute: 10 };

export interface InboxContext {
  store: InboxStore;
  blobs: BlobStore;
  events: PeriodEvents;
  limits: InboxLimits;
  /** The address units' links start with (the reverse proxy's HTTPS address); else the request's own. */
  publicUrl?: string;
}

export interface ServerOptions {
  store: InboxStore;
  blobs: BlobStore;
  limits?: Partial<InboxLimits>;
  publicUrl?: string;
  /** Origins of the task pane allowed to call the unit API (上报 from Excel / WPS); none by default. */
  allowOrigins?: readonly string[];
  /** Trust X-Forwarded-* from the reverse proxy in front (HTTPS, client address). */
  trustProxy?: boolean;
  /** Log level (pino, JSON lines on stdout); `serve` uses `warn`: server errors only, never request bodies. */
  logLevel?: 'silent' | 'error' | 'warn' | 'info';
}

/** The pages: next to this file in the sources, and found from dist/server as well. */
export const PUBLIC_DIR = join(__dirname, '..', '..', 'src', 'server', 'public');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const errorBody = z.object({ error: z.string(), message: z.string() });

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const limits: InboxLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const app = Fastify({ logger: { level: options.logLevel ?? 'silent' }, trustProxy: options.trustProxy ?? false, forceCloseConnections: true, bodyLimit: 256 * 1024 });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const context: InboxContext = { store: options.store, blobs: options.blobs, events: new PeriodEvents(), limits, ...(options.publicUrl ? { publicUrl: options.publicUrl.replace(/\/+$/, '') } : {}) };

  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, { cookieOpts: { path: '/', sameSite: 'strict', httpOnly: true, secure: 'auto' } });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: limits.maxUploadBytes, files: 3, fields: 12, fieldSize: 200_000, parts: 16, headerPairs: 200 } });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    return payload;
  });

  // The task pane's 上报 calls /api/unit from its own origin with the unit's token (no cookies):
  // only the origins named with --allow-origin get CORS headers; the compiler's API never does.
  const allowed = new Set(options.allowOrigins ?? []);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin || !allowed.has(origin) || !request.url.startsWith('/api/unit/')) return;
    reply.header('access-control-allow-origin', origin).header('vary', 'origin');
    if (request.method === 'OPTIONS') {
      return reply.header('access-control-allow-methods', 'GET, POST').header('access-control-allow-headers', 'authorization').header('access-control-max-age', '600').status(204).send();
    }
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof InboxError) return reply.status(error.status).send({ error: error.code, message: error.message });
    if (isReportError(error)) return reply.status(400).send({ error: error.code, message: errorText(error) });
    if (error.code?.startsWith('FST_CSRF')) return reply.status(403).send({ error: 'csrf-invalid', message: '页面已过期（安全校验失败），请刷新页面后重试。' });
    if (error.validation) return reply.status(400).send({ error: 'invalid-request', message: `请求有误：${error.message}` });
    if (error.code === 'FST_REQ_FILE_TOO_LARGE' || error.statusCode === 413) {
      reply.header('connection', 'close');
      return reply.status(413).send({ error: 'upload-too-large', message: `文件超过 ${Math.round(limits.maxUploadBytes / 1024 / 1024)} MB 的上限，未接收。请删除无关的工作表后再报送。` });
    }
    if (error.statusCode === 429) return reply.status(429).send({ error: 'rate-limited', message: '提交过于频繁，请稍后再试。' });
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return reply.status(error.statusCode).send({ error: 'bad-request', message: `请求有误：${error.message}` });
    request.log.error(error);
    return reply.status(500).send({ error: 'server-error', message: '服务器处理失败，请稍后重试；如果一直失败，请联系汇总单位。' });
  });
  app.setNotFoundHandler((_request, reply) => reply.status(404).send({ error: 'not-found', message: '没有这个页面或数据。' }));

  await app.register(fastifyStatic, { root: PUBLIC_DIR, prefix: '/platform/', index: ['index.html'], redirect: true, cacheControl: false });
  const typed = app.withTypeProvider<ZodTypeProvider>();
  typed.get('/', { schema: { querystring: z.object({}).loose() } }, (_request, reply) => reply.redirect('/platform/'));
  typed.get('/api/health', { schema: { response: { 200: z.object({ ok: z.literal(true) }), 500: errorBody } } }, async () => ({ ok: true as const }));
  await app.register(adminRoutes(context), { prefix: '/api/admin' });
  await app.register(unitRoutes(context), { prefix: '/api/unit' });
  app.addHook('onClose', async () => context.events.close());
  return app;
}
