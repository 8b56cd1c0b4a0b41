/// <reference types="wps-jsapi" />
/**
 * The part of the WPS 表格 (ET) object model this add-in uses, as it behaves on `window.Application`
 * inside a WPS 加载项 page. (Doc pages are cited without their scheme: the source names no outside host.)
 *
 * The names come from `wps-jsapi` (Kingsoft's TypeScript description of the object model, namespace
 * `Et`): the checks at the end of this file fail to compile if a member used here is not declared
 * there. The shapes do not come from it: those typings are generated from the COM type library, so
 * parameterised properties appear as `void` methods (`Range(Cell1?, Cell2?, RHS?): void`,
 * `Item(...): void`) and `Value2` as `number`. The shapes below are the documented ones of the ET
 * object model, which follows Excel's (learn.microsoft.com/office/vba/api/excel.range(object)):
 * - `Cells.Item(row, column)` and `Worksheets.Item(n)` count from 1; `Worksheets.Item(name)` throws
 *   for an unknown name;
 * - `Value2` is a scalar for one cell and a 2-D array (rows of cells) for several;
 *   an empty cell reads `undefined` (VBA's Empty);
 * - `Text` is the text the cell shows (number format applied; `####` when the column is too narrow);
 * - colours are BGR numbers (`Interior.Color`: red + green·256 + blue·65536,
 *   learn.microsoft.com/office/vba/api/excel.interior.color); a cell without fill has
 *   `Interior.Pattern === xlNone` (−4142) and still reads `Color` 16777215 (white);
 * - `Comment` is `null` when the cell has none, and `AddComment` throws when it already has one
 *   (learn.microsoft.com/office/vba/api/excel.range.addcomment).
 */
export type CellValue = string | number | boolean | null | undefined;
/** What `Value2` holds: one value for a single cell, rows of values for a larger range. */
export type Value2 = CellValue | CellValue[][];

export const XL_NONE = -4142;
export const XL_SOLID = 1;
/** `Worksheet.Visible`: xlSheetVisible, xlSheetHidden, xlSheetVeryHidden. */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
/** `Validation.Add(Type, AlertStyle, Operator, Formula1)`: xlValidateList, xlValidAlertStop / xlValidAlertInformation, xlBetween. */
export const XL_VALIDATE_LIST = 3;
export const XL_VALID_ALERT_STOP = 1;
export const XL_VALID_ALERT_INFORMATION = 3;
export const XL_BETWEEN = 1;
export const XL_H_ALIGN_CENTER = -4108;
export const XL_V_ALIGN_TOP = -4160;

export interface WpsInterior {
  Color: number;
  ColorIndex: number;
  Pattern: number;
}

export interface WpsComment {
  /** `Comment.Text()` returns the comment's text (the method also sets it when given one). */
  Text(): string;
  Delete(): void;
}

export interface WpsFont {
  Bold: boolean;
}

export interface WpsValidation {
  Add(type: number, alertStyle: number, operator: number, formula1: string): void;
  Delete(): void;
  InCellDropdown: boolean;
  IgnoreBlank: boolean;
  ShowError: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
}

export interface WpsRange {
  Value2: Value2;
  readonly Text: string | null;
  readonly HasFormula: boolean | null;
  /** 1-based row and column of the range's first cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Count: number;
  readonly Rows: WpsRange;
  readonly Columns: WpsRange;
  /** 1-based, relative to the range's first cell. */
  Item(row: number, column?: number): WpsRange;
  /** `Address(false, false)`: `A1:B2` without `$`. */
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  /** true when every cell is in a merged area, false when none is, null when some are. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: WpsRange;
  Merge(): void;
  readonly Interior: WpsInterior;
  readonly Font: WpsFont;
  readonly Comment: WpsComment | null;
  AddComment(text: string): WpsComment;
  readonly Validation: WpsValidation;
  ColumnWidth: number;
  RowHeight: number;
  WrapText: boolean;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  Select(): void;
  readonly Worksheet: WpsWorksheet;
}

export interface WpsWorksheet {
  Name: string;
  Visible: number;
  readonly Index: number;
  readonly UsedRange: WpsRange;
  Range(address: string): WpsRange;
  readonly Cells: WpsRange;
  Activate(): void;
}

export interface WpsWorksheets {
  readonly Count: number;
  Item(index: number | string): WpsWorksheet;
  /** `Add(Before, After)`: the new sheet goes after `after` when given. */
  Add(before?: WpsWorksheet, after?: WpsWorksheet): WpsWorksheet;
}

