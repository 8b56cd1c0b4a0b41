import { columnLetter } from '../core/address';
import { allowedStatuses } from '../core/status';
import type { WorkbookChoice } from '../host/host';
import { hexToBgr } from './colours';
import { addSheetAtEnd } from './sheets';
import type { WpsApplication, WpsWorkbook } from './wps-api';
import { XL_BETWEEN, XL_H_ALIGN_CENTER, XL_SHEET_HIDDEN, XL_V_ALIGN_TOP, XL_VALID_ALERT_INFORMATION, XL_VALID_ALERT_STOP, XL_VALIDATE_LIST } from './wps-api';

/**
 * A blank report sheet for a template, as in Excel: header bold on a light fill and frozen, columns
 * sized, 进展状态 with an in-cell dropdown of the allowed statuses (`Validation.Add` with
 * xlValidateList and a comma-separated `Formula1`,
 * learn.microsoft.com/office/vba/api/excel.validation.add), and 牵头部门 suggestions from
 * the units directory (a list on a hidden sheet; typed text still accepted, since a task may have
 * several units).
 */
export const DATA_ROWS = 500;
export const DIRECTORY_SHEET = '单位名录';
export const HEADER_FILL = '#D9E1F2';
const WIDTHS: Record<string, number> = { seq: 6, task: 40, progress: 60, units: 20, status: 12, text: 30 };

export function insertTemplateSheet(app: WpsApplication, book: WpsWorkbook, choice: WorkbookChoice): string {
  const { template, directory } = choice;
  const sheet = addSheetAtEnd(book, template.title);
  const columns = template.columns.filter((c) => c.required); // the blank sheet has the columns every report must have
  const last = columnLetter(columns.length - 1);
  const header = sheet.Range(`A1:${last}1`);
  header.Value2 = [columns.map((c) => c.label)];
  header.Font.Bold = true;
  header.Interior.Color = hexToBgr(HEADER_FILL);
  header.WrapText = true;
  header.HorizontalAlignment = XL_H_ALIGN_CENTER;
  header.RowHeight = 28;
  columns.forEach((column, i) => {
    const letter = columnLetter(i);
    const body = sheet.Range(`${letter}2:${letter}${DATA_ROWS + 1}`);
    body.ColumnWidth = WIDTHS[column.kind] ?? 20;
    body.WrapText = true;
    body.VerticalAlignment = XL_V_ALIGN_TOP;
    if (column.kind === 'status' && template.statuses.length > 0) {
      const statuses = allowedStatuses(template);
      body.Validation.Delete();
      body.Validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, statuses.join(','));
      body.Validation.InCellDropdown = true;
      body.Validation.ErrorTitle = '进展状态';
      body.Validation.ErrorMessage = `请从下拉列表中选择：${statuses.join('、')}`;
    }
    if (column.kind === 'units' && directory?.length) {
      const list = addSheetAtEnd(book, DIRECTORY_SHEET);
      list.Range(`A1:A${directory.length}`).Value2 = directory.map((d) => [d.name]);
      list.Visible = XL_SHEET_HIDDEN;
      body.Validation.Delete();
      body.Validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_INFORMATION, XL_BETWEEN, `='${list.Name}'!$A$1:$A$${directory.length}`);
      body.Validation.InCellDropdown = true;
      body.Validation.ShowError = false;
    }
  });
  sheet.Activate();
  // the header stays in view: split below row 1 and freeze (the active window shows the new sheet)
  const window = app.ActiveWindow;
  window.SplitColumn = 0;
  window.SplitRow = 1;
  window.FreezePanes = true;
  return sheet.Name;
}
