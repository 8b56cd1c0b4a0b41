import { readXlsx } from '../../src/io/xlsx-reader';
import { AdminClient, createPeriod, masterWorkbook, startInbox, submit, unitWorkbook } from './helpers';

/**
 * A whole 报告期 on the real server: the compiler signs in, creates the period from a master list,
 * units submit through their links (clean, with errors, unreadable, again), the roster follows,
 * one merge gives the consolidated workbook, and the next period compares with it.
 */
jest.setTimeout(120_000);

const TASKS: [number, string, string][] = [
  [1, '推进城市快速路建设', '市交通运输局'],
  [2, '实施科技企业培育计划', '市科技局'],
  [3, '优化营商环境', '市行政服务中心'],
  [4, '加强生态环境治理', '市生态环境局、市水利局'],
];

interface RosterBody {
  roster: {
    units: { name: string; state: string; version: number | null; attempts: number }[];
    tasks: { seq: number; state: string; reported: string[]; missing: string[] }[];
    counts: { units: number; reported: number; missing: number; problem: number; accepted: number; rejected: number };
  };
  reminder: string;
}

describe('a whole period, from creation to the consolidated workbook', () => {
  let server: Awaited<ReturnType<typeof startInbox>>;
  let admin: AdminClient;

  beforeAll(async () => {
    server = await startInbox();
    admin = new AdminClient(server.url);
  });
  afterAll(async () => server?.remove());

  it('refuses a wrong password and a change without the CSRF token', async () => {
    const wrong = await new AdminClient(server.url).signIn('huizong', 'not the password');
    expect(wrong.status).toBe(401);
    const signedIn = await admin.signIn();
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.getSetCookie().find((c) => c.startsWith('pr_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const noCsrf = await fetch(`${server.url}/api/admin/periods/1/close`, { method: 'POST', headers: { cookie: admin.cookieHeader() } });
    expect(noCsrf.status).toBe(403);
  });

  it('runs the period and merges the versions that count', async () => {
    const created = await createPeriod(
      admin,
      { title: '2026年第三季度重点工作进展', periodEnd: '2026-09-30', closesAt: '2099-10-15', roster: '' },
      { master: { name: '任务清单.xlsx', bytes: await masterWorkbook(TASKS) } },
    );
    expect(created.status).toBe(201);
    const links = new Map(created.body.links.map((l) => [l.unit, l]));
    expect([...links.keys()]).toEqual(['市交通运输局', '市科技局', '市行政服务中心', '市生态环境局', '市水利局']);
    expect(links.get('市科技局')!.link).toMatch(/\/platform\/submit\.html#token=[A-Za-z0-9_-]{43}$/);
    const id = created.body.period.id;
    const token = (unit: string): string => links.get(unit)!.token;

    const first = await submit(server.url, token('市交通运输局'), { name: '交通.xlsx', bytes: await unitWorkbook('市交通运输局', [[1, '推进城市快速路建设', '1.一期完工。', '按时推进']]) });
    expect(first.status).toBe(201);
    expect(((await first.json()) as { version: number }).version).toBe(1);

    const withError = await submit(server.url, token('市科技局'), { name: '科技.xlsx', bytes: await unitWorkbook('市科技局', [[2, '实施科技企业培育计划', '1.新增企业30家。', '']]) });
    expect(withError.status).toBe(422);
    const rejected = (await withError.json()) as { verdict: string; reason: string; findings: { row: number; column: string; code: string; cell: string }[] };
    expect([rejected.verdict, rejected.reason]).toEqual(['rejected', 'errors']);
    expect(rejected.findings.map((f) => [f.row, f.column, f.code])).toContainEqual([4, '进展状态', 'status-missing']);

    const unreadable = await submit(server.url, token('市行政服务中心'), { name: '营商.xlsx', bytes: new TextEncoder().encode('这不是工作簿') });
    expect(unreadable.status).toBe(422);
    expect(((await unreadable.json()) as { reason: string }).reason).toBe('unreadable');

    const second = await submit(server.url, token('市交通运输局'), {
      name: '交通v2.xlsx',
      bytes: await unitWorkbook('市交通运输局', [[1, '推进城市快速路建设', '1.一期完工。\n2.二期开工。', '进度较快']]),
    });
    expect(((await second.json()) as { version: number }).version).toBe(2);
    const water = await submit(server.url, token('市水利局'), { name: '水利.xlsx', bytes: await unitWorkbook('市水利局', [[4, '加强生态环境治理', '1.河道整治完成。', '按时推进']]) });
    expect(water.status).toBe(201);

    const view = await admin.json<RosterBody>('GET', `/api/admin/periods/${id}`);
    const units = Object.fromEntries(view.body.roster.units.map((u) => [u.name, [u.state, u.version, u.attempts]]));
    expect(units).toEqual({ 市交通运输局: ['reported', 2, 2], 市科技局: ['problem', null, 1], 市行政服务中心: ['problem', null, 1], 市生态环境局: ['missing', null, 0], 市水利局: ['reported', 1, 1] });
    expect(view.body.roster.tasks.map((t) => [t.seq, t.state, t.missing])).toEqual([
      [1, 'reported', []],
      [2, 'missing', ['市科技局']],
      [3, 'missing', ['市行政服务中心']],
      [4, 'problem', ['市生态环境局']],
    ]);
    expect(view.body.roster.counts).toEqual({ units: 5, reported: 2, missing: 1, problem: 2, accepted: 3, rejected: 2 });
    for (const late of ['市科技局', '市行政服务中心', '市生态环境局']) expect(view.body.reminder).toContain(late);
    expect(view.body.reminder).not.toContain('市水利局');

    const merged = await admin.request('POST', `/api/admin/periods/${id}/merge`);
    expect(merged.status).toBe(200);
    expect(merged.headers.get('content-disposition')).toContain(encodeURIComponent('2026年第三季度重点工作进展_汇总.xlsx'));
    const sheets = readXlsx(new Uint8Array(await merged.arrayBuffer()), '汇总.xlsx');
    const summary = sheets.find((s) => s.sheet === '汇总')!;
    const row1 = summary.rows.find((r) => r[0] === '1')!;
    expect(row1.slice(0, 5)).toEqual(['1', '推进城市快速路建设', '1.一期完工。\n2.二期开工。', '市交通运输局', '进度较快']);
    const row4 = summary.rows.find((r) => r[0] === '4')!;
    expect(row4[2]).toContain('河道整治完成');
    const missingSheet = sheets.find((s) => s.sheet === '未报送')!;
    const missingText = missingSheet.rows.map((r) => r.join('|')).join('\n');
    for (const unit of ['市科技局', '市行政服务中心', '市生态环境局']) expect(missingText).toContain(unit);

    const audit = await admin.json<{ action: string }[]>('GET', `/api/admin/periods/${id}/audit`);
    const actions = audit.body.map((a) => a.action);
    expect(actions.filter((a) => a === 'submission-accept')).toHaveLength(3);
    expect(actions.filter((a) => a === 'submission-reject')).toHaveLength(2);
    expect(actions).toContain('merge');
    expect(actions).toContain('period-create');

    // the next period compares with this one's consolidated table
    const next = await createPeriod(
      admin,
      { title: '2026年第四季度重点工作进展', periodEnd: '2026-12-31', closesAt: '2099-01-15', previousPeriodId: String(id), roster: '市交通运输局\n市科技局' },
      { master: { name: '任务清单.xlsx', bytes: await masterWorkbook(TASKS) } },
    );
    expect(next.status).toBe(201);
    expect(next.body.links.map((l) => l.unit)).toEqual(['市交通运输局', '市科技局']);
    const nextLinks = new Map(next.body.links.map((l) => [l.unit, l.token]));
    await submit(server.url, nextLinks.get('市交通运输局')!, { name: 'q4.xlsx', bytes: await unitWorkbook('市交通运输局', [[1, '推进城市快速路建设', '1.二期完工。', '部分滞后']]) });
    const nextId = next.body.period.id;
    expect((await admin.request('POST', `/api/admin/periods/${nextId}/merge`)).status).toBe(200);
    const compared = await admin.json<{ statusChanges: { before: string; after: string; direction: string }[]; dropped: string[] }>('GET', `/api/admin/periods/${nextId}/compare`);
    expect(compared.status).toBe(200);
    expect(compared.body.statusChanges.map((c) => [c.before, c.after, c.direction])).toContainEqual(['进度较快', '部分滞后', 'worse']);
  });
});
