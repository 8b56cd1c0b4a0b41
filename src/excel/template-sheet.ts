import { columnLetter, DATA_ROWS, DIRECTORY_SHEET, makeTemplate, uniqueName } from '../app/template-layout';
import type { WorkbookChoice } from '../host/host';

export { DATA_ROWS, DIRECTORY_SHEET } from '../app/template-layout';

/**
 * A blank report sheet for a template: header styled and frozen, columns sized, 进展状态 with an
 * in-cell dropdown of the allowed statuses, and 牵头部门 suggestions from the units directory (a
 * dropdown that still accepts typed text, since a task may have several units). One sync.
 */
export async function insertTemplateSheet(context: Excel.RequestContext, choice: WorkbookChoice): Promise<string> {
  const { template, directory } = choice;
  const sheets = context.workbook.worksheets;
  sheets.load('items/name');
  await context.sync();
  const taken = sheets.items.map((s) => s.name);
  const name = uniqueName(template.title.slice(0, 31), taken);
  const sheet = sheets.add(name);
  // the layout every host shares: the columns every report must have, their widths, statuses, units
  const { columns, widths, statuses, units } = makeTemplate(template, directory, 'required');
  const labels = columns.map((c) => c.label);
  const header = sheet.getRangeByIndexes(0, 0, 1, labels.length);
  header.values = [labels];
  header.format.font.bold = true;
  header.format.fill.color = '#D9E1F2';
  header.format.wrapText = true;
  header.format.horizontalAlignment = 'Center';
  sheet.freezePanes.freezeRows(1);
  columns.forEach((column, i) => {
    const body = sheet.getRangeByIndexes(1, i, DATA_ROWS, 1);
    body.format.columnWidth = (widths[i] ?? 20) * 7.5;
    body.format.wrapText = true;
    body.format.verticalAlignment = 'Top';
    if (column.kind === 'status' && statuses.length > 0) {
      body.dataValidation.rule = { list: { inCellDropDown: true, source: statuses.join(',') } };
      body.dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: '进展状态', message: `请从下拉列表中选择：${statuses.join('、')}` };
    }
    if (column.kind === 'units' && units.length > 0) {
      const listName = uniqueName(DIRECTORY_SHEET, taken);
      const list = sheets.add(listName);
      list.getRangeByIndexes(0, 0, units.length, 1).values = units.map((name) => [name]);
      list.visibility = 'Hidden';
      body.dataValidation.rule = { list: { inCellDropDown: true, source: `='${listName}'!$A$1:$A$${units.length}` } };
      body.dataValidation.errorAlert = { showAlert: false, style: 'Information', title: '牵头部门', message: '可从名录中选择，也可输入多个单位，用“、”分隔。' };
    }
  });
  sheet.getRange(`A1:${columnLetter(labels.length - 1)}1`).format.rowHeight = 28;
  sheet.activate();
  await context.sync();
  return name;
}
