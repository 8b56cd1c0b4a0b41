import type { Grid, MergedRange } from '../core/grid';
import { parseCellAddress } from '../core/address';
import { splitAreaAddresses } from './addresses';
import { isReportError, ReportError } from '../core/errors';

/**
 * Reading a worksheet into a Grid, sized by bytes: the used range's shape first (no cell data), then
 * blocks of rows whose size follows the bytes the previous block actually took, aiming well under
 * Excel on the web's 5 MB per response. A block Excel still refuses (a payload error, or values that
 * come back null as they do above 5 million cells) is halved, down to one row. Merged areas are read
 * per block in a request of their own, so a block with more merged areas than Excel returns (512)
 * loses only its merges, never the read.
 */
export const TARGET_BLOCK_BYTES = 1024 * 1024;
/** The first block's guess: bytes per cell for text plus value (Chinese progress text is long). */
export const FIRST_GUESS_CELL_BYTES = 400;
export const MAX_BLOCK_ROWS = 5000;
/** Above this many cells a sheet is not read at all: the pane says so instead of hanging Excel. */
export const MAX_SHEET_CELLS = 2_000_000;
const PAYLOAD_ERRORS = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded', 'PayloadTooLarge']);

type Cell = string | number | boolean | null;

/** The text a person sees; `####` (a column too narrow for a number) falls back to the value. */
function displayText(text: string | undefined, value: Cell): string {
  if (text !== undefined && text !== '' && !/^#+$/.test(text)) return text;
  if (value === null || value === undefined) return '';
  return String(value);
}

function toRows(texts: string[][], values: Cell[][], rowIndex: number, columnIndex: number): string[][] {
  const rows: string[][] = Array.from({ length: rowIndex }, () => []);
  values.forEach((valueRow, r) => {
    const row: string[] = new Array(columnIndex).fill('');
    valueRow.forEach((value, c) => row.push(displayText(texts[r]?.[c], value)));
    rows.push(row);
  });
  return rows;
}

function toMerges(address: string | undefined): MergedRange[] {
  if (!address) return [];
  return splitAreaAddresses(address).flatMap((area) => {
    const [from = '', to = from] = area.split(':');
    const a = parseCellAddress(from);
    const b = parseCellAddress(to);
    return a && b ? [{ top: a.row, left: a.col, bottom: b.row, right: b.col }] : [];
  });
}

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return typeof code === 'string' && PAYLOAD_ERRORS.has(code);
}

export interface ReadOptions {
  mergedAreas: boolean;
  origin: string;
}

function visibilityOf(worksheet: Excel.Worksheet): Grid['visibility'] {
  return worksheet.visibility === 'Visible' ? 'visible' : worksheet.visibility === 'Hidden' ? 'hidden' : 'veryHidden';
}

/** UTF-8 bytes of a block as Excel sends it (JSON of texts and values). */
function blockBytes(texts: string[][], values: Cell[][]): number {
  const encoder = new TextEncoder();
  return encoder.encode(JSON.stringify(texts)).length + encoder.encode(JSON.stringify(values)).length;
}

interface Shape {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
}

function queueShape(worksheet: Excel.Worksheet): Shape {
  worksheet.load('name,visibility');
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  return { worksheet, used };
}

/** Reads several sheets: every shape in one request, then each sheet's blocks. */
export async function readWorksheets(context: Excel.RequestContext, worksheets: readonly Excel.Worksheet[], options: ReadOptions): Promise<Grid[]> {
  const shapes = worksheets.map(queueShape);
  await context.sync();
  const grids: Grid[] = [];
  for (const shape of shapes) grids.push(await readShape(context, shape, options));
  return grids;
}

export async function readWorksheet(context: Excel.RequestContext, worksheet: Excel.Worksheet, options: ReadOptions): Promise<Grid> {
  const shape = queueShape(worksheet);
  await context.sync();
  return readShape(context, shape, options);
}

async function readShape(context: Excel.RequestContext, { worksheet, used }: Shape, options: ReadOptions): Promise<Grid> {
  const visibility = visibilityOf(worksheet);
  if (used.isNullObject) return { sheet: worksheet.name, origin: options.origin, rows: [], merges: [], visibility };
  const { rowIndex, columnIndex, rowCount, columnCount } = used;
  if (rowCount * columnCount > MAX_SHEET_CELLS) {
    throw new ReportError('file-too-large', { part: worksheet.name, limitMb: Math.round(MAX_SHEET_CELLS / 1_000_000) });
  }
  const texts: string[][] = [];
  const values: Cell[][] = [];
  const merges: MergedRange[] = [];
  let rows = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(TARGET_BLOCK_BYTES / (columnCount * FIRST_GUESS_CELL_BYTES))));
  for (let start = 0; start < rowCount;) {
    const count = Math.min(rows, rowCount - start);
    const block = worksheet.getRangeByIndexes(rowIndex + start, columnIndex, count, columnCount);
    block.load('text,values');
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error) || count === 1) throw error;
      rows = Math.max(1, Math.floor(count / 2));
      continue;
    }
    if (block.values === null || block.text === null) {
      if (count === 1) throw new ReportError('file-too-large', { part: worksheet.name, limitMb: 5 });
      rows = Math.max(1, Math.floor(count / 2));
      continue;
    }
    texts.push(...block.text);
    values.push(...(block.values as Cell[][]));
    const bytesPerRow = Math.max(1, blockBytes(block.text, block.values as Cell[][]) / count);
    if (options.mergedAreas) merges.push(...(await readMerges(context, worksheet, rowIndex + start, columnIndex, count, columnCount)));
    start += count;
    rows = Math.max(1, Math.min(MAX_BLOCK_ROWS, Math.floor(TARGET_BLOCK_BYTES / bytesPerRow)));
  }
  // an area across a block boundary comes back with both blocks: kept once
  const unique = [...new Map(merges.map((m) => [`${m.top},${m.left},${m.bottom},${m.right}`, m])).values()];
  return { sheet: worksheet.name, origin: options.origin, rows: toRows(texts, values, rowIndex, columnIndex), merges: unique, visibility };
}

/**
 * A block's merged areas in a request of their own. A block Excel refuses (more than 512 merged
 * areas) is split in halves; a single row still refused keeps no merges (its cells read as written).
 */
async function readMerges(context: Excel.RequestContext, worksheet: Excel.Worksheet, top: number, left: number, rows: number, cols: number): Promise<MergedRange[]> {
  const merged = worksheet.getRangeByIndexes(top, left, rows, cols).getMergedAreasOrNullObject();
  merged.load('address');
  try {
    await context.sync();
  } catch (error) {
    if (rows === 1 || isReportError(error)) return [];
    const half = Math.floor(rows / 2);
    return [...(await readMerges(context, worksheet, top, left, half, cols)), ...(await readMerges(context, worksheet, top + half, left, rows - half, cols))];
  }
  return merged.isNullObject ? [] : toMerges(merged.address);
}
