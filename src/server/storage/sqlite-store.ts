import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';
import type { AdminRecord, AuditEntry, AuditRecord, InboxStore, MergeRecord, NewPeriod, NewSubmission, PeriodRecord, SubmissionRecord, UnitRecord } from './store';

/**
 * The embedded store: one SQLite file in WAL mode with `synchronous = FULL`, so a transaction that
 * returned is on disk and a killed process (kill -9) loses nothing that was committed. Migrations
 * from `migrations/` are applied at open, each in its own transaction.
 */
type Row = Record<string, unknown>;

const str = (v: unknown): string => String(v);
const optStr = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const num = (v: unknown): number => Number(v);
const optNum = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function periodOf(r: Row): PeriodRecord {
  return {
    id: num(r.id),
    title: str(r.title),
    periodEnd: str(r.period_end),
    closesAt: str(r.closes_at),
    templateName: str(r.template_name),
    templateJson: str(r.template_json),
    warnings: r.warnings === 'block' ? 'block' : 'allow',
    masterSha: optStr(r.master_sha),
    masterName: optStr(r.master_name),
    masterTasks: JSON.parse(str(r.master_tasks_json)),
    previousPeriodId: optNum(r.previous_period_id),
    previousSha: optStr(r.previous_sha),
    createdAt: str(r.created_at),
    closedAt: optStr(r.closed_at),
  };
}

function unitOf(r: Row): UnitRecord {
  return { id: num(r.id), periodId: num(r.period_id), name: str(r.name), expiresAt: str(r.expires_at), revokedAt: optStr(r.revoked_at), createdAt: str(r.created_at) };
}

function submissionOf(r: Row): SubmissionRecord {
  return {
    id: num(r.id),
    periodId: num(r.period_id),
    unitId: num(r.unit_id),
    version: optNum(r.version),
    verdict: r.verdict === 'accepted' ? 'accepted' : 'rejected',
    reason: str(r.reason),
    fileName: str(r.file_name),
    sha: optStr(r.sha),
    size: num(r.size),
    errors: num(r.errors),
    warnings: num(r.warnings),
    findingsJson: str(r.findings_json),
    tasks: JSON.parse(str(r.tasks_json)),
    createdAt: str(r.created_at),
  };
}

function mergeOf(r: Row): MergeRecord {
  return { id: num(r.id), periodId: num(r.period_id), sha: str(r.sha), submissionIds: JSON.parse(str(r.submission_ids_json)), summaryJson: str(r.summary_json), createdAt: str(r.created_at) };
}

const now = (): string => new Date().toISOString();

