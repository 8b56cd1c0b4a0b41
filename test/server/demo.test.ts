import { existsSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';
import { addAdmin, AdminClient, newDataDir, startServer } from './helpers';

/**
 * `serve --demo`, what the README's Quick start shows: the seed table's 62 unit files (61 units and
 * one file of the rows without 牵头部门), every unit on the roster, all but five submitted; 市科技局's
 * file leaves task 14 without 进展状态, so it is refused and the unit is 有问题.
 */
jest.setTimeout(180_000);

describe('serve --demo', () => {
  const dir = newDataDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts with the samples loaded and the compiler able to sign in', async () => {
    const server = await startServer(dir, ['--demo']);
    try {
      while (!/密码 ([A-Za-z0-9_-]+)/.test(server.output())) await new Promise((r) => setTimeout(r, 100));
      while (!/各单位报送链接/.test(server.output())) await new Promise((r) => setTimeout(r, 100));
      const password = /密码 ([A-Za-z0-9_-]+)/.exec(server.output())![1];
      const admin = new AdminClient(server.url);
      expect((await admin.signIn('demo', password)).status).toBe(200);
      const periods = await admin.json<{ id: number; counts: Record<string, number> }[]>('GET', '/api/admin/periods');
      expect(periods.body).toHaveLength(1);
      const c = periods.body[0]!.counts as Record<'units' | 'accepted' | 'rejected' | 'missing', number>;
      expect([c.units, c.accepted + c.rejected, c.missing]).toEqual([61, 56, 5]);
      const view = await admin.json<{ roster: { units: { name: string; state: string; version: number | null }[] } }>('GET', `/api/admin/periods/${periods.body[0]!.id}`);
      expect(view.body.roster.units.find((u) => u.name === '市科技局')).toEqual(expect.objectContaining({ state: 'problem', version: null }));
      const links = readFileSync(join(dir, 'samples', '报送链接.txt'), 'utf8')
        .trim()
        .split('\n');
      expect(links).toHaveLength(61);
      expect(existsSync(join(dir, 'samples', '任务清单.xlsx'))).toBe(true);
    } finally {
      await server.stop();
    }
  });

  it('--add-admin refuses a short password and sets a new one for an existing name', () => {
    const other = newDataDir();
    try {
      const short = addAdmin(other, 'zhang', 'short');
      expect([short.code, short.out]).toEqual([2, '']);
      expect(addAdmin(other, 'zhang', 'a long enough password').out).toContain('已添加');
      expect(addAdmin(other, 'zhang', 'another long password').out).toContain('新密码');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
