import { unzipSync, Zip, ZipDeflate, zipSync } from 'fflate';
import { request } from 'http';
import { buildXlsx } from '../helpers/xlsx';
import { AdminClient, createPeriod, startInbox, submit, unitWorkbook } from './helpers';

/**
 * Hostile uploads while the server keeps serving: a zip bomb (one honest, declaring 300 MB; one
 * lying, 64 MB behind a 1 KB claim), 100 MB streamed without a length, 100 MB declared up front,
 * and more uploads per minute than a link may make. Inputs are generated here, never committed.
 */
jest.setTimeout(240_000);

/** A real workbook whose one worksheet part is 300 MB of spaces: about 300 KB zipped. */
function honestBomb(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  for (const [name, bytes] of Object.entries(unzipSync(buildXlsx([{ name: '大', sheetData: '' }])))) {
    if (name === 'xl/worksheets/sheet1.xml') continue;
    const small = new ZipDeflate(name);
    zip.add(small);
    small.push(bytes, true);
  }
  const part = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(part);
  const mb = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < 300; i++) part.push(mb, false);
  part.push(new Uint8Array(0), true);
  zip.end();
  return new Uint8Array(Buffer.concat(chunks));
}

function lyingBomb(): Uint8Array {
  const zip = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }));
  zip.writeUInt32LE(1024, 22);
  zip.writeUInt32LE(1024, zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 24);
  return new Uint8Array(zip);
}

/** Streams `megabytes` of file content as multipart, chunked (no Content-Length); resolves with the status. */
function streamUpload(url: string, token: string, megabytes: number, declareLength = false): Promise<{ status: number; body: string }> {
  const boundary = '----inboxtest';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.xlsx"\r\nContent-Type: application/octet-stream\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const mb = Buffer.alloc(1024 * 1024, 0x41);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${boundary}` };
    if (declareLength) headers['content-length'] = head.length + megabytes * mb.length + tail.length;
    const req = request(`${url}/api/unit/submissions`, { method: 'POST', headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    let stopped = false;
    req.on('error', (error) => (stopped ? undefined : reject(error)));
    req.on('response', () => (stopped = true));
    let sent = 0;
    const pump = (): void => {
      while (!stopped && sent < megabytes) {
        sent++;
        if (!req.write(mb)) return void req.once('drain', pump);
      }
      if (!stopped) req.end(tail);
    };
    req.write(head);
    pump();
  });
}

describe('hostile uploads are refused while the server keeps serving', () => {
  let server: Awaited<ReturnType<typeof startInbox>>;
  let tokens: string[];

  beforeAll(async () => {
    server = await startInbox(['--uploads-per-minute', '5']);
    const admin = new AdminClient(server.url);
    await admin.signIn();
    const created = await createPeriod(admin, { title: '第三季度', periodEnd: '2026-09-30', closesAt: '2099-10-15', roster: '单位一\n单位二\n单位三\n单位四\n单位五' });
    tokens = created.body.links.map((l) => l.token);
  });
  afterAll(async () => server?.remove());

  const healthy = async (): Promise<number> => (await fetch(`${server.url}/api/health`)).status;

  it('refuses zip bombs as the CLI does', async () => {
    for (const [name, bytes, code] of [
      ['honest.xlsx', honestBomb(), 'file-too-large'],
      ['lying.xlsx', lyingBomb(), 'file-corrupt'],
    ] as const) {
      const res = await submit(server.url, tokens[0]!, { name, bytes });
      const body = (await res.json()) as { verdict: string; reason: string; code: string };
      expect([name, res.status, body.verdict, body.reason, body.code]).toEqual([name, 422, 'rejected', 'unreadable', code]);
      expect(await healthy()).toBe(200);
    }
  });

  it('cuts off a 100 MB upload, streamed or declared, and keeps serving', async () => {
    const during = streamUpload(server.url, tokens[1]!, 100);
    expect(await healthy()).toBe(200);
    const streamed = await during;
    expect([streamed.status, JSON.parse(streamed.body).error]).toEqual([413, 'upload-too-large']);
    const declared = await streamUpload(server.url, tokens[2]!, 100, true);
    expect([declared.status, JSON.parse(declared.body).error]).toEqual([413, 'upload-too-large']);
    expect(await healthy()).toBe(200);
    const ok = await submit(server.url, tokens[3]!, { name: 'ok.xlsx', bytes: await unitWorkbook('单位四', [[1, '任务', '1.完成。', '按时推进']]) });
    expect(ok.status).toBe(201);
  });

  it('limits uploads per link per minute', async () => {
    const file = { name: 'x.xlsx', bytes: await unitWorkbook('单位五', [[1, '任务', '1.完成。', '按时推进']]) };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await submit(server.url, tokens[4]!, file)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    expect((await submit(server.url, tokens[3]!, file)).status).toBe(422); // another link is not limited (its file names 单位五)
  });
});

describe('malformed requests get a 4xx answer, never a crash', () => {
  let server: Awaited<ReturnType<typeof startInbox>>;
  let token: string;

  beforeAll(async () => {
    server = await startInbox();
    const admin = new AdminClient(server.url);
    await admin.signIn();
    token = (await createPeriod(admin, { title: '第三季度', periodEnd: '2026-09-30', closesAt: '2099-10-15', roster: '单位一' })).body.links[0]!.token;
  });
  afterAll(async () => server?.remove());

  it('answers broken bodies with 400 or 413 and keeps serving', async () => {
    const post = (headers: Record<string, string>, body: string | Uint8Array) =>
      fetch(`${server.url}/api/unit/submissions`, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...headers }, body: typeof body === 'string' ? body : Buffer.from(body) });
    const cases: [string, Promise<Response>][] = [
      ['text body', post({ 'content-type': 'text/plain' }, 'hello')],
      ['truncated multipart', post({ 'content-type': 'multipart/form-data; boundary=xyz' }, '--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK')],
      ['no boundary', post({ 'content-type': 'multipart/form-data' }, 'garbage')],
      ['no file', post({ 'content-type': 'multipart/form-data; boundary=xyz' }, '--xyz\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n--xyz--\r\n')],
      [
        'random bytes',
        post(
          { 'content-type': 'application/octet-stream' },
          new Uint8Array(4096).map((_, i) => (i * 7919) % 256),
        ),
      ],
      [
        'JSON too large',
        fetch(`${server.url}/api/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'x'.repeat(400_000), password: 'y' }) }),
      ],
      ['bad JSON', fetch(`${server.url}/api/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":' })],
      ['bad id', fetch(`${server.url}/api/unit/submissions/abc`, { headers: { authorization: `Bearer ${token}` } })],
    ];
    for (const [name, pending] of cases) {
      const res = await pending;
      expect([name, res.status >= 400 && res.status < 500]).toEqual([name, true]);
      expect(await healthy(server.url)).toBe(200);
    }
  });
});

async function healthy(url: string): Promise<number> {
  return (await fetch(`${url}/api/health`)).status;
}
