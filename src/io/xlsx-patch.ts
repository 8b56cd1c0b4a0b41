import { zipSync } from 'fflate';
import type { Fix } from '../core/fix/plan';
import { ReportError } from '../core/errors';
import { sheetEntries } from './xlsx-reader';
import { partText, unzipParts } from './zip';

/**
 * A corrected copy of an .xlsx: only the fixed cells change, each rewritten in place as an inline
 * string that keeps its style; every other part (formatting, other sheets, charts) is copied
 * byte for byte. Cells holding formulas are never rewritten.
 */
export interface PatchResult {
  bytes: Uint8Array;
  applied: Fix[];
  skipped: { fix: Fix; reason: 'formula' | 'not-found' }[];
}

/** XML text, with control characters (not allowed in XML) written as OOXML's `_xHHHH_` escapes. */
function escapeXml(text: string): string {
  let out = '';
  for (const ch of text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')) {
    const code = ch.charCodeAt(0);
    out += code < 0x20 && ch !== '\n' && ch !== '\r' && ch !== '\t' ? `_x${code.toString(16).padStart(4, '0').toUpperCase()}_` : ch;
  }
  return out;
}

const encoder = new TextEncoder();

export function patchXlsx(bytes: Uint8Array, fixes: readonly Fix[]): PatchResult {
  const parts = unzipParts(bytes, () => true);
  const entries = sheetEntries(parts);
  const applied: Fix[] = [];
  const skipped: PatchResult['skipped'] = [];
  for (const [sheet, sheetFixes] of groupBySheet(fixes)) {
    const entry = entries.find((e) => e.name === sheet);
    if (!entry) throw new ReportError('file-corrupt', { detail: `no sheet ${sheet}` });
    let xml = partText(parts, entry.path) ?? '';
    for (const fix of sheetFixes) {
      const re = new RegExp(`<((?:\\w+:)?)c\\b([^>]*?\\br="${fix.cell}"[^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?c>)`);
      const m = re.exec(xml);
      if (!m) {
        skipped.push({ fix, reason: 'not-found' });
        continue;
      }
      if (/<(?:\w+:)?f\b/.test(m[3] ?? '')) {
        skipped.push({ fix, reason: 'formula' });
        continue;
      }
      const prefix = m[1];
      const style = /\bs="(\d+)"/.exec(m[2])?.[1];
      const cell = `<${prefix}c r="${fix.cell}"${style ? ` s="${style}"` : ''} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${escapeXml(fix.newValue)}</${prefix}t></${prefix}is></${prefix}c>`;
      xml = xml.slice(0, m.index) + cell + xml.slice(m.index + m[0].length);
      applied.push(fix);
    }
    parts.set(entry.path, encoder.encode(xml));
  }
  return { bytes: zipSync(Object.fromEntries(parts)), applied, skipped };
}

function groupBySheet(fixes: readonly Fix[]): Map<string, Fix[]> {
  const groups = new Map<string, Fix[]>();
  for (const fix of fixes) groups.set(fix.sheet, [...(groups.get(fix.sheet) ?? []), fix]);
  return groups;
}
