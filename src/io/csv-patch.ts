import { parseCellAddress } from '../core/address';
import type { Fix } from '../core/fix/plan';
import { decodeCsvBytes } from './csv-decode';
import { scanCsv } from './csv-reader';
import { neutralise } from './csv-writer';
import { limitsWith } from './limits';

/**
 * A corrected copy of a CSV file: only the fixed cells' raw text is replaced, every other byte of
 * the file stays as it was (`-5` stays `-5`, quoting and line ends are kept). The new text is quoted
 * when it needs to be and neutralised if Excel would run it as a formula. A UTF-8 file keeps its
 * bytes and its BOM; any other encoding is written as UTF-8 with a BOM (what Excel opens without
 * asking), with the same texts. One scan of the file, whatever the number of fixes.
 */
export interface CsvPatchResult {
  bytes: Uint8Array;
  applied: Fix[];
  skipped: { fix: Fix; reason: 'not-found' }[];
}

function quoteIfNeeded(text: string, delimiter: string): string {
  return text.includes('"') || text.includes(delimiter) || /[\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function patchCsv(bytes: Uint8Array, fixes: readonly Fix[]): CsvPatchResult {
  const { text, decoding } = decodeCsvBytes(bytes);
  const wanted = new Map<string, Fix>();
  for (const fix of fixes) {
    const at = parseCellAddress(fix.cell);
    if (at) wanted.set(`${at.row},${at.col}`, fix);
  }
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const edits: { start: number; end: number; text: string; fix: Fix }[] = [];
  scanCsv(
    text,
    (row, col, field) => {
      const fix = wanted.get(`${row},${col}`);
      if (!fix) return;
      wanted.delete(`${row},${col}`);
      edits.push({ start: field.start, end: field.end, text: quoteIfNeeded(neutralise(fix.newValue), delimiter), fix });
    },
    limitsWith(),
  );
  const pieces: string[] = [];
  let copied = 0;
  for (const edit of edits) {
    pieces.push(text.slice(copied, edit.start), edit.text);
    copied = edit.end;
  }
  pieces.push(text.slice(copied));
  const body = new TextEncoder().encode(pieces.join(''));
  const keepBom = decoding.encoding === 'utf-8' ? decoding.bom : 3;
  const out = new Uint8Array(body.length + keepBom);
  if (keepBom) out.set([0xef, 0xbb, 0xbf]);
  out.set(body, keepBom);
  return { bytes: out, applied: edits.map((e) => e.fix), skipped: [...wanted.values()].map((fix) => ({ fix, reason: 'not-found' as const })) };
}
