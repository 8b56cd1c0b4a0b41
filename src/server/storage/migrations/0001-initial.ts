/**
 * Migration 1: the inbox's tables. Migrations are applied in order, each once, inside one
 * transaction with its row in `schema_migrations`; a migration is never edited after release.
 */
export const name = '0001-initial';

export const sql = `
CREATE TABLE admins (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  admin_id INTEGER NOT NULL REFERENCES admins(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE periods (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  period_end TEXT NOT NULL,
  closes_at TEXT NOT NULL,
  template_name TEXT NOT NULL,
  template_json TEXT NOT NULL,
  warnings TEXT NOT NULL CHECK (warnings IN ('allow', 'block')),
  master_sha TEXT,
  master_name TEXT,
  master_tasks_json TEXT NOT NULL,
  previous_period_id INTEGER REFERENCES periods(id),
  previous_sha TEXT,
  created_at TEXT NOT NULL,
  closed_at TEXT
);

CREATE TABLE units (
  id INTEGER PRIMARY KEY,
  period_id INTEGER NOT NULL REFERENCES periods(id),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (period_id, name)
);

CREATE TABLE submissions (
  id INTEGER PRIMARY KEY,
  period_id INTEGER NOT NULL REFERENCES periods(id),
  unit_id INTEGER NOT NULL REFERENCES units(id),
  version INTEGER,
  verdict TEXT NOT NULL CHECK (verdict IN ('accepted', 'rejected')),
  reason TEXT NOT NULL,
  file_name TEXT NOT NULL,
  sha TEXT,
  size INTEGER NOT NULL,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL,
  findings_json TEXT NOT NULL,
  tasks_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (unit_id, version)
);
CREATE INDEX submissions_by_period ON submissions(period_id, unit_id);

CREATE TABLE merges (
  id INTEGER PRIMARY KEY,
  period_id INTEGER NOT NULL REFERENCES periods(id),
  sha TEXT NOT NULL,
  submission_ids_json TEXT NOT NULL,
  summary_json TEXT NOT NULL,
  admin_id INTEGER REFERENCES admins(id),
  created_at TEXT NOT NULL
);

CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  period_id INTEGER,
  detail_json TEXT NOT NULL
);
CREATE INDEX audit_by_period ON audit(period_id, id);
`;
