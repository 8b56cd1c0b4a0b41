/**
 * What the inbox keeps, behind one small interface: SQLite (`sqlite-store.ts`) is the embedded
 * default; a PostgreSQL adapter implements the same methods for offices that run several servers
 * on one database. Methods are async so a networked database fits without changing the callers.
 * Every method that changes more than one row does it in one transaction.
 */
export type WarningsPolicy = 'allow' | 'block';
export type Verdict = 'accepted' | 'rejected';
export type Actor = `admin:${string}` | `unit:${string}` | 'system' | 'cli';

export interface AdminRecord {
  id: number;
  name: string;
  passwordHash: string;
}

export interface MasterTaskRecord {
  seq: number | null;
  task: string;
  units: string[];
}

export interface PeriodRecord {
  id: number;
  title: string;
  /** 截至: the date the report is as of (YYYY-MM-DD). */
  periodEnd: string;
  /** When the units' links stop working (ISO instant). */
  closesAt: string;
  templateName: string;
  templateJson: string;
  warnings: WarningsPolicy;
  masterSha: string | null;
  masterName: string | null;
  masterTasks: MasterTaskRecord[];
  previousPeriodId: number | null;
  /** A previous consolidated table uploaded with the period, for 对比. */
  previousSha: string | null;
  createdAt: string;
  closedAt: string | null;
}

export interface UnitRecord {
  id: number;
  periodId: number;
  name: string;
  expiresAt: string;
  revokedAt: string | null;
  createdAt: string;
}

/** A task a submission reports, with the findings on its rows (for the per-task roster). */
export interface ReportedTask {
  seq: number;
  findings: number;
}

export interface SubmissionRecord {
  id: number;
  periodId: number;
  unitId: number;
  /** 1, 2, 3… for accepted submissions of the unit; null for a rejected one. */
  version: number | null;
  verdict: Verdict;
  /** Why: `ok`, `warnings`, `errors`, `unreadable`, `no-sheet`, `unit-mismatch`. */
  reason: string;
  fileName: string;
  /** The stored file's SHA-256; null for a rejected submission (its file is not kept). */
  sha: string | null;
  size: number;
  errors: number;
  warnings: number;
  findingsJson: string;
  tasks: ReportedTask[];
  createdAt: string;
}

export type NewSubmission = Omit<SubmissionRecord, 'id' | 'version' | 'createdAt'>;

export interface MergeRecord {
  id: number;
  periodId: number;
  sha: string;
  submissionIds: number[];
  summaryJson: string;
  createdAt: string;
}

export interface AuditEntry {
  actor: Actor;
  action: string;
  periodId: number | null;
  detail: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  id: number;
  at: string;
}

export interface NewPeriod {
  title: string;
  periodEnd: string;
  closesAt: string;
  templateName: string;
  templateJson: string;
  warnings: WarningsPolicy;
  masterSha: string | null;
  masterName: string | null;
  masterTasks: MasterTaskRecord[];
  previousPeriodId: number | null;
  previousSha: string | null;
}

export interface InboxStore {
  /** Adds an admin, or sets the password of an existing one; says which. */
  saveAdmin(name: string, passwordHash: string, audit: AuditEntry): Promise<'added' | 'updated'>;
  adminByName(name: string): Promise<AdminRecord | undefined>;
  adminCount(): Promise<number>;
  createSession(idHash: string, adminId: number, expiresAt: string): Promise<void>;
  /** The admin of a live session; undefined when unknown or expired. */
  sessionAdmin(idHash: string, now: string): Promise<AdminRecord | undefined>;
  deleteSession(idHash: string): Promise<void>;

  createPeriod(period: NewPeriod, units: readonly { name: string; tokenHash: string }[], audit: AuditEntry): Promise<{ period: PeriodRecord; units: UnitRecord[] }>;
  periods(): Promise<PeriodRecord[]>;
  period(id: number): Promise<PeriodRecord | undefined>;
  closePeriod(id: number, at: string, audit: AuditEntry): Promise<void>;
  units(periodId: number): Promise<UnitRecord[]>;
  unit(id: number): Promise<UnitRecord | undefined>;
  unitByTokenHash(tokenHash: string): Promise<UnitRecord | undefined>;
  /** A new token for the unit; the old one stops working. */
  replaceToken(unitId: number, tokenHash: string, expiresAt: string, audit: AuditEntry): Promise<void>;
  revokeToken(unitId: number, at: string, audit: AuditEntry): Promise<void>;

  /** Records a submission; an accepted one gets the unit's next version number, atomically. */
  addSubmission(submission: NewSubmission, audit: AuditEntry): Promise<SubmissionRecord>;
  submissions(periodId: number): Promise<SubmissionRecord[]>;
  submissionsOfUnit(unitId: number): Promise<SubmissionRecord[]>;
  submission(id: number): Promise<SubmissionRecord | undefined>;

  addMerge(merge: Omit<MergeRecord, 'id' | 'createdAt'>, audit: AuditEntry): Promise<MergeRecord>;
  latestMerge(periodId: number): Promise<MergeRecord | undefined>;

  audit(entry: AuditEntry): Promise<void>;
  auditLog(periodId: number | null, limit: number): Promise<AuditRecord[]>;
  close(): Promise<void>;
}

/** The uploaded files, content-addressed: the same bytes are stored once under their SHA-256. */
export interface BlobStore {
  /** Stores the bytes durably (on disk before it resolves); returns their SHA-256 in hex. */
  put(bytes: Uint8Array): Promise<string>;
  get(sha: string): Promise<Uint8Array>;
}
