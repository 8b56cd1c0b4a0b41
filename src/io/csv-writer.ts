/**
 * Writing CSV for Chinese Excel: UTF-8 with a BOM (so Excel reads it as UTF-8), CRLF, fields quoted
 * when they hold a comma, quote or line break. A cell that Excel would run as a formula (starting
 * with = + - @, a tab or a carriage return) is neutralised with a leading apostrophe.
 */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return (
    rows
      .map((row) =>
        row
          .map((raw) => {
            const cell = neutralise(raw);
            return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
          })
          .join(','),
      )
      .join('\r\n') + '\r\n'
  );
}

export function csvBytes(rows: readonly (readonly string[])[]): Uint8Array {
  const body = new TextEncoder().encode(toCsv(rows));
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
