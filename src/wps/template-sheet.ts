import { columnLetter, DATA_ROWS, DIRECTORY_SHEET, makeTemplate } from '../app/template-layout';
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
export { DATA_ROWS, DIRECTORY_SHEET } from '../app/template-layout';
export const HEADER_FILL = '#D9E1F2';

export function insertTemplateSheet(app: WpsApplication, book: WpsWorkbook, choice: WorkbookChoice): string {
  const { template, directory } = choice;
  // the layout every host shares: the columns every report must have, their widths, statuses, units
  const { columns, widths, statuses, units } = makeTemplate(template, directory, 'required');
  const sheet = addSheetAtEnd(book, template.title);
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
    body.ColumnWidth = widths[i] ?? 20;
    body.WrapText = true;
    body.VerticalAlignment = XL_V_ALIGN_TOP;
    if (column.kind === 'status' && statuses.length > 0) {
      body.Validation.Delete();
      body.Validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_STOP, XL_BETWEEN, statuses.join(','));
      body.Validation.InCellDropdown = true;
      body.Validation.ErrorTitle = '进展状态';
      body.Validation.ErrorMessage = `请从下拉列表中选择：${statuses.join('、')}`;
    }
    if (column.kind === 'units' && units.length > 0) {
      const list = addSheetAtEnd(book, DIRECTORY_SHEET);
      list.Range(`A1:A${units.length}`).Value2 = units.map((name) => [name]);
      list.Visible = XL_SHEET_HIDDEN;
      body.Validation.Delete();
      body.Validation.Add(XL_VALIDATE_LIST, XL_VALID_ALERT_INFORMATION, XL_BETWEEN, `='${list.Name}'!$A$1:$A$${units.length}`);
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
