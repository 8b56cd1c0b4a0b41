import { AdminClient, createPeriod, IssuedLink, startInbox, submit, unitWorkbook } from './helpers';

/**
 * A unit's link opens that unit's own submissions and nothing else: not another unit's, not the
 * compiler's pages; a revoked or expired link opens nothing.
 */
jest.setTimeout(120_000);

describe('a unit token is refused for another unit and for the compiler', () => {
  let server: Awaited<ReturnType<typeof startInbox>>;
  let admin: AdminClient;
  let links: Map<string, IssuedLink>;
  let periodId: number;
  let otherSubmission: number;

  beforeAll(async () => {
    server = await startInbox(['--allow-origin', 'https://addin.example.gov.cn', '--trust-proxy']);
    admin = new AdminClient(server.url);
    await admin.signIn();
    const created = await createPeriod(admin, { title: '第三季度', periodEnd: '2026-09-30', closesAt: '2099-10-15', roster: '市交通运输局\n市科技局\n市水利局' });
    links = new Map(created.body.links.map((l) => [l.unit, l]));
    periodId = created.body.period.id;
    const accepted = await submit(server.url, links.get('市科技局')!.token, { name: '科技.xlsx', bytes: await unitWorkbook('市科技局', [[1, '科技任务', '1.完成。', '按时推进']]) });
    otherSubmission = ((await accepted.json()) as { id: number }).id;
  });
  afterAll(async () => server?.remove());

  const bearer = (unit: string): Record<string, string> => ({ authorization: `Bearer ${links.get(unit)!.token}` });

  it('cannot submit for another unit, by form field or by the file', async () => {
    const token = links.get('市交通运输局')!.token;
    const claimed = await submit(server.url, token, { name: 'a.xlsx', bytes: await unitWorkbook('市交通运输局', [[1, '任务', '1.完成。', '按时推进']]) }, { unit: '市科技局' });
    expect(claimed.status).toBe(403);
    expect(((await claimed.json()) as { error: string }).error).toBe('unit-forbidden');
    const foreignFile = await submit(server.url, token, { name: 'b.xlsx', bytes: await unitWorkbook('市科技局', [[1, '科技任务', '1.完成。', '按时推进']]) });
    expect(foreignFile.status).toBe(422);
    expect(((await foreignFile.json()) as { reason: string }).reason).toBe('unit-mismatch');
  });

  it('cannot read another unit’s submission or file', async () => {
    for (const path of [`/api/unit/submissions/${otherSubmission}`, `/api/unit/submissions/${otherSubmission}/file`]) {
      const res = await fetch(`${server.url}${path}`, { headers: bearer('市交通运输局') });
      expect([path, res.status]).toEqual([path, 404]);
    }
    const own = await fetch(`${server.url}/api/unit/submissions/${otherSubmission}/file`, { headers: bearer('市科技局') });
    expect(own.status).toBe(200);
    const me = (await (await fetch(`${server.url}/api/unit/me`, { headers: bearer('市交通运输局') })).json()) as { unit: string; submissions: { unit: string }[] };
    expect(me.unit).toBe('市交通运输局');
    expect(me.submissions.map((s) => s.unit)).toEqual(['市交通运输局']); // its own rejected attempt only
  });

  it('opens none of the compiler’s pages', async () => {
    const paths: [string, string][] = [
      ['GET', '/api/admin/periods'],
      ['GET', `/api/admin/periods/${periodId}`],
      ['GET', `/api/admin/periods/${periodId}/submissions`],
      ['GET', `/api/admin/periods/${periodId}/submissions/${otherSubmission}/file`],
      ['GET', `/api/admin/periods/${periodId}/events`],
      ['POST', `/api/admin/periods/${periodId}/merge`],
      ['POST', `/api/admin/periods/${periodId}/links`],
    ];
    for (const [method, path] of paths) {
      const res = await fetch(`${server.url}${path}`, { method, headers: bearer('市科技局') });
      expect([path, res.status]).toEqual([path, 401]);
    }
  });

  it('a revoked link stops working; the reissued one works; a closed period refuses every link', async () => {
    const unit = links.get('市水利局')!;
    const revoke = await admin.request('POST', `/api/admin/periods/${periodId}/units/${unit.unitId}/revoke`);
    expect(revoke.status).toBe(200);
    const refused = await fetch(`${server.url}/api/unit/me`, { headers: { authorization: `Bearer ${unit.token}` } });
    expect([refused.status, ((await refused.json()) as { error: string }).error]).toEqual([401, 'token-revoked']);
    const reissued = await admin.json<IssuedLink>('POST', `/api/admin/periods/${periodId}/units/${unit.unitId}/token`);
    expect(reissued.body.token).not.toBe(unit.token);
    expect((await fetch(`${server.url}/api/unit/me`, { headers: { authorization: `Bearer ${reissued.body.token}` } })).status).toBe(200);
    expect((await fetch(`${server.url}/api/unit/me`, { headers: { authorization: `Bearer ${unit.token}` } })).status).toBe(401);

    expect((await admin.request('POST', `/api/admin/periods/${periodId}/close`)).status).toBe(200);
    const closed = await fetch(`${server.url}/api/unit/me`, { headers: { authorization: `Bearer ${reissued.body.token}` } });
    expect([closed.status, ((await closed.json()) as { error: string }).error]).toEqual([401, 'token-expired']);
  });

  it('lets only the named task-pane origin call the unit API, never the compiler API', async () => {
    const preflight = (origin: string, path: string) =>
      fetch(`${server.url}${path}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' } });
    const ok = await preflight('https://addin.example.gov.cn', '/api/unit/submissions');
    expect([ok.status, ok.headers.get('access-control-allow-origin'), ok.headers.get('access-control-allow-headers')]).toEqual([204, 'https://addin.example.gov.cn', 'authorization']);
    const other = await preflight('https://evil.example.com', '/api/unit/submissions');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const adminApi = await preflight('https://addin.example.gov.cn', '/api/admin/periods');
    expect(adminApi.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('marks the cookies Secure behind the HTTPS reverse proxy', async () => {
    const proxied = { 'x-forwarded-proto': 'https' };
    const csrf = await fetch(`${server.url}/api/admin/csrf`, { headers: proxied });
    const secret = csrf.headers.getSetCookie().find((c) => c.startsWith('_csrf='))!;
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const login = await fetch(`${server.url}/api/admin/login`, {
      method: 'POST',
      headers: { ...proxied, 'content-type': 'application/json', 'x-csrf-token': csrfToken, cookie: secret.split(';')[0]! },
      body: JSON.stringify({ name: 'huizong', password: 'correct horse battery' }),
    });
    expect(login.status).toBe(200);
    const session = login.headers.getSetCookie().find((c) => c.startsWith('pr_session='))!;
    expect([/;\s*Secure/i.test(secret), /;\s*Secure/i.test(session), /HttpOnly/i.test(session), /SameSite=Strict/i.test(session)]).toEqual([true, true, true, true]);
  });

  it('a link expires with its period', async () => {
    const past = await createPeriod(admin, { title: '上半年', periodEnd: '2020-06-30', closesAt: '2020-07-15', roster: '市交通运输局' });
    const res = await fetch(`${server.url}/api/unit/me`, { headers: { authorization: `Bearer ${past.body.links[0]!.token}` } });
    expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([401, 'token-expired']);
    const none = await fetch(`${server.url}/api/unit/me`, { headers: { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
    expect([none.status, ((await none.json()) as { error: string }).error]).toEqual([401, 'token-invalid']);
  });
});
