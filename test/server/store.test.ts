import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Database from 'better-sqlite3';
import { hashPassword, verifyPassword } from '../../src/server/auth';
import { openInbox } from '../../src/server/inbox';
import type { NewPeriod, NewSubmission } from '../../src/server/storage/store';
import { at } from '../../src/core/checked';

/**
 * The embedded store: migrations applied once and recorded, WAL on, versions numbered per unit
 * inside the transaction, files content-addressed and stray temporary files removed at open.
 */
const PERIOD: NewPeriod = {
  title: '第三季度',
  periodEnd: '2026-09-30',
  closesAt: '2099-10-15T15:59:59.999Z',
  templateName: 'progress',
  templateJson: '{}',
  warnings: 'allow',
  masterSha: null,
  masterName: null,
  masterTasks: [],
  previousPeriodId: null,
  previousSha: null,
};
const audit = { actor: 'system' as const, action: 'test', periodId: null, detail: {} };

function submission(periodId: number, unitId: number, verdict: 'accepted' | 'rejected'): NewSubmission {
  return {
    periodId,
    unitId,
    verdict,
    reason: verdict === 'accepted' ? 'ok' : 'errors',
    fileName: 'a.xlsx',
    sha: null,
    size: 1,
    errors: verdict === 'accepted' ? 0 : 1,
    warnings: 0,
    findingsJson: '{"findings":[]}',
    tasks: [],
  };
}

describe('the SQLite store and the file store', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'inbox-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies the migrations once, in WAL mode, and keeps data across reopening', async () => {
    const first = openInbox(dir);
    expect(first.store.appliedMigrations()).toEqual(['0001-initial']);
    const { units } = await first.store.createPeriod(PERIOD, [{ name: '市科技局', tokenHash: 'h1' }], audit);
    await first.store.close();
    const again = openInbox(dir);
    expect(again.store.appliedMigrations()).toEqual(['0001-initial']);
    expect((await again.store.unitByTokenHash('h1'))?.id).toBe(units[0]!.id);
    await again.store.close();
    const raw = new Database(join(dir, 'inbox.db'), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT COUNT(*) AS n FROM schema_migrations').get()).toEqual({ n: 1 });
    raw.close();
  });

  it('numbers accepted versions per unit and gives rejected ones none', async () => {
    const inbox = openInbox(dir);
    const { period, units } = await inbox.store.createPeriod(
      PERIOD,
      [
        { name: '甲', tokenHash: 'a' },
        { name: '乙', tokenHash: 'b' },
      ],
      audit,
    );
    const [a, b] = [at(units, 0), at(units, 1)];
    const results = await Promise.all(
      [submission(period.id, a.id, 'accepted'), submission(period.id, a.id, 'rejected'), submission(period.id, b.id, 'accepted'), submission(period.id, a.id, 'accepted')].map((s) =>
        inbox.store.addSubmission(s, audit),
      ),
    );
    expect(results.map((r) => [r.unitId === a.id ? '甲' : '乙', r.verdict, r.version])).toEqual([
      ['甲', 'accepted', 1],
      ['甲', 'rejected', null],
      ['乙', 'accepted', 1],
      ['甲', 'accepted', 2],
    ]);
    expect((await inbox.store.auditLog(period.id, 10)).map((e) => e.action)).toEqual(['test', 'test', 'test', 'test', 'test']);
    await inbox.store.close();
  });

  it('stores a file once under its SHA-256 and removes stray temporary files at open', async () => {
    const inbox = openInbox(dir);
    const bytes = new TextEncoder().encode('同一个文件');
    const sha = await inbox.blobs.put(bytes);
    expect(sha).toBe('515ce9c922ecf7809b5cc91733e0d4f9bcaac725524e206351e3253545e2c225'); // sha256sum of the UTF-8 text
    expect(readdirSync(join(dir, 'files', '51'))).toEqual([`${sha}.bin`]);
    expect(await inbox.blobs.put(bytes)).toBe(sha);
    expect(inbox.blobs.count()).toBe(1);
    expect(Buffer.from(await inbox.blobs.get(sha)).toString('utf8')).toBe('同一个文件');
    writeFileSync(join(dir, 'tmp', 'half-written'), 'x');
    await inbox.store.close();
    const again = openInbox(dir);
    expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
    expect(again.blobs.count()).toBe(1);
    await again.store.close();
  });

  it('hashes passwords with scrypt and verifies them', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('correct horse battery', stored)).toBe(true);
    expect(await verifyPassword('correct horse batterY', stored)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});
