import type { Grid } from '../core/grid';
import type { Template, UnitEntry } from '../core/template/schema';
import { validateWorkbook, ValidateOptions, WorkbookReport } from '../core/validate';

/**
 * 检查 of sheets already read (the open workbook in Excel, a file in the page). Core only, so the
 * task pane's first script can hold it without any file reader.
 */
export interface CheckOptions {
  /** The template; detected from the header when not given. */
  template?: Template;
  directory?: readonly UnitEntry[];
}

export function validateOptions(options: CheckOptions): ValidateOptions {
  return { ...(options.template ? { template: options.template } : {}), ...(options.directory ? { directory: [...options.directory] } : {}) };
}

export function checkSheet(grids: readonly Grid[], options: CheckOptions = {}): WorkbookReport {
  return validateWorkbook(grids, validateOptions(options));
}
