import { createHash, randomBytes } from 'crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'fs';
import { readFile } from 'fs/promises';
import { join } from 'path';
import type { BlobStore } from './store';

/**
 * Uploaded files beside the database, content-addressed: `files/ab/abcdef….bin` named by SHA-256.
 * A file is written to `tmp/`, flushed, then renamed into place (atomic on one file system), so a
 * killed server leaves at most a stray temporary file, which the next start removes.
 */
export class FileBlobStore implements BlobStore {
  private readonly files: string;
  private readonly tmp: string;

  constructor(dataDir: string) {
    this.files = join(dataDir, 'files');
    this.tmp = join(dataDir, 'tmp');
    mkdirSync(this.files, { recursive: true });
    rmSync(this.tmp, { recursive: true, force: true }); // uploads in flight when the server stopped
    mkdirSync(this.tmp, { recursive: true });
  }

  private pathOf(sha: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error(`not a SHA-256: ${sha}`);
    return join(this.files, sha.slice(0, 2), `${sha}.bin`);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const target = this.pathOf(sha);
    if (existsSync(target)) return sha;
    const dir = join(this.files, sha.slice(0, 2));
    mkdirSync(dir, { recursive: true });
    const temp = join(this.tmp, `${sha}.${randomBytes(6).toString('hex')}`);
    const fd = openSync(temp, 'w');
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    const dirFd = openSync(dir, 'r');
    try {
      fsyncSync(dirFd);
    } finally {
      closeSync(dirFd);
    }
    return sha;
  }

  async get(sha: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.pathOf(sha)));
  }

  /** How many files are stored (for tests and the start-up line). */
  count(): number {
    if (!existsSync(this.files)) return 0;
    return readdirSync(this.files).reduce((n, d) => n + readdirSync(join(this.files, d)).length, 0);
  }
}
