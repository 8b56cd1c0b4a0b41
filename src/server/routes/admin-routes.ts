import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { InboxContext } from '../app';
import { newSecret, secretHash, verifyPassword } from '../auth';
import { InboxError } from '../http-errors';
import type { AdminRecord } from '../storage/store';
import { periodRoutes } from './period-routes';

/**
 * The compiler's sign-in: a session cookie (`HttpOnly`, `SameSite=Strict`, `Secure` behind HTTPS)
 * whose id is stored hashed, and a CSRF token every state-changing request carries in the
 * `x-csrf-token` header. Everything under /api/admin but /csrf and /login needs the session.
 */
export const SESSION_COOKIE = 'pr_session';
const SESSION_HOURS = 12;

const loginBody = z.object({ name: z.string().min(1).max(100), password: z.string().min(1).max(1000) });
const okBody = z.object({ ok: z.literal(true) });
const errorBody = z.object({ error: z.string(), message: z.string() });

declare module 'fastify' {
  interface FastifyRequest {
    admin?: AdminRecord;
  }
}

export function adminOf(request: FastifyRequest): AdminRecord {
  if (!request.admin) throw new InboxError(401, 'not-signed-in', '请先登录汇总单位账号。');
  return request.admin;
}

export function adminRoutes(context: InboxContext) {
  return async function (plugin: FastifyInstance): Promise<void> {
    const app = plugin.withTypeProvider<ZodTypeProvider>();
    const { store } = context;

    app.get('/csrf', { schema: { response: { 200: z.object({ csrfToken: z.string() }) } } }, async (_request, reply) => ({ csrfToken: reply.generateCsrf() }));

    app.post(
      '/login',
      {
        onRequest: app.csrfProtection,
        schema: { body: loginBody, response: { 200: z.object({ name: z.string() }), 401: errorBody } },
        config: { rateLimit: { max: context.limits.loginsPerMinute, timeWindow: 60_000 } },
      },
      async (request, reply) => {
        const admin = await store.adminByName(request.body.name);
        const ok = admin
          ? await verifyPassword(request.body.password, admin.passwordHash)
          : await verifyPassword(request.body.password, 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
        if (!admin || !ok) {
          await store.audit({ actor: 'system', action: 'admin-login-failed', periodId: null, detail: { name: request.body.name, ip: request.ip } });
          throw new InboxError(401, 'sign-in-failed', '用户名或密码不正确。');
        }
        const session = newSecret();
        await store.createSession(secretHash(session), admin.id, new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString());
        await store.audit({ actor: `admin:${admin.name}`, action: 'admin-login', periodId: null, detail: { ip: request.ip } });
        reply.setCookie(SESSION_COOKIE, session, { path: '/', httpOnly: true, sameSite: 'strict', secure: 'auto', maxAge: SESSION_HOURS * 3600 });
        return { name: admin.name };
      },
    );

    await app.register(async (protectedPlugin) => {
      const guarded = protectedPlugin.withTypeProvider<ZodTypeProvider>();
      guarded.addHook('onRequest', async (request: FastifyRequest) => {
        const session = request.cookies[SESSION_COOKIE];
        const admin = session ? await store.sessionAdmin(secretHash(session), new Date().toISOString()) : undefined;
        if (!admin) throw new InboxError(401, 'not-signed-in', '请先登录汇总单位账号。');
        request.admin = admin;
      });
      guarded.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) => {
        if (request.method === 'GET' || request.method === 'HEAD') return done();
        protectedPlugin.csrfProtection(request, reply, done);
      });

      guarded.get('/session', { schema: { response: { 200: z.object({ name: z.string() }) } } }, async (request) => ({ name: adminOf(request).name }));

      guarded.post('/logout', { schema: { response: { 200: okBody } } }, async (request, reply) => {
        const session = request.cookies[SESSION_COOKIE];
        if (session) await store.deleteSession(secretHash(session));
        await store.audit({ actor: `admin:${adminOf(request).name}`, action: 'admin-logout', periodId: null, detail: {} });
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return { ok: true as const };
      });

      await guarded.register(periodRoutes(context));
    });
  };
}
