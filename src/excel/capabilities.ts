import type { HostCapabilities } from '../host/host';

/**
 * The manifest declares ExcelApi 1.8 (Excel 2019 retail, Office 2021 and later, Microsoft 365);
 * everything above it is detected here at run time and degrades when absent. A member counts only
 * when the host supports its set AND the loaded office.js has it: the npm office.js lacks
 * `Worksheet.notes` although Microsoft 365 answers `isSetSupported('ExcelApi', '1.18')`.
 */
export const MINIMUM_EXCEL_API = '1.8';

export type ApiCheck = (version: string) => boolean;
/** Whether office.js defines `member` on `Excel[className].prototype` (`Excel` itself for functions). */
export type MemberCheck = (className: string, member: string) => boolean;

export function officeApiCheck(): ApiCheck {
  return (version) => typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', version) === true;
}

export function officeMemberCheck(): MemberCheck {
  return (className, member) => {
    if (typeof Excel === 'undefined') return false;
    if (className === 'Excel') return typeof (Excel as unknown as Record<string, unknown>)[member] === 'function';
    const klass = (Excel as unknown as Record<string, { prototype?: object } | undefined>)[className];
    return typeof klass?.prototype === 'object' && member in klass.prototype;
  };
}

export interface ExcelFeatures extends HostCapabilities {
  /** RangeAreas and RangeFill.pattern (ExcelApi 1.9): marks a batch at a time; a fill's pattern readable. */
  rangeAreas: boolean;
  /** Merged areas of a range (ExcelApi 1.13); without it merged cells read as written. */
  mergedAreas: boolean;
  /** Why a feature is missing, for the pane: one line each (empty when everything is there). */
  missing: MissingFeature[];
}

export type MissingFeature = 'notes-not-in-office-js' | 'no-notes-or-comments' | 'no-merged-areas' | 'no-insert-sheets';

export function detectFeatures(supports: ApiCheck, has: MemberCheck = () => true): ExcelFeatures {
  const missing: MissingFeature[] = [];
  const notes = supports('1.18') && has('Worksheet', 'notes') && has('NoteCollection', 'add');
  if (supports('1.18') && !notes) missing.push('notes-not-in-office-js');
  const comments = supports('1.10') && has('Workbook', 'comments');
  if (!notes && !comments) missing.push('no-notes-or-comments');
  const mergedAreas = supports('1.13') && has('Range', 'getMergedAreasOrNullObject');
  if (!mergedAreas) missing.push('no-merged-areas');
  const insertSheets = supports('1.13') && has('Workbook', 'insertWorksheetsFromBase64');
  if (!insertSheets) missing.push('no-insert-sheets');
  return {
    annotation: notes ? 'note' : comments ? 'comment' : 'none',
    insertSheets,
    createWorkbook: supports('1.8') && has('Excel', 'createWorkbook'),
    rangeAreas: supports('1.9') && has('Worksheet', 'getRanges'),
    mergedAreas,
    missing,
  };
}

/** The features of the Excel the pane runs in. */
export function currentFeatures(): ExcelFeatures {
  return detectFeatures(officeApiCheck(), officeMemberCheck());
}

/** One Chinese line per missing feature, shown in the pane so a clerk knows what this Excel cannot do. */
export const MISSING_FEATURE_TEXT: Record<MissingFeature, string> = {
  'notes-not-in-office-js': '当前加载的 office.js 不含“备注”接口，标记时改用批注或仅填充底色。',
  'no-notes-or-comments': '此版本 Excel 不支持由加载项添加备注或批注（需 ExcelApi 1.10 以上），标记时只填充底色。',
  'no-merged-areas': '此版本 Excel 不能读取合并单元格（需 ExcelApi 1.13 以上），合并单元格按各格原样检查。',
  'no-insert-sheets': '此版本 Excel 不能把汇总表插入本工作簿（需 ExcelApi 1.13 以上），请选择新建工作簿或下载。',
};
