import { zipSync, type Zippable } from 'fflate';
import { at as itemAt } from '../core/checked';
import { ReportError } from '../core/errors';

/**
 * Replacing and adding a few parts of a written zip without inflating and deflating the others:
 * each kept entry's compressed bytes are copied as they are (a 100,000-row sheet is not touched),
 * the new parts are deflated by fflate, and a fresh central directory is written. Only what our
 * own writers produce is handled: no ZIP64, no encryption, no multi-disk archives.
 */
interface RawEntry {
  name: string;
  nameBytes: Uint8Array;
  /** General-purpose flags without bit 3 (sizes follow in the local header here). */
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function corrupt(detail: string): ReportError {
  return new ReportError('argument-invalid', { detail: `写出的工作簿结构异常（${detail}），无法加入图表。` });
}

function rawEntries(zip: Uint8Array): RawEntry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt('没有中央目录');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  const entries: RawEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (view.getUint32(at, true) !== CENTRAL) throw corrupt('中央目录损坏');
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (compressed === 0xffffffff || size === 0xffffffff || local === 0xffffffff) throw corrupt('ZIP64');
    if (view.getUint32(local, true) !== LOCAL) throw corrupt('本地文件头损坏');
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const nameBytes = zip.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      name: decoder.decode(nameBytes),
      nameBytes,
      flags: view.getUint16(at + 8, true) & ~0x0008,
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      size,
      data: zip.subarray(dataStart, dataStart + compressed),
    });
    at += 46 + skip;
  }
  return entries;
}

function writeZip(entries: readonly RawEntry[]): Uint8Array {
  const localSize = entries.reduce((n, e) => n + 30 + e.nameBytes.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.nameBytes.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const header = (at: number, e: RawEntry): void => {
    view.setUint16(at, e.flags, true);
    view.setUint16(at + 2, e.method, true);
    view.setUint16(at + 4, e.time, true);
    view.setUint16(at + 6, e.date, true);
    view.setUint32(at + 8, e.crc, true);
    view.setUint32(at + 12, e.data.length, true);
    view.setUint32(at + 16, e.size, true);
    view.setUint16(at + 20, e.nameBytes.length, true);
  };
  const offsets: number[] = [];
  let at = 0;
  for (const e of entries) {
    offsets.push(at);
    view.setUint32(at, LOCAL, true);
    view.setUint16(at + 4, 20, true);
    header(at + 6, e);
    out.set(e.nameBytes, at + 30);
    out.set(e.data, at + 30 + e.nameBytes.length);
    at += 30 + e.nameBytes.length + e.data.length;
  }
  const central = at;
  entries.forEach((e, i) => {
    view.setUint32(at, CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    header(at + 8, e);
    view.setUint32(at + 42, itemAt(offsets, i, 'local header offset'), true);
    out.set(e.nameBytes, at + 46);
    at += 46 + e.nameBytes.length;
  });
  view.setUint32(at, EOCD, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - central, true);
  view.setUint32(at + 16, central, true);
  return out;
}

/** The zip with `parts` replacing the entries of the same name (in place) or added at the end. */
export function spliceZip(zip: Uint8Array, parts: Record<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = [data, { level: 6 }];
  const fresh = new Map(rawEntries(zipSync(zippable)).map((e) => [e.name, e]));
  const entries = rawEntries(zip).map((e) => {
    const replaced = fresh.get(e.name);
    fresh.delete(e.name);
    return replaced ?? e;
  });
  return writeZip([...entries, ...fresh.values()]);
}
