import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { InboxContext } from '../app';
import { newSecret, secretHash } from '../auth';
import { comparePeriods, mergePeriod, readTaskList, resolveTemplate, TaskListEntry } from '../engine';
import { InboxError } from '../http-errors';
import { readMultipart, tooLargeByHeader } from '../multipart';
import { buildRoster, currentVersions, reminderText } from '../roster';
import type { PeriodRecord, UnitRecord } from '../storage/store';
import { attachment, periodView, submissionView, XLSX_TYPE } from '../views';
import { adminOf } from './admin-routes';

/**
 * The compiler's 报告期: create one (title, 截至, template, master list, roster), see the live
 * roster, reissue or revoke a unit's link, merge the versions that count into the consolidated
 * workbook, compare with the previous period, read the audit log. Links are shown once, when made.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const periodParams = z.object({ id: z.coerce.number().int().positive() });
const unitParams = periodParams.extend({ unitId: z.coerce.number().int().positive() });
const submissionParams = periodParams.extend({ submissionId: z.coerce.number().int().positive() });
const createFields = z.object({
  title: z.string().trim().min(1, '请填写报告期名称').max(200),
  periodEnd: z.string().regex(DATE, '截至日期格式应为 2021-06-30'),
  closesAt: z.string().regex(DATE, '报送截止日期格式应为 2021-07-10').optional().or(z.literal('')),
  template: z.enum(['progress', 'liaison', 'custom']).default('progress'),
  warnings: z.enum(['allow', 'block']).default('allow'),
  roster: z.string().max(100_000).default(''),
  previousPeriodId: z.string().regex(/^\d*$/).optional(),
});
/** The form's fields are checked with `createFields` once the multipart body is read. */
const multipartHeaders = z.object({ 'content-type': z.string().startsWith('multipart/form-data', '请以表单（multipart/form-data）提交') }).loose();
const auditQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) });

