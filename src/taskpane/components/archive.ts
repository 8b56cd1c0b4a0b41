import { downloadBytes } from '../download';
import type { NamedFile } from '../engine';

/**
 * Several files for one click: one .zip (browsers let only a few downloads through at once, and
 * a status that counts files the browser dropped would be a silent wrong result). A single file is
 * downloaded as itself. Names keep their folders; a name met twice gets ` (2)` before its extension.
 */
export async function downloadAll(files: readonly NamedFile[], zipName: string): Promise<void> {
  const only = files.length === 1 ? files[0] : undefined;
  if (only) return downloadBytes(only.bytes, only.name.split('/').pop() ?? only.name);
  if (files.length === 0) return;
  const { zipSync } = await import(/* webpackChunkName: "xlsx-write" */ 'fflate');
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) {
    let name = file.name;
    for (let i = 2; name in entries; i++) name = file.name.replace(/(\.[^./]+)?$/, (ext) => ` (${i})${ext}`);
    entries[name] = file.bytes;
  }
  // xlsx parts are compressed already: stored, not deflated again
  return downloadBytes(zipSync(entries, { level: 0 }), zipName, 'application/zip');
}
