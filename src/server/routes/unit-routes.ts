import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { InboxContext } from '../app';
import { secretHash } from '../auth';
import { blankTemplate, resolveTemplate, sameUnit } from '../engine';
import { InboxError } from '../http-errors';
import { readMultipart, tooLargeByHeader } from '../multipart';
import { receiveSubmission } from '../submissions';
import { currentVersions, tokenState } from '../roster';
import type { PeriodRecord, UnitRecord } from '../storage/store';
import { attachment, periodView, submissionView, XLSX_TYPE } from '../views';

/**
 * What a unit does with its link (`Authorization: Bearer <token>`): see its period and its own
 * submissions, upload a new version, download its own files. Nothing here names another unit:
 * the unit is the token's, and a submission id of another unit is answered 404.
 */
const TOKEN = /^Bearer ([A-Za-z0-9_-]{20,100})$/;
const tokenHeaders = z.object({ authorization: z.string().max(200).optional() }).loose();
const idParams = z.object({ id: z.coerce.number().int().positive() });
const uploadFields = z.object({ unit: z.string().max(200).optional() });

function bearer(request: FastifyRequest): string | undefined {
  return TOKEN.exec(String(request.headers.authorization ?? ''))?.[1];
}

export async function unitOfRequest(context: InboxContext, request: FastifyRequest): Promise<{ unit: UnitRecord; period: PeriodRecord }> {
  const token = bearer(request);
  if (!token) throw new InboxError(401, 'token-missing', '缺少报送链接中的令牌：请打开汇总单位发来的完整链接。');
  const unit = await context.store.unitByTokenHash(secretHash(token));
  if (!unit) throw new InboxError(401, 'token-invalid', '报送链接无效：请向汇总单位索取新的链接。');
  const period = await context.store.period(unit.periodId);
  if (!period) throw new InboxError(401, 'token-invalid', '报送链接无效：请向汇总单位索取新的链接。');
  const state = tokenState(unit, period, new Date().toISOString());
  if (state === 'revoked') throw new InboxError(401, 'token-revoked', '这个报送链接已被汇总单位收回：请向汇总单位索取新的链接。');
  if (state === 'expired') throw new InboxError(401, 'token-expired', `本期报送已于 ${period.closedAt ?? period.closesAt} 截止，链接已失效；如需补报请联系汇总单位。`);
  return { unit, period };
}

export function unitRoutes(context: InboxContext) {
  return async function (plugin: FastifyInstance): Promise<void> {
    const app = plugin.withTypeProvider<ZodTypeProvider>();
    const { store, blobs, limits } = context;

    app.get('/me', { schema: { headers: tokenHeaders } }, async (request) => {
      const { unit, period } = await unitOfRequest(context, request);
      const own = await store.submissionsOfUnit(unit.id);
      const current = currentVersions(own).get(unit.id);
      return { unit: unit.name, period: periodView(period), currentVersion: current?.version ?? null, submissions: own.map((s) => submissionView(s, unit.name)).reverse() };
    });

    app.post(
      '/submissions',
      {
        schema: { headers: tokenHeaders },
        config: { rateLimit: { max: limits.uploadsPerMinute, timeWindow: 60_000, keyGenerator: (request: FastifyRequest) => secretHash(bearer(request) ?? request.ip) } },
      },
      async (request, reply) => {
        const { unit, period } = await unitOfRequest(context, request);
        if (tooLargeByHeader(request, limits.maxUploadBytes)) throw new InboxError(413, 'upload-too-large', `文件超过 ${Math.round(limits.maxUploadBytes / 1024 / 1024)} MB 的上限，未接收。`);
        const form = await readMultipart(request, 1);
        const parsed = uploadFields.safeParse(form.fields);
        if (!parsed.success) throw new InboxError(400, 'upload-broken', `表单有误：${parsed.error.issues.map((i) => i.path.join('.')).join('、')}`);
        const fields = parsed.data;
        if (fields.unit !== undefined && fields.unit !== '' && !sameUnit(fields.unit, unit.name)) {
          await store.audit({ actor: `unit:${unit.name}`, action: 'submission-forbidden', periodId: period.id, detail: { claimed: fields.unit } });
          throw new InboxError(403, 'unit-forbidden', `这个链接属于“${unit.name}”，不能为“${fields.unit}”报送。`);
        }
        const file = form.files.get('file');
        if (!file) throw new InboxError(400, 'file-missing', '请选择要报送的 Excel 文件（.xlsx）。');
        const record = await receiveSubmission(context, unit, period, file);
        return reply.status(record.verdict === 'accepted' ? 201 : 422).send(submissionView(record, unit.name));
      },
    );

    app.get('/template.xlsx', { schema: { headers: tokenHeaders } }, async (request, reply) => {
      const { unit, period } = await unitOfRequest(context, request);
      const bytes = await blankTemplate(resolveTemplate({ json: period.templateJson }), unit.name, period.title);
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`${unit.name}_${period.title}.xlsx`))
        .send(Buffer.from(bytes));
    });

    app.get('/submissions/:id', { schema: { headers: tokenHeaders, params: idParams } }, async (request) => {
      const { unit } = await unitOfRequest(context, request);
      const s = await store.submission(request.params.id);
      if (!s || s.unitId !== unit.id) throw new InboxError(404, 'submission-not-found', '没有这份报送。');
      return submissionView(s, unit.name);
    });

    app.get('/submissions/:id/file', { schema: { headers: tokenHeaders, params: idParams } }, async (request, reply) => {
      const { unit } = await unitOfRequest(context, request);
      const s = await store.submission(request.params.id);
      if (!s || s.unitId !== unit.id || !s.sha) throw new InboxError(404, 'submission-not-found', '没有这份报送。');
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(s.fileName))
        .send(Buffer.from(await blobs.get(s.sha)));
    });
  };
}
