import type { Template, UnitEntry } from '../core/template/schema';
import { writeXlsx } from '../io/xlsx-writer';
import { makeTemplate } from './template-layout';

export * from './template-layout';

/** The blank template as a workbook to download. */
export function blankTemplateWorkbook(template: Template, directory?: readonly UnitEntry[]): Promise<Uint8Array> {
  const blank = makeTemplate(template, directory);
  const statusCol = blank.columns.findIndex((c) => c.kind === 'status');
  return writeXlsx([
    {
      name: blank.sheetName,
      rows: [blank.columns.map((c) => c.label)],
      headerRow: 0,
      widths: blank.widths,
      ...(statusCol >= 0 && blank.statuses.length > 0 ? { dropdown: { col: statusCol, values: blank.statuses } } : {}),
    },
  ]);
}