export class SqliteStore implements InboxStore {
  private readonly db: Database.Database;

  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();
  }

  private migrate(): void {
    this.db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)');
    const applied = new Set(
      this.db
        .prepare('SELECT name FROM schema_migrations')
        .all()
        .map((r) => str((r as Row).name)),
    );
    for (const migration of MIGRATIONS) {
      if (applied.has(migration.name)) continue;
      this.db.transaction(() => {
        this.db.exec(migration.sql);
        this.db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(migration.name, now());
      })();
    }
  }

  /** Schema version names applied, oldest first (for tests and the status line). */
  appliedMigrations(): string[] {
    return this.db
      .prepare('SELECT name FROM schema_migrations ORDER BY name')
      .all()
      .map((r) => str((r as Row).name));
  }

  private writeAudit(entry: AuditEntry): void {
    this.db.prepare('INSERT INTO audit (at, actor, action, period_id, detail_json) VALUES (?, ?, ?, ?, ?)').run(now(), entry.actor, entry.action, entry.periodId, JSON.stringify(entry.detail));
  }

  async saveAdmin(name: string, passwordHash: string, audit: AuditEntry): Promise<'added' | 'updated'> {
    return this.db.transaction((): 'added' | 'updated' => {
      const existing = this.db.prepare('SELECT id FROM admins WHERE name = ?').get(name);
      if (existing) this.db.prepare('UPDATE admins SET password_hash = ? WHERE name = ?').run(passwordHash, name);
      else this.db.prepare('INSERT INTO admins (name, password_hash, created_at) VALUES (?, ?, ?)').run(name, passwordHash, now());
      this.writeAudit({ ...audit, detail: { ...audit.detail, outcome: existing ? 'updated' : 'added' } });
      return existing ? 'updated' : 'added';
    })();
  }

  async adminByName(name: string): Promise<AdminRecord | undefined> {
    const r = this.db.prepare('SELECT id, name, password_hash FROM admins WHERE name = ?').get(name) as Row | undefined;
    return r && { id: num(r.id), name: str(r.name), passwordHash: str(r.password_hash) };
  }

  async adminCount(): Promise<number> {
    return num((this.db.prepare('SELECT COUNT(*) AS n FROM admins').get() as Row).n);
  }

  async createSession(idHash: string, adminId: number, expiresAt: string): Promise<void> {
    this.db.prepare('INSERT INTO sessions (id_hash, admin_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(idHash, adminId, now(), expiresAt);
  }

  async sessionAdmin(idHash: string, at: string): Promise<AdminRecord | undefined> {
    const r = this.db.prepare('SELECT a.id, a.name, a.password_hash FROM sessions s JOIN admins a ON a.id = s.admin_id WHERE s.id_hash = ? AND s.expires_at > ?').get(idHash, at) as Row | undefined;
    return r && { id: num(r.id), name: str(r.name), passwordHash: str(r.password_hash) };
  }

  async deleteSession(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE id_hash = ?').run(idHash);
  }

  async createPeriod(p: NewPeriod, units: readonly { name: string; tokenHash: string }[], audit: AuditEntry): Promise<{ period: PeriodRecord; units: UnitRecord[] }> {
    return this.db.transaction(() => {
      const at = now();
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO periods (title, period_end, closes_at, template_name, template_json, warnings, master_sha, master_name, master_tasks_json, previous_period_id, previous_sha, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(p.title, p.periodEnd, p.closesAt, p.templateName, p.templateJson, p.warnings, p.masterSha, p.masterName, JSON.stringify(p.masterTasks), p.previousPeriodId, p.previousSha, at);
      const periodId = Number(lastInsertRowid);
      const insert = this.db.prepare('INSERT INTO units (period_id, name, token_hash, expires_at, created_at) VALUES (?, ?, ?, ?, ?)');
      for (const u of units) insert.run(periodId, u.name, u.tokenHash, p.closesAt, at);
      this.writeAudit({ ...audit, periodId });
      const period = periodOf(this.db.prepare('SELECT * FROM periods WHERE id = ?').get(periodId) as Row);
      return { period, units: (this.db.prepare('SELECT * FROM units WHERE period_id = ? ORDER BY id').all(periodId) as Row[]).map(unitOf) };
    })();
  }

  async periods(): Promise<PeriodRecord[]> {
    return (this.db.prepare('SELECT * FROM periods ORDER BY id DESC').all() as Row[]).map(periodOf);
  }

  async period(id: number): Promise<PeriodRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM periods WHERE id = ?').get(id) as Row | undefined;
    return r && periodOf(r);
  }

  async closePeriod(id: number, at: string, audit: AuditEntry): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE periods SET closed_at = ? WHERE id = ? AND closed_at IS NULL').run(at, id);
      this.writeAudit(audit);
    })();
  }

  async units(periodId: number): Promise<UnitRecord[]> {
    return (this.db.prepare('SELECT * FROM units WHERE period_id = ? ORDER BY id').all(periodId) as Row[]).map(unitOf);
  }

  async unit(id: number): Promise<UnitRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM units WHERE id = ?').get(id) as Row | undefined;
    return r && unitOf(r);
  }

  async unitByTokenHash(tokenHash: string): Promise<UnitRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM units WHERE token_hash = ?').get(tokenHash) as Row | undefined;
    return r && unitOf(r);
  }

  async replaceToken(unitId: number, tokenHash: string, expiresAt: string, audit: AuditEntry): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE units SET token_hash = ?, expires_at = ?, revoked_at = NULL WHERE id = ?').run(tokenHash, expiresAt, unitId);
      this.writeAudit(audit);
    })();
  }

  async revokeToken(unitId: number, at: string, audit: AuditEntry): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('UPDATE units SET revoked_at = ? WHERE id = ?').run(at, unitId);
      this.writeAudit(audit);
    })();
  }

  async addSubmission(s: NewSubmission, audit: AuditEntry): Promise<SubmissionRecord> {
    return this.db.transaction(() => {
      const version = s.verdict === 'accepted' ? num((this.db.prepare('SELECT COALESCE(MAX(version), 0) + 1 AS v FROM submissions WHERE unit_id = ?').get(s.unitId) as Row).v) : null;
      const { lastInsertRowid } = this.db
        .prepare(
          `INSERT INTO submissions (period_id, unit_id, version, verdict, reason, file_name, sha, size, errors, warnings, findings_json, tasks_json, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(s.periodId, s.unitId, version, s.verdict, s.reason, s.fileName, s.sha, s.size, s.errors, s.warnings, s.findingsJson, JSON.stringify(s.tasks), now());
      const id = Number(lastInsertRowid);
      this.writeAudit({ ...audit, periodId: s.periodId, detail: { ...audit.detail, submission: id, version } });
      return submissionOf(this.db.prepare('SELECT * FROM submissions WHERE id = ?').get(id) as Row);
    })();
  }

  async submissions(periodId: number): Promise<SubmissionRecord[]> {
    return (this.db.prepare('SELECT * FROM submissions WHERE period_id = ? ORDER BY id').all(periodId) as Row[]).map(submissionOf);
  }

  async submissionsOfUnit(unitId: number): Promise<SubmissionRecord[]> {
    return (this.db.prepare('SELECT * FROM submissions WHERE unit_id = ? ORDER BY id').all(unitId) as Row[]).map(submissionOf);
  }

  async submission(id: number): Promise<SubmissionRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM submissions WHERE id = ?').get(id) as Row | undefined;
    return r && submissionOf(r);
  }

  async addMerge(m: Omit<MergeRecord, 'id' | 'createdAt'>, audit: AuditEntry): Promise<MergeRecord> {
    return this.db.transaction(() => {
      const { lastInsertRowid } = this.db
        .prepare('INSERT INTO merges (period_id, sha, submission_ids_json, summary_json, created_at) VALUES (?, ?, ?, ?, ?)')
        .run(m.periodId, m.sha, JSON.stringify(m.submissionIds), m.summaryJson, now());
      this.writeAudit(audit);
      return mergeOf(this.db.prepare('SELECT * FROM merges WHERE id = ?').get(Number(lastInsertRowid)) as Row);
    })();
  }

  async latestMerge(periodId: number): Promise<MergeRecord | undefined> {
    const r = this.db.prepare('SELECT * FROM merges WHERE period_id = ? ORDER BY id DESC LIMIT 1').get(periodId) as Row | undefined;
    return r && mergeOf(r);
  }

  async audit(entry: AuditEntry): Promise<void> {
    this.writeAudit(entry);
  }

  async auditLog(periodId: number | null, limit: number): Promise<AuditRecord[]> {
    const rows = (
      periodId === null
        ? this.db.prepare('SELECT * FROM audit ORDER BY id DESC LIMIT ?').all(limit)
        : this.db.prepare('SELECT * FROM audit WHERE period_id = ? ORDER BY id DESC LIMIT ?').all(periodId, limit)
    ) as Row[];
    return rows.map((r) => ({
      id: num(r.id),
      at: str(r.at),
      actor: str(r.actor) as AuditRecord['actor'],
      action: str(r.action),
      periodId: optNum(r.period_id),
      detail: JSON.parse(str(r.detail_json)),
    }));
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
