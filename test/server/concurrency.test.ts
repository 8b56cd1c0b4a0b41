import { readXlsx } from '../../src/io/xlsx-reader';
import { AdminClient, createPeriod, masterWorkbook, startInbox, submit, syntheticTasks, unitWorkbook } from './helpers';

/**
 * 60 units submit at once, 20 of them a second version at once as well: every upload gets an
 * answer, versions are 1 and 2 per unit with none lost or doubled, and the merge takes exactly the
 * 60 versions that count (each unit's latest text, every task, nobody missing).
 */
jest.setTimeout(240_000);

describe('60 units submitting concurrently', () => {
  let server: Awaited<ReturnType<typeof startInbox>>;

  beforeAll(async () => {
    server = await startInbox(['--uploads-per-minute', '100']);
  });
  afterAll(async () => server?.remove());

  it('loses nothing: counts add up and every accepted file is in the merge', async () => {
    const admin = new AdminClient(server.url);
    await admin.signIn();
    const tasks = syntheticTasks(60);
    const created = await createPeriod(
      admin,
      { title: '第三季度', periodEnd: '2026-09-30', closesAt: '2099-10-15', roster: '' },
      { master: { name: '任务清单.xlsx', bytes: await masterWorkbook(tasks) } },
    );
    expect(created.body.links).toHaveLength(60);
    const files = await Promise.all(
      created.body.links.map(async (link, i) => ({
        link,
        first: await unitWorkbook(link.unit, [[i + 1, tasks[i]![1], `1.${link.unit}第一版进展。`, '按时推进']]),
        second: await unitWorkbook(link.unit, [[i + 1, tasks[i]![1], `1.${link.unit}第二版进展。`, '进度较快']]),
      })),
    );
    const firstRound = files.map((f) => submit(server.url, f.link.token, { name: '第一版.xlsx', bytes: f.first }));
    const secondRound = files.slice(0, 20).map((f) => submit(server.url, f.link.token, { name: '第二版.xlsx', bytes: f.second }));
    const answers = await Promise.all([...firstRound, ...secondRound]);
    expect(answers.map((a) => a.status)).toEqual(Array(80).fill(201));
    const bodies = (await Promise.all(answers.map((a) => a.json()))) as { unit: string; version: number }[];
    const versions = new Map<string, number[]>();
    for (const b of bodies) versions.set(b.unit, [...(versions.get(b.unit) ?? []), b.version].sort());
    expect([...versions.values()].filter((v) => v.join() === '1,2')).toHaveLength(20);
    expect([...versions.values()].filter((v) => v.join() === '1')).toHaveLength(40);

    const id = created.body.period.id;
    const view = await admin.json<{ roster: { counts: Record<string, number>; tasks: { state: string }[] } }>('GET', `/api/admin/periods/${id}`);
    expect(view.body.roster.counts).toEqual({ units: 60, reported: 60, missing: 0, problem: 0, accepted: 80, rejected: 0 });
    expect(view.body.roster.tasks.filter((t) => t.state === 'reported')).toHaveLength(60);

    const merged = await admin.request('POST', `/api/admin/periods/${id}/merge`);
    const summary = JSON.parse(decodeURIComponent(merged.headers.get('x-merge-summary')!)) as Record<string, number>;
    // each file: a title row, the 填报单位 line, the header and one task row; all but the task row are skipped with a reason
    expect([summary.inputs, summary.rowsIn, summary.rowsMerged, summary.rowsSkipped, summary.tasks, summary.missing]).toEqual([60, 240, 60, 180, 60, 0]);
    const sheet = readXlsx(new Uint8Array(await merged.arrayBuffer()), '汇总.xlsx').find((s) => s.sheet === '汇总')!;
    files.forEach((f, i) => {
      const row = sheet.rows.find((r) => r[0] === String(i + 1))!;
      expect(row[2]).toBe(i < 20 ? `1.${f.link.unit}第二版进展。` : `1.${f.link.unit}第一版进展。`);
    });
  });
});
