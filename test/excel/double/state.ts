import { cellAddress, columnIndex } from '../../../src/core/address';
import { group } from '../../../src/core/checked';

/** The workbook behind the strict double: plain data the tests set up and assert on. */
export type Cell = string | number | boolean;

export interface Rect {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

export interface SheetSpec {
  name: string;
  /** Rows from the used range's top-left corner (`rowIndex`/`columnIndex`, 0-based). */
  rows?: Cell[][];
  rowIndex?: number;
  columnIndex?: number;
  /** A big sheet without storing it: `size` cells from A1, each computed. */
  generated?: { rows: number; cols: number; cell: (row: number, col: number) => Cell };
  merged?: string[];
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  fills?: Record<string, string>;
  notes?: Record<string, string>;
  formulas?: Record<string, string>;
}

export interface SheetState {
  id: string;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  cells: Map<string, Cell>;
  formulas: Map<string, string>;
  fills: Map<string, string>;
  notes: Map<string, string>;
  merges: Rect[];
  generated?: SheetSpec['generated'];
  charts: { type: string; source: string; seriesBy: string; title?: string; position?: string }[];
  frozenRows: number;
  /** Format and validation writes by range address (`A1:E1`): the last value of each property. */
  formats: Map<string, Record<string, unknown>>;
}

export interface Comment {
  id: string;
  sheet: string;
  cell: string;
  content: string;
}

export interface BookState {
  sheets: SheetState[];
  active: number;
  settings: Map<string, unknown>;
  comments: Comment[];
  created: string[];
  selected?: string;
}

export const key = (row: number, col: number): string => `${row},${col}`;

/** The row and column of a `key`. */
export function unkey(k: string): [number, number] {
  const [row, col] = k.split(',').map(Number);
  if (row === undefined || col === undefined) throw new Error(`not a cell key: ${k}`);
  return [row, col];
}

/** `D15` or `B2:C4` (optionally `Sheet!`-prefixed, `$`-anchored) to a 0-based rectangle. */
export function parseArea(address: string): Rect {
  const bare = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '');
  const [from, to = from] = bare.split(':');
  const a = /^([A-Z]+)(\d+)$/i.exec(from ?? '');
  const b = /^([A-Z]+)(\d+)$/i.exec(to ?? '');
  if (!a || !b) throw new Error(`not an address: ${address}`);
  const top = Number(a[2]) - 1;
  const left = columnIndex(group(a, 1));
  return { top, left, rows: Number(b[2]) - top, cols: columnIndex(group(b, 1)) - left + 1 };
}

export function areaAddress(rect: Rect): string {
  const first = cellAddress(rect.top, rect.left);
  return rect.rows === 1 && rect.cols === 1 ? first : `${first}:${cellAddress(rect.top + rect.rows - 1, rect.left + rect.cols - 1)}`;
}

export function sheetState(spec: SheetSpec, index: number): SheetState {
  const cells = new Map<string, Cell>();
  const top = spec.rowIndex ?? 0;
  const left = spec.columnIndex ?? 0;
  (spec.rows ?? []).forEach((row, r) => row.forEach((value, c) => value !== '' && cells.set(key(top + r, left + c), value)));
  const byA1 = (record: Record<string, string> = {}) => new Map(Object.entries(record).map(([a1, v]) => [keyOf(a1), v]));
  return {
    id: `{sheet-${index}}`,
    name: spec.name,
    visibility: spec.visibility ?? 'Visible',
    cells,
    formulas: byA1(spec.formulas),
    fills: byA1(spec.fills),
    notes: new Map(Object.entries(spec.notes ?? {})),
    merges: (spec.merged ?? []).map(parseArea),
    ...(spec.generated ? { generated: spec.generated } : {}),
    charts: [],
    frozenRows: 0,
    formats: new Map(),
  };
}

export function keyOf(a1: string): string {
  const r = parseArea(a1);
  return key(r.top, r.left);
}

export function cellValue(sheet: SheetState, row: number, col: number): Cell {
  const own = sheet.cells.get(key(row, col));
  if (own !== undefined) return own;
  const g = sheet.generated;
  return g && row < g.rows && col < g.cols ? g.cell(row, col) : '';
}

/** The used range (values only): the bounding box of non-empty cells, or undefined when blank. */
export function usedRect(sheet: SheetState): Rect | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, v] of sheet.cells) {
    if (v === '') continue;
    const [r, c] = unkey(k);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  if (sheet.generated) {
    top = Math.min(top, 0);
    left = Math.min(left, 0);
    bottom = Math.max(bottom, sheet.generated.rows - 1);
    right = Math.max(right, sheet.generated.cols - 1);
  }
  return bottom < 0 ? undefined : { top, left, rows: bottom - top + 1, cols: right - left + 1 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top < b.top + b.rows && b.top < a.top + a.rows && a.left < b.left + b.cols && b.left < a.left + a.cols;
}
