import { zipSync } from 'fflate';
import type { Fix } from '../core/fix/plan';
import { corrupt } from './corrupt';
import { sheetEntriesOf } from './xlsx-reader';
import { xmlEncodingOf, xmlText } from './xml-bytes';
import { XmlScanner } from './xml-scan';
import { escapeXmlText } from './xml-text';
import { openZip } from './zip';

/**
 * A corrected copy of an .xlsx: only the fixed cells change, each rewritten in place as an inline
 * string that keeps its style; every other part (formatting, other sheets, charts) is copied
 * byte for byte. Cells holding formulas are never rewritten. Each sheet is scanned once whatever
 * the number of fixes, so time is linear in the sheet's size plus the fixes.
 */
export interface PatchResult {
  bytes: Uint8Array;
  applied: Fix[];
  skipped: { fix: Fix; reason: 'formula' | 'not-found' }[];
}

const encoder = new TextEncoder();

function patchSheet(xml: string, fixes: readonly Fix[], applied: Fix[], skipped: PatchResult['skipped']): string {
  const wanted = new Map<string, Fix>();
  for (const fix of fixes) wanted.set(fix.cell.toUpperCase(), fix); // the last fix of a cell wins
  const pieces: string[] = [];
  let copied = 0;
  const scan = new XmlScanner(xml);
  while (scan.next()) {
    if (scan.closing || scan.name !== 'c') continue;
    const ref = scan.attr('r')?.toUpperCase();
    const fix = ref === undefined ? undefined : wanted.get(ref);
    if (!fix) {
      scan.skipElement();
      continue;
    }
    wanted.delete(ref as string);
    const start = scan.start;
    const tag = xml.slice(start, scan.end);
    const prefix = /^<([\w.-]+:)?c\b/.exec(tag)?.[1] ?? '';
    const style = scan.attr('s');
    let formula = false;
    if (!scan.selfClosing) {
      while (scan.next()) {
        if (scan.closing && scan.name === 'c') break;
        if (!scan.closing && (scan.name as string) === 'f') formula = true;
      }
    }
    if (formula) {
      skipped.push({ fix, reason: 'formula' });
      continue;
    }
    const cell = `<${prefix}c r="${fix.cell}"${style ? ` s="${style}"` : ''} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXmlText(fix.newValue)}</${prefix}t></${prefix}is></${prefix}c>`;
    pieces.push(xml.slice(copied, start), cell);
    copied = scan.end;
    applied.push(fix);
  }
  for (const fix of wanted.values()) skipped.push({ fix, reason: 'not-found' });
  pieces.push(xml.slice(copied));
  return pieces.join('');
}

export function patchXlsx(bytes: Uint8Array, fixes: readonly Fix[]): PatchResult {
  const zip = openZip(bytes);
  const entries = sheetEntriesOf(zip);
  const parts = new Map(zip.names.map((name) => [name, zip.read(name) as Uint8Array]));
  const applied: Fix[] = [];
  const skipped: PatchResult['skipped'] = [];
  for (const [sheet, sheetFixes] of groupBySheet(fixes)) {
    const entry = entries.find((e) => e.name === sheet);
    if (!entry) throw corrupt('corrupt.sheet-missing', sheet);
    const name = zip.names.find((n) => n.toLowerCase() === entry.path.toLowerCase()) ?? entry.path;
    const original = zip.read(name);
    if (!original) throw corrupt('corrupt.sheet-part-missing', undefined, entry.path);
    let xml = patchSheet(xmlText(original), sheetFixes, applied, skipped);
    // written back as UTF-8, so a part that was UTF-16 says so in its prolog
    if (xmlEncodingOf(original).encoding !== 'utf-8') xml = xml.replace(/^(<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']/, '$1"UTF-8"');
    parts.set(name, encoder.encode(xml));
  }
  return { bytes: zipSync(Object.fromEntries(parts)), applied, skipped };
}

function groupBySheet(fixes: readonly Fix[]): Map<string, Fix[]> {
  const groups = new Map<string, Fix[]>();
  for (const fix of fixes) {
    const group = groups.get(fix.sheet);
    if (group) group.push(fix);
    else groups.set(fix.sheet, [fix]);
  }
  return groups;
}
