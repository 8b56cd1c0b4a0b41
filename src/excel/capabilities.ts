import type { HostCapabilities } from '../host/host';

/**
 * The manifest declares ExcelApi 1.8 (Excel 2019 and later); everything above it is detected here
 * at run time and degrades when absent.
 */
export const MINIMUM_EXCEL_API = '1.8';

export type ApiCheck = (version: string) => boolean;

export function officeApiCheck(): ApiCheck {
  return (version) => typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

export interface ExcelFeatures extends HostCapabilities {
  /** RangeAreas (ExcelApi 1.9): marks written a batch at a time instead of cell by cell. */
  rangeAreas: boolean;
  /** Merged areas of a range (ExcelApi 1.13); without it merged cells read as written. */
  mergedAreas: boolean;
}

export function detectFeatures(supports: ApiCheck): ExcelFeatures {
  return {
    annotation: supports('1.18') ? 'note' : supports('1.10') ? 'comment' : 'none',
    insertSheets: supports('1.13'),
    createWorkbook: supports('1.8'),
    rangeAreas: supports('1.9'),
    mergedAreas: supports('1.13'),
  };
}
