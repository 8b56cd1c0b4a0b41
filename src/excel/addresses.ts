/**
 * Address lists for Office.js: `getRanges` takes a comma-separated list, and the API limits the
 * length of one address string, so long lists are cut into batches.
 */
export const MAX_ADDRESS_LENGTH = 8000;

export function addressBatches(addresses: readonly string[], limit = MAX_ADDRESS_LENGTH): string[] {
  const batches: string[] = [];
  let current = '';
  for (const address of addresses) {
    const next = current ? `${current},${address}` : address;
    if (next.length > limit && current) {
      batches.push(current);
      current = address;
    } else current = next;
  }
  if (current) batches.push(current);
  return batches;
}

/** `'报表 1'!A1:E1,报表!A3:A4` → `['A1:E1', 'A3:A4']` (sheet names may hold commas inside quotes). */
export function splitAreaAddresses(address: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let current = '';
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts.map((p) => p.slice(p.lastIndexOf('!') + 1).trim()).filter(Boolean);
}
