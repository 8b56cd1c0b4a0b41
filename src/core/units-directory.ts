import { splitUnits } from './units';

/**
 * A units directory from a table: one unit per row, the standard name first and its aliases after
 * it (in further cells, or separated by 、 ， , ； ; tabs or line breaks in one cell). Separators inside
 * brackets do not split (`各县(市、区)政府`, `各县（市、区）政府` are one name), as in a 牵头部门 cell.
 * A header row is recognised and left out. The result still goes through `parseUnitsDirectory`.
 */
const HEADER_NAMES = /^(标准名称|规范名称|单位名称|名称|单位|name)$/i;

export function directoryFromRows(rows: readonly string[][]): { name: string; aliases: string[] }[] {
  const entries: { name: string; aliases: string[] }[] = [];
  for (const row of rows) {
    const [name, ...aliases] = row.flatMap((cell) => cell.split('\t').flatMap(splitUnits));
    if (name === undefined || HEADER_NAMES.test(name)) continue;
    entries.push({ name, aliases });
  }
  return entries;
}
