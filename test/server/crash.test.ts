import { createHash } from 'crypto';
import { readdirSync, rmSync } from 'fs';
import { request } from 'http';
import { join } from 'path';
import { addAdmin, AdminClient, createPeriod, newDataDir, startServer, submit, unitWorkbook } from './helpers';

/**
 * kill -9 while uploads are in flight: after a restart on the same data folder every submission
 * that was answered 201 is there with its version and its exact bytes, the upload cut off in
 * flight is not, no temporary file is left, and the next version follows on.
 */
jest.setTimeout(240_000);

/** An upload that sends its head and half a file, then waits: in flight when the server dies. */
function hangingUpload(url: string, token: string): Promise<void> {
  const boundary = '----hang';
  return new Promise((resolve) => {
    const req = request(`${url}/api/unit/submissions`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` } });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.xlsx"\r\n\r\n`);
    req.write(Buffer.alloc(512 * 1024, 0x50));
  });
}

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('kill -9 during uploads', () => {
  const dir = newDataDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every accepted submission and restarts cleanly', async () => {
    expect(addAdmin(dir).code).toBe(0);
    let server = await startServer(dir, ['--uploads-per-minute', '100']);
    const admin = new AdminClient(server.url);
    await admin.signIn();
    const roster = Array.from({ length: 30 }, (_, i) => `单位${i + 1}`);
    const created = await createPeriod(admin, { title: '第三季度', periodEnd: '2026-09-30', closesAt: '2099-10-15', roster: roster.join('\n') });
    const links = created.body.links;
    const sent = new Map<string, Uint8Array>();
    for (const l of links) sent.set(l.unit, await unitWorkbook(l.unit, [[1, '任务', `1.${l.unit}的进展。`, '按时推进']]));

    const hanging = hangingUpload(server.url, links[0]!.token);
    const accepted: { unit: string; id: number; version: number }[] = [];
    let answered = 0;
    const uploads = links.slice(1).map(
      (l) =>
        submit(server.url, l.token, { name: `${l.unit}.xlsx`, bytes: sent.get(l.unit)! })
          .then(async (res) => {
            answered++;
            if (res.status === 201) accepted.push((await res.json()) as { unit: string; id: number; version: number });
          })
          .catch(() => undefined), // cut off by the kill
    );
    while (answered < 8) await new Promise((r) => setTimeout(r, 20));
    await server.kill9();
    await Promise.all([...uploads, hanging]);
    expect(accepted.length).toBeGreaterThanOrEqual(8);

    server = await startServer(dir);
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
    const again = new AdminClient(server.url);
    await again.signIn();
    const subs = await again.json<{ id: number; unit: string; version: number; verdict: string }[]>('GET', `/api/admin/periods/${created.body.period.id}/submissions`);
    for (const a of accepted) {
      expect(subs.body).toContainEqual(expect.objectContaining({ id: a.id, unit: a.unit, version: a.version, verdict: 'accepted' }));
      const file = await again.request('GET', `/api/admin/periods/${created.body.period.id}/submissions/${a.id}/file`);
      expect([a.unit, sha(new Uint8Array(await file.arrayBuffer()))]).toEqual([a.unit, sha(sent.get(a.unit)!)]);
    }
    expect(subs.body.map((s) => s.unit)).not.toContain(links[0]!.unit);
    const next = await submit(server.url, links[1]!.token, { name: 'v.xlsx', bytes: sent.get(links[1]!.unit)! });
    const before = subs.body.filter((s) => s.unit === links[1]!.unit).length;
    expect(((await next.json()) as { version: number }).version).toBe(before + 1);
    await server.stop();
  });
});
