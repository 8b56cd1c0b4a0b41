import { readFileSync } from 'fs';
import { group } from '../../../src/core/checked';

/**
 * The requirement set of every Excel member, derived at test time from the `[Api set: ExcelApi x.y]`
 * annotations in @types/office-js (the map has thousands of entries, so it is not committed).
 * Keys are `Class.member` (`Worksheet.notes`) or `Excel.function` (`Excel.createWorkbook`); values are
 * the lowest ExcelApi version of any overload, or a set name such as `ExcelApiOnline 1.1` for members
 * outside the numbered ExcelApi sets.
 */
export type ApiSetMap = ReadonlyMap<string, string>;

let cached: Map<string, string> | undefined;

function compareVersions(a: string, b: string): number {
  const [am = 0, an = 0] = a.split('.').map(Number);
  const [bm = 0, bn = 0] = b.split('.').map(Number);
  return am - bm || an - bn;
}

export function isVersion(set: string): boolean {
  return /^\d+\.\d+$/.test(set);
}

/** `a` is at most `b` (both `1.x`). */
export function versionAtMost(a: string, b: string): boolean {
  return compareVersions(a, b) <= 0;
}

export function excelApiSets(): ApiSetMap {
  if (cached) return cached;
  const file = require.resolve('@types/office-js/index.d.ts');
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = new Map<string, string>();
  const start = lines.findIndex((l) => l.startsWith('declare namespace Excel {'));
  let cls = '';
  let set: string | undefined;
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('}')) break;
    if (line.startsWith('    namespace ')) break; // Excel.Interfaces: load options, not members
    if (/^ {4,8}\/\*\*/.test(line)) set = undefined;
    const annotated = /\[Api set: (ExcelApi\w*) (\d+\.\d+)/.exec(line);
    if (annotated) {
      const [name, version] = [group(annotated, 1), group(annotated, 2)];
      const found = name === 'ExcelApi' ? version : `${name} ${version}`;
      if (set === undefined || (isVersion(found) && (!isVersion(set) || compareVersions(found, set) < 0))) set = found;
      continue;
    }
    const classMatch = /^ {4}class (\w+) /.exec(line);
    if (classMatch) {
      cls = group(classMatch, 1);
      set = undefined;
      continue;
    }
    const fn = /^ {4}function (\w+)\(/.exec(line);
    if (fn && set) {
      put(map, `Excel.${fn[1]}`, set);
      set = undefined;
      continue;
    }
    if (/^ {4}\S/.test(line)) cls = line.startsWith('    class ') ? cls : '';
    const member = /^ {8}(?:readonly )?(\w+)\??[:(<]/.exec(line);
    if (member && cls && set) {
      put(map, `${cls}.${member[1]}`, set);
      set = undefined;
    }
  }
  cached = map;
  return map;
}

function put(map: Map<string, string>, key: string, set: string): void {
  const known = map.get(key);
  if (known === undefined || (isVersion(set) && (!isVersion(known) || compareVersions(set, known) < 0))) map.set(key, set);
}
