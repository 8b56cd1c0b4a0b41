import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import type { LazySource, Source } from '../app/sources';
import { ReportError } from '../core/errors';
import { extensionOf, SPREADSHEET_EXTENSIONS } from '../io/read-workbook';
import { nodeRawInflate } from '../node/raw-inflate';

/**
 * Expanding FILE|FOLDER arguments into spreadsheet files, in a stable order. Folders are walked
 * recursively; Office lock files (`~$…`) and other file types inside folders are left out.
 */
export function expandInputs(inputs: readonly string[]): string[] {
  return expandInputsWithFolders(inputs).files;
}

/** The files, and the folders that were walked to find them (an output must not land inside one). */
export function expandInputsWithFolders(inputs: readonly string[]): { files: string[]; folders: string[] } {
  const files: string[] = [];
  const folders: string[] = [];
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      files.push(input); // reported as unreadable when read, so the batch goes on
      continue;
    }
    if (stat.isDirectory()) {
      folders.push(input);
      files.push(...walk(input));
    } else files.push(input);
  }
  return { files, folders };
}

function walk(dir: string): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    const spreadsheet = (SPREADSHEET_EXTENSIONS as readonly string[]).includes(extensionOf(entry.name));
    return spreadsheet && !entry.name.startsWith('~$') && !entry.name.startsWith('.') ? [path] : [];
  });
}

export function readFileBytes(path: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    const reason = code === 'ENOENT' ? 'unreadable.not-found' : code === 'EISDIR' ? 'unreadable.is-folder' : code === 'EACCES' || code === 'EPERM' ? 'unreadable.denied' : 'unreadable.other';
    throw new ReportError('file-unreadable', { path, reason, osCode: code });
  }
}

/** A file of the batch, read when its turn comes (inflated by Node's zlib); a failure to read it is that file's error. */
export function fileSource(path: string): LazySource {
  return { name: path, load: () => readFileBytes(path), inflate: nodeRawInflate };
}

/** A file read now, with Node's zlib to inflate it. */
export function loadedFileSource(path: string): Source {
  return { name: path, bytes: readFileBytes(path), inflate: nodeRawInflate };
}
