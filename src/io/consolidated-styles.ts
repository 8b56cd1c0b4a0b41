import type { Alignment, Borders, Fill, Font, Style } from 'exceljs';

/**
 * The cell styles of the written workbooks, each built once per workbook and shared by every cell
 * of its kind: ExcelJS recognises a style object it has already written and reuses its id, so a
 * 100,000-row sheet costs one style lookup per cell instead of one serialisation. A shared style
 * must never be mutated through a cell (`cell.font = …` writes into it); assign `cell.style`.
 *
 * Fonts follow official documents: 黑体 for the title and headers, 仿宋_GB2312 for the text of 汇总,
 * 宋体 for the tables of the other sheets.
 */
export const BODY_FONT_SIZE = 12;
export const TABLE_FONT_SIZE = 11;

const GB2312 = 134;
const THIN: Partial<Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
const HEADER_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

function font(name: string, size: number, bold = false): Partial<Font> {
  return { name, size, charset: GB2312, ...(bold ? { bold: true } : {}) };
}

function style(parts: Partial<Style>): Partial<Style> {
  return parts;
}

export interface WorkbookStyles {
  title: Partial<Style>;
  header: Partial<Style>;
  /** Wrapped text, top-left: tasks, progress, messages. */
  text: Partial<Style>;
  /** Short values centred: 序号, status, counts. */
  centre: Partial<Style>;
  /** The 合计 row. */
  total: Partial<Style>;
  /** A status cell filled with the status's colour (one style per colour). */
  status(colour: string | undefined): Partial<Style>;
  /** Wrapped text on a coloured line (one style per colour). */
  filledText(colour: string): Partial<Style>;
}

export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** The styles for one sheet kind: 汇总 uses 仿宋_GB2312 12 pt, the other sheets 宋体 11 pt. */
export function workbookStyles(body: 'document' | 'table'): WorkbookStyles {
  const bodyFont = body === 'document' ? font('仿宋_GB2312', BODY_FONT_SIZE) : font('宋体', TABLE_FONT_SIZE);
  const wrapTop: Partial<Alignment> = { wrapText: true, vertical: 'top', horizontal: 'left' };
  const centred: Partial<Alignment> = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  const centre = style({ font: bodyFont, alignment: centred, border: THIN });
  const memo = new Map<string, Partial<Style>>();
  const filled = (kind: 'centre' | 'text', alignment: Partial<Alignment>, colour: string): Partial<Style> => {
    const key = `${kind} ${colour}`;
    let found = memo.get(key);
    if (!found) {
      found = style({ font: bodyFont, alignment, border: THIN, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour) } } });
      memo.set(key, found);
    }
    return found;
  };
  return {
    title: style({ font: font('黑体', 18), alignment: { horizontal: 'center', vertical: 'middle', wrapText: true } }),
    header: style({ font: font('黑体', body === 'document' ? BODY_FONT_SIZE : TABLE_FONT_SIZE), alignment: centred, border: THIN, fill: HEADER_FILL }),
    text: style({ font: bodyFont, alignment: wrapTop, border: THIN }),
    centre,
    total: style({ font: { ...bodyFont, bold: true }, alignment: centred, border: THIN }),
    status: (colour) => (colour ? filled('centre', centred, colour) : centre),
    filledText: (colour) => filled('text', wrapTop, colour),
  };
}