export interface WpsWorkbook {
  readonly Name: string;
  readonly FullName: string;
  readonly Worksheets: WpsWorksheets;
  readonly ActiveSheet: WpsWorksheet;
}

export interface WpsWorkbooks {
  readonly Count: number;
  Add(): WpsWorkbook;
}

export interface WpsWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

/**
 * `PluginStorage`: a key-value store shared by every page of one add-in while WPS runs
 * (wps-jsapi `wps.PluginStorage`; jishuzhan.net/article/1957006976491237377 shows it on
 * `window.Application.PluginStorage`). Values are strings.
 */
export interface WpsPluginStorage {
  setItem(key: string, value: string): void;
  getItem(key: string): string | null | undefined;
  removeItem(key: string): void;
}

export interface WpsApplication {
  readonly ActiveWorkbook: WpsWorkbook | null;
  readonly ActiveSheet: WpsWorksheet | null;
  readonly ActiveWindow: WpsWindow;
  readonly Workbooks: WpsWorkbooks;
  readonly PluginStorage: WpsPluginStorage;
}

/** A task pane made by `wps.CreateTaskPane(url, title)`; shown by setting `Visible`. */
export interface WpsTaskPane {
  readonly ID: number;
  Visible: boolean;
  /** msoCTPDockPosition: 0 left, 1 top, 2 right, 3 bottom, 4 floating. */
  DockPosition: number;
  Navigate(url: string): void;
}

/**
 * The `wps` global of an add-in page: task panes by absolute URL, found again by `ID`
 * (blog.csdn.net/lzy2213811239/article/details/126776114 keeps the ID in PluginStorage).
 */
export interface WpsGlobal {
  CreateTaskPane(url: string, title: string): WpsTaskPane;
  GetTaskPane(id: number): WpsTaskPane;
  readonly PluginStorage: WpsPluginStorage;
}

export const MSO_CTP_DOCK_POSITION_RIGHT = 2;

// Compile-time checks: every member named above is one wps-jsapi declares.
type Undeclared<Ours, Theirs> = Exclude<keyof Ours, keyof Theirs>;
type MustBeNever<T extends never> = T;
export type WpsApiNameChecks = [
  MustBeNever<Undeclared<WpsRange, Et.EtRange>>,
  MustBeNever<Undeclared<WpsInterior, Et.EtInterior>>,
  MustBeNever<Undeclared<WpsComment, Et.EtComment>>,
  MustBeNever<Undeclared<WpsFont, Et.EtFont>>,
  MustBeNever<Undeclared<WpsValidation, Et.EtValidation>>,
  MustBeNever<Undeclared<WpsWorksheet, Et.EtWorksheet>>,
  MustBeNever<Undeclared<WpsWorksheets, Et.EtWorksheets>>,
  MustBeNever<Undeclared<WpsWorkbook, Et.EtWorkbook>>,
  MustBeNever<Undeclared<WpsWorkbooks, Et.EtWorkbooks>>,
  MustBeNever<Undeclared<WpsWindow, Et.EtWindow>>,
  MustBeNever<Undeclared<WpsPluginStorage, typeof wps.PluginStorage>>,
  MustBeNever<Undeclared<WpsTaskPane, wps.CustomTaskpane>>,
  MustBeNever<Undeclared<WpsGlobal, typeof wps>>,
  MustBeNever<Exclude<Exclude<keyof WpsApplication, 'PluginStorage'>, keyof Et.EtApplication>>,
];
