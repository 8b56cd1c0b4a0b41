import { ReportError } from '../core/errors';
import { toBase64 } from './base64';

/**
 * Downloads in Excel on Mac: the webview ignores `<a download>` of a blob (office-js #2700, #3385), so
 * a workbook is opened through `Excel.createWorkbook` with the very same bytes, and the clerk saves it
 * from Excel. Only workbooks can travel that way; anything else is refused with a message.
 */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function needsOfficeSaver(platform: unknown, macType: unknown): boolean {
  return platform !== undefined && platform === macType;
}

export function officeSaver(createWorkbook: (base64: string) => Promise<void>) {
  return async (bytes: Uint8Array, fileName: string, type: string): Promise<void> => {
    if (type !== XLSX_TYPE) throw new ReportError('download-unsupported', { name: fileName });
    await createWorkbook(toBase64(bytes));
  };
}
