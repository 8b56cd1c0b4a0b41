import { mkdirSync } from 'fs';
import { join } from 'path';
import { ReportError } from '../core/errors';
import { hashPassword, MIN_PASSWORD_LENGTH } from './auth';
import { FileBlobStore } from './storage/file-blob-store';
import { SqliteStore } from './storage/sqlite-store';
import type { Actor } from './storage/store';

/** A data folder: `inbox.db` (SQLite, WAL) and the uploaded files under `files/`, content-addressed. */
export interface Inbox {
  store: SqliteStore;
  blobs: FileBlobStore;
}

export function openInbox(dataDir: string): Inbox {
  mkdirSync(dataDir, { recursive: true });
  return { store: new SqliteStore(join(dataDir, 'inbox.db')), blobs: new FileBlobStore(dataDir) };
}

/** `serve --add-admin NAME`: adds the compiler's account, or sets a new password for it. */
export async function saveAdmin(inbox: Inbox, name: string, password: string, actor: Actor = 'cli'): Promise<'added' | 'updated'> {
  const clean = name.trim();
  if (!/^[\p{L}\p{N}_.@-]{1,64}$/u.test(clean)) throw new ReportError('argument-invalid', { detail: `用户名“${name}”无效：只能用字母、数字、汉字和 _ . @ -，最多 64 个字符。` });
  if (password.length < MIN_PASSWORD_LENGTH) throw new ReportError('argument-invalid', { detail: `密码至少 ${MIN_PASSWORD_LENGTH} 个字符。` });
  return inbox.store.saveAdmin(clean, await hashPassword(password), { actor, action: 'admin-save', periodId: null, detail: { name: clean } });
}
