/**
 * A units directory from a table: one unit per row, the standard name first and its aliases after
 * it (in further cells or separated by 、，; in one cell). A header row is recognised and left out.
 * The result still goes through `parseUnitsDirectory`.
 */
const HEADER_NAMES = /^(标准名称|规范名称|单位名称|名称|单位|name)$/i;

export function directoryFromRows(rows: readonly string[][]): { name: string; aliases: string[] }[] {
  return rows
    .map((row) => row.flatMap((cell) => cell.split(/[、,，;；\t]/)).map((c) => c.trim()).filter(Boolean))
    .filter((cells) => cells.length > 0 && !HEADER_NAMES.test(cells[0]))
    .map(([name, ...aliases]) => ({ name, aliases }));
}
