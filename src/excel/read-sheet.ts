import type { Grid, MergedRange } from '../core/grid';
import { parseCellAddress } from '../core/address';
import { splitAreaAddresses } from './addresses';

/**
 * Reading a worksheet into a Grid. One batch: the used range's texts and values and its merged
 * areas are loaded together and fetched with one `context.sync`, whatever the sheet's size. A sheet
 * too large for one response (Excel on the web limits a request to 5 MB) is read again in row blocks.
 */
export const BLOCK_ROWS = 5000;
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
  for (let r = 0; r < values.length; r++) {
    const row: string[] = new Array(columnIndex).fill('');
    for (let c = 0; c < values[r].length; c++) row.push(displayText(texts[r]?.[c], values[r][c]));
    rows.push(row);
  }
  return rows;
}

function toMerges(address: string | undefined): MergedRange[] {
  if (!address) return [];
  return splitAreaAddresses(address).flatMap((area) => {
    const [from, to] = area.split(':');
    const a = parseCellAddress(from);
    const b = parseCellAddress(to ?? from);
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

/** Queues the loads for one sheet; the returned function builds the grid once the batch has synced. */
function queueSheet(worksheet: Excel.Worksheet, options: ReadOptions): () => Grid {
  worksheet.load('name,visibility');
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount,text,values');
  const merged = options.mergedAreas ? used.getMergedAreasOrNullObject() : undefined;
  merged?.load('address');
  return () => {
    if (used.isNullObject) return { sheet: worksheet.name, origin: options.origin, rows: [], merges: [], visibility: visibilityOf(worksheet) };
    return {
      sheet: worksheet.name,
      origin: options.origin,
      rows: toRows(used.text, used.values as Cell[][], used.rowIndex, used.columnIndex),
      merges: toMerges(merged && !merged.isNullObject ? merged.address : undefined),
      visibility: visibilityOf(worksheet),
    };
  };
}

/** Reads several sheets in one batch; when the batch is too large, each sheet on its own. */
export async function readWorksheets(context: Excel.RequestContext, worksheets: readonly Excel.Worksheet[], options: ReadOptions): Promise<Grid[]> {
  const pending = worksheets.map((ws) => queueSheet(ws, options));
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    const grids: Grid[] = [];
    for (const ws of worksheets) grids.push(await readWorksheet(context, ws, options));
    return grids;
  }
  return pending.map((build) => build());
}

export async function readWorksheet(context: Excel.RequestContext, worksheet: Excel.Worksheet, options: ReadOptions): Promise<Grid> {
  const build = queueSheet(worksheet, options);
  try {
    await context.sync();
  } catch (error) {
    if (!isPayloadError(error)) throw error;
    return readInBlocks(context, worksheet, options);
  }
  return build();
}

/** The fallback for very large sheets: the shape first, then blocks of rows, one sync each. */
async function readInBlocks(context: Excel.RequestContext, worksheet: Excel.Worksheet, options: ReadOptions): Promise<Grid> {
  worksheet.load('name,visibility');
  const used = worksheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex,columnIndex,rowCount,columnCount');
  const merged = options.mergedAreas ? used.getMergedAreasOrNullObject() : undefined;
  merged?.load('address');
  await context.sync();
  const visibility = visibilityOf(worksheet);
  if (used.isNullObject) return { sheet: worksheet.name, origin: options.origin, rows: [], merges: [], visibility };
  const texts: string[][] = [];
  const values: Cell[][] = [];
  for (let start = 0; start < used.rowCount; start += BLOCK_ROWS) {
    const block = worksheet.getRangeByIndexes(used.rowIndex + start, used.columnIndex, Math.min(BLOCK_ROWS, used.rowCount - start), used.columnCount);
    block.load('text,values');
    await context.sync(); // one block per request keeps each response under the size limit
    texts.push(...block.text);
    values.push(...(block.values as Cell[][]));
  }
  return {
    sheet: worksheet.name,
    origin: options.origin,
    rows: toRows(texts, values, used.rowIndex, used.columnIndex),
    merges: toMerges(merged && !merged.isNullObject ? merged.address : undefined),
    visibility,
  };
}