/** 报送截止: the end of that day in China Standard Time, as an instant. */
function endOfDay(date: string): string {
  return new Date(`${date}T23:59:59.999+08:00`).toISOString();
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The roster typed one unit a line (or separated by 、，;); else every lead unit of the master list, in its order. */
export function rosterNames(text: string, tasks: readonly TaskListEntry[]): string[] {
  const typed = text
    .split(/[\r\n;；，,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const names = typed.length ? typed : tasks.flatMap((t) => t.units);
  return [...new Set(names)];
}

export interface IssuedLink {
  unitId: number;
  unit: string;
  token: string;
  link: string;
}

export function periodRoutes(context: InboxContext) {
  return async function (plugin: FastifyInstance): Promise<void> {
    const app = plugin.withTypeProvider<ZodTypeProvider>();
    const { store, blobs, limits } = context;

    const baseUrl = (request: { protocol: string; host: string }): string => context.publicUrl ?? `${request.protocol}://${request.host}`;
    const linkOf = (base: string, token: string): string => `${base}/platform/submit.html#token=${token}`;

    async function periodOr404(id: number): Promise<PeriodRecord> {
      const period = await store.period(id);
      if (!period) throw new InboxError(404, 'period-not-found', '没有这个报告期。');
      return period;
    }

    async function unitOr404(period: PeriodRecord, unitId: number): Promise<UnitRecord> {
      const unit = await store.unit(unitId);
      if (!unit || unit.periodId !== period.id) throw new InboxError(404, 'unit-not-found', '本报告期没有这个单位。');
      return unit;
    }

    app.get('/periods', { schema: { querystring: z.object({}).loose() } }, async () => {
      const periods = await store.periods();
      const now = new Date().toISOString();
      return Promise.all(periods.map(async (p) => ({ ...periodView(p), counts: buildRoster(p, await store.units(p.id), await store.submissions(p.id), now).counts })));
    });

    app.post('/periods', { schema: { headers: multipartHeaders } }, async (request, reply) => {
      const admin = adminOf(request);
      if (tooLargeByHeader(request, limits.maxUploadBytes * 3)) throw new InboxError(413, 'upload-too-large', '上传的文件过大。');
      const form = await readMultipart(request, 3);
      const parsed = createFields.safeParse(form.fields);
      if (!parsed.success) throw new InboxError(400, 'period-invalid', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('；'));
      const fields = parsed.data;
      const templateFile = form.files.get('templateJson');
      if (fields.template === 'custom' && !templateFile) throw new InboxError(400, 'period-invalid', '选择了自定义模板，请上传模板 JSON 文件。');
      const template = fields.template === 'custom' ? resolveTemplate({ json: new TextDecoder().decode(templateFile!.bytes) }) : resolveTemplate({ name: fields.template });
      const master = form.files.get('master');
      const tasks = master ? readTaskList(master.bytes, master.fileName, template) : [];
      const names = rosterNames(fields.roster, tasks);
      if (names.length === 0) throw new InboxError(400, 'period-invalid', '请填写报送单位名单（每行一个），或上传带牵头部门的任务清单。');
      if (names.length > 5000) throw new InboxError(400, 'period-invalid', '报送单位超过 5000 个。');
      const previousPeriodId = fields.previousPeriodId ? Number(fields.previousPeriodId) : null;
      if (previousPeriodId !== null) await periodOr404(previousPeriodId);
      const previous = form.files.get('previous');
      const closesOn = fields.closesAt || addDays(fields.periodEnd, 15);
      const links = names.map((unit) => ({ unit, token: newSecret() }));
      const { period, units } = await store.createPeriod(
        {
          title: fields.title,
          periodEnd: fields.periodEnd,
          closesAt: endOfDay(closesOn),
          templateName: template.name,
          templateJson: JSON.stringify(template),
          warnings: fields.warnings,
          masterSha: master ? await blobs.put(master.bytes) : null,
          masterName: master?.fileName ?? null,
          masterTasks: tasks,
          previousPeriodId,
          previousSha: previous ? await blobs.put(previous.bytes) : null,
        },
        links.map((l) => ({ name: l.unit, tokenHash: secretHash(l.token) })),
        { actor: `admin:${admin.name}`, action: 'period-create', periodId: null, detail: { title: fields.title, units: names.length, tasks: tasks.length } },
      );
      const base = baseUrl(request);
      const issued: IssuedLink[] = units.map((u) => {
        const token = links.find((l) => l.unit === u.name)!.token;
        return { unitId: u.id, unit: u.name, token, link: linkOf(base, token) };
      });
      return reply.status(201).send({ period: periodView(period), links: issued });
    });

    app.get('/periods/:id', { schema: { params: periodParams } }, async (request) => {
      const period = await periodOr404(request.params.id);
      const roster = buildRoster(period, await store.units(period.id), await store.submissions(period.id), new Date().toISOString());
      const merge = await store.latestMerge(period.id);
      return {
        period: periodView(period),
        roster,
        reminder: reminderText(period, roster),
        lastMerge: merge ? { id: merge.id, createdAt: merge.createdAt, summary: JSON.parse(merge.summaryJson) } : null,
      };
    });

    app.get('/periods/:id/events', { schema: { params: periodParams } }, async (request, reply) => {
      const period = await periodOr404(request.params.id);
      reply.hijack();
      reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no' });
      context.events.subscribe(period.id, reply.raw);
    });

    app.post('/periods/:id/links', { schema: { params: periodParams } }, async (request) => {
      const admin = adminOf(request);
      const period = await periodOr404(request.params.id);
      const base = baseUrl(request);
      const issued: IssuedLink[] = [];
      for (const unit of await store.units(period.id)) {
        const token = newSecret();
        await store.replaceToken(unit.id, secretHash(token), period.closesAt, { actor: `admin:${admin.name}`, action: 'token-reissue', periodId: period.id, detail: { unit: unit.name } });
        issued.push({ unitId: unit.id, unit: unit.name, token, link: linkOf(base, token) });
      }
      return { links: issued };
    });

    app.post('/periods/:id/units/:unitId/token', { schema: { params: unitParams } }, async (request) => {
      const admin = adminOf(request);
      const period = await periodOr404(request.params.id);
      const unit = await unitOr404(period, request.params.unitId);
      const token = newSecret();
      await store.replaceToken(unit.id, secretHash(token), period.closesAt, { actor: `admin:${admin.name}`, action: 'token-reissue', periodId: period.id, detail: { unit: unit.name } });
      const link: IssuedLink = { unitId: unit.id, unit: unit.name, token, link: linkOf(baseUrl(request), token) };
      return link;
    });

    app.post('/periods/:id/units/:unitId/revoke', { schema: { params: unitParams } }, async (request) => {
      const admin = adminOf(request);
      const period = await periodOr404(request.params.id);
      const unit = await unitOr404(period, request.params.unitId);
      await store.revokeToken(unit.id, new Date().toISOString(), { actor: `admin:${admin.name}`, action: 'token-revoke', periodId: period.id, detail: { unit: unit.name } });
      return { ok: true as const };
    });

    app.post('/periods/:id/close', { schema: { params: periodParams } }, async (request) => {
      const admin = adminOf(request);
      const period = await periodOr404(request.params.id);
      await store.closePeriod(period.id, new Date().toISOString(), { actor: `admin:${admin.name}`, action: 'period-close', periodId: period.id, detail: {} });
      return { ok: true as const };
    });

    app.get('/periods/:id/submissions', { schema: { params: periodParams } }, async (request) => {
      const period = await periodOr404(request.params.id);
      const names = new Map((await store.units(period.id)).map((u) => [u.id, u.name]));
      return (await store.submissions(period.id)).map((s) => submissionView(s, names.get(s.unitId) ?? '')).reverse();
    });

    app.get('/periods/:id/submissions/:submissionId/file', { schema: { params: submissionParams } }, async (request, reply) => {
      const period = await periodOr404(request.params.id);
      const s = await store.submission(request.params.submissionId);
      if (!s || s.periodId !== period.id || !s.sha) throw new InboxError(404, 'submission-not-found', '没有这份报送。');
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(s.fileName))
        .send(Buffer.from(await blobs.get(s.sha)));
    });

    /** 一键汇总: the versions that count, through the CLI's merge; the workbook is stored and downloaded. */
    app.post('/periods/:id/merge', { schema: { params: periodParams } }, async (request, reply) => {
      const admin = adminOf(request);
      const period = await periodOr404(request.params.id);
      const units = new Map((await store.units(period.id)).map((u) => [u.id, u.name]));
      const current = [...currentVersions(await store.submissions(period.id)).values()].sort((a, b) => a.unitId - b.unitId);
      if (current.length === 0) throw new InboxError(409, 'nothing-to-merge', '还没有单位报送通过检查的文件，无法汇总。');
      const files = await Promise.all(current.map(async (s) => ({ name: `${units.get(s.unitId)}_v${s.version}.xlsx`, bytes: await blobs.get(s.sha!) })));
      const master = period.masterSha ? { name: period.masterName ?? '任务清单.xlsx', bytes: await blobs.get(period.masterSha) } : undefined;
      const { doc, workbook } = await mergePeriod(files, master, resolveTemplate({ json: period.templateJson }));
      const summary = {
        inputs: doc.inputs,
        unreadable: doc.unreadable.length,
        rowsIn: doc.rowsIn,
        rowsMerged: doc.rowsMerged,
        rowsSkipped: doc.rowsSkipped,
        tasks: doc.tasks.length,
        missing: doc.missing.length,
        byStatus: doc.byStatus,
        noStatus: doc.noStatus,
      };
      const sha = await blobs.put(workbook);
      const merge = await store.addMerge(
        { periodId: period.id, sha, submissionIds: current.map((s) => s.id), summaryJson: JSON.stringify(summary) },
        { actor: `admin:${admin.name}`, action: 'merge', periodId: period.id, detail: { sha, submissions: current.map((s) => s.id), ...summary } },
      );
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`${period.title}_汇总.xlsx`))
        .header('x-merge-id', String(merge.id))
        .header('x-merge-summary', encodeURIComponent(JSON.stringify(summary)))
        .send(Buffer.from(workbook));
    });

    app.get('/periods/:id/merge/latest', { schema: { params: periodParams } }, async (request, reply) => {
      const period = await periodOr404(request.params.id);
      const merge = await store.latestMerge(period.id);
      if (!merge) throw new InboxError(404, 'nothing-to-merge', '本期还没有汇总。');
      return reply
        .header('content-type', XLSX_TYPE)
        .header('content-disposition', attachment(`${period.title}_汇总.xlsx`))
        .send(Buffer.from(await blobs.get(merge.sha)));
    });

    /** 对比上期: this period's latest consolidated table against the previous period's (or the uploaded one). */
    app.get('/periods/:id/compare', { schema: { params: periodParams, querystring: z.object({ format: z.enum(['json', 'xlsx']).default('json') }) } }, async (request, reply) => {
      const period = await periodOr404(request.params.id);
      const previousMerge = period.previousPeriodId !== null ? await store.latestMerge(period.previousPeriodId) : undefined;
      const previousSha = period.previousSha ?? previousMerge?.sha;
      if (!previousSha) throw new InboxError(409, 'no-previous-period', '没有上期的汇总表：创建报告期时选择上一期，或上传上期汇总表。');
      const merge = await store.latestMerge(period.id);
      if (!merge) throw new InboxError(409, 'nothing-to-merge', '请先汇总本期，再与上期对比。');
      const { summary, workbook } = await comparePeriods({ name: '上期汇总.xlsx', bytes: await blobs.get(previousSha) }, { name: '本期汇总.xlsx', bytes: await blobs.get(merge.sha) });
      if (request.query.format === 'xlsx')
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', attachment(`${period.title}_对比上期.xlsx`))
          .send(Buffer.from(workbook));
      return summary;
    });

    app.get('/periods/:id/audit', { schema: { params: periodParams, querystring: auditQuery } }, async (request) => {
      const period = await periodOr404(request.params.id);
      return store.auditLog(period.id, request.query.limit);
    });
  };
}
