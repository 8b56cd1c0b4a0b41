/**
 * A strict double of WPS 表格's object model (`window.Application`) and of the `wps` global of a
 * WPS 加载项 page. It implements only the members src/wps/wps-api.ts declares, with their documented
 * shapes, and throws on anything else (a Proxy around every object):
 * - `Cells.Item(r, c)`, `Range.Item(r, c)` and `Worksheets.Item(n)` count from 1; 0 throws;
 *   `Worksheets.Item(name)` throws for an unknown name;
 * - `Value2` is a scalar for one cell and a 2-D array for several; an empty cell reads `undefined`;
 *   writing an array of another shape throws; `Text` of several cells that differ is `null`;
 * - colours are BGR numbers; an unfilled cell reads `Color` 16777215 with `Pattern` xlNone (−4142),
 *   and `ColorIndex = xlNone` removes the fill;
 * - `AddComment` throws when the cell has a comment; `Validation.Add` throws where a validation
 *   exists (delete first); `Select` throws unless the cell's sheet is active; `Merge` throws where a
 *   cell other than the first holds a value (WPS would stop and ask).
 * Self-contained (no imports): the browser test transpiles this file and injects it into the page.
 */
export type DoubleValue = string | number | boolean | undefined;

export interface DoubleSheetSpec {
  name: string;
  rows: (string | number | boolean | null)[][];
  /** Merged areas as A1 references, e.g. `A1:E1`. */
  merges?: string[];
  /** Displayed texts that differ from the value (number formats): `{ C3: '2021/6/30' }`. */
  texts?: Record<string, string>;
  formulas?: Record<string, string>;
  /** Own fills as BGR numbers. */
  fills?: Record<string, number>;
  comments?: Record<string, string>;
  visible?: number;
}

export interface DoubleValidation {
  area: Area;
  type: number;
  alertStyle: number;
  operator: number;
  formula1: string;
  inCellDropdown: boolean;
  showError: boolean;
  ignoreBlank: boolean;
  errorTitle: string;
  errorMessage: string;
}

export interface DoubleSheet {
  name: string;
  visible: number;
  cells: Map<string, DoubleValue>;
  texts: Map<string, string>;
  formulas: Map<string, string>;
  fills: Map<string, number>;
  comments: Map<string, string>;
  merges: Area[];
  validations: DoubleValidation[];
  bold: Set<string>;
  columnWidths: Map<number, number>;
}

export interface DoubleBook {
  name: string;
  fullName: string;
  sheets: DoubleSheet[];
  active: DoubleSheet;
  window: { SplitRow: number; SplitColumn: number; FreezePanes: boolean };
}

export interface DoubleTaskPane {
  ID: number;
  url: string;
  title: string;
  Visible: boolean;
  DockPosition: number;
}

export interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const XL_NONE = -4142;
const WHITE = 16777215;
/** Members a caller may probe without using the object model (promises, JSON, jest's printer). */
const PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@']);

function strict<T extends object>(label: string, target: T): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === 'symbol' || prop in t) return Reflect.get(t, prop, receiver);
      if (PROBES.has(prop)) return undefined;
      throw new TypeError(`WPS double: ${label} has no member "${prop}"`);
    },
    set(t, prop, value, receiver) {
      let owner: object | null = t;
      let descriptor: PropertyDescriptor | undefined;
      while (owner && !descriptor) {
        descriptor = Object.getOwnPropertyDescriptor(owner, prop);
        owner = Object.getPrototypeOf(owner);
      }
      if (!descriptor || (!descriptor.set && !descriptor.writable)) throw new TypeError(`WPS double: ${label}.${String(prop)} cannot be set`);
      return Reflect.set(t, prop, value, receiver);
    },
  });
}

function fail(message: string): never {
  throw new Error(`WPS double: ${message}`);
}

function letters(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) fail(`"${ref}" is not an A1 reference`);
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

export function parseArea(address: string): Area {
  const [from, to, extra] = address.split(':');
  if (extra !== undefined || from === undefined) fail(`"${address}" is not a range address`);
  const a = parseRef(from);
  const b = to === undefined ? a : parseRef(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

const key = (r: number, c: number): string => `${r},${c}`;
const ref = (r: number, c: number): string => `${letters(c)}${r}`;
const inside = (a: Area, r: number, c: number): boolean => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;
const overlaps = (a: Area, b: Area): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

function checkValue(value: unknown): DoubleValue {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return fail(`a cell cannot hold ${Object.prototype.toString.call(value)}`);
}

function sheetFromSpec(spec: DoubleSheetSpec): DoubleSheet {
  const sheet: DoubleSheet = {
    name: spec.name,
    visible: spec.visible ?? -1,
    cells: new Map(),
    texts: new Map(),
    formulas: new Map(),
    fills: new Map(),
    comments: new Map(),
    merges: (spec.merges ?? []).map(parseArea),
    validations: [],
    bold: new Set(),
    columnWidths: new Map(),
  };
  spec.rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && sheet.cells.set(key(r + 1, c + 1), v)));
  const byRef = (record: Record<string, unknown> | undefined, into: Map<string, unknown>): void => {
    for (const [a, v] of Object.entries(record ?? {})) {
      const { row, col } = parseRef(a);
      into.set(key(row, col), v);
    }
  };
  byRef(spec.texts, sheet.texts);
  byRef(spec.formulas, sheet.formulas);
  byRef(spec.fills, sheet.fills);
  byRef(spec.comments, sheet.comments);
  return sheet;
}

export interface WpsDouble {
  Application: unknown;
  wps: unknown;
  books: DoubleBook[];
  storage: Map<string, string>;
  taskpanes: DoubleTaskPane[];
  selection(): { sheet: string; address: string } | undefined;
  /** A sheet of the active workbook, for assertions. */
  sheet(name: string): DoubleSheet;
  /** A cell's value by A1 reference. */
  value(sheet: string, cell: string): DoubleValue;
}

export function createWpsDouble(options: { sheets: DoubleSheetSpec[]; fullName?: string; active?: string }): WpsDouble {
  const storage = new Map<string, string>();
  const taskpanes: DoubleTaskPane[] = [];
  const books: DoubleBook[] = [];
  let activeBook: DoubleBook | undefined;
  let selected: { sheet: string; address: string } | undefined;

  const newBook = (name: string, fullName: string, sheets: DoubleSheet[]): DoubleBook => {
    const book: DoubleBook = { name, fullName, sheets, active: sheets[0] ?? fail(`a workbook has at least one sheet: ${name}`), window: { SplitRow: 0, SplitColumn: 0, FreezePanes: false } };
    books.push(book);
    activeBook = book;
    return book;
  };
  const first = newBook(options.fullName?.split(/[\\/]/).pop() ?? '报表.xlsx', options.fullName ?? 'C:\\报表\\报表.xlsx', options.sheets.map(sheetFromSpec));
  if (options.active) first.active = first.sheets.find((s) => s.name === options.active) ?? fail(`no sheet ${options.active}`);

  const cellsOf = (a: Area): [number, number][] => {
    const out: [number, number][] = [];
    for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push([r, c]);
    return out;
  };
  const same = <T>(values: T[]): T | null => {
    const [head] = values;
    return head !== undefined && values.every((v) => v === head) ? head : null;
  };

  function displayed(sheet: DoubleSheet, r: number, c: number): string {
    const text = sheet.texts.get(key(r, c));
    if (text !== undefined) return text;
    const v = sheet.cells.get(key(r, c));
    return v === undefined ? '' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : String(v);
  }

  function writeCell(sheet: DoubleSheet, r: number, c: number, value: unknown): void {
    const v = checkValue(value);
    sheet.formulas.delete(key(r, c));
    sheet.texts.delete(key(r, c));
    if (v === undefined) sheet.cells.delete(key(r, c));
    else sheet.cells.set(key(r, c), v);
  }

  function validationsIn(sheet: DoubleSheet, area: Area): DoubleValidation[] {
    const found = sheet.validations.filter((v) => overlaps(v.area, area));
    if (found.length === 0) fail(`no validation on ${ref(area.top, area.left)}: call Validation.Add first`);
    return found;
  }

  function range(book: DoubleBook, sheet: DoubleSheet, area: Area): unknown {
    const single = area.top === area.bottom && area.left === area.right;
    const label = `Range(${ref(area.top, area.left)}${single ? '' : `:${ref(area.bottom, area.right)}`})`;
    const needSingle = (member: string): void => {
      if (!single) fail(`${label}.${member} is used on one cell here`);
    };
    const at = (row: number, col: number): unknown => {
      if (!Number.isInteger(row) || !Number.isInteger(col) || row < 1 || col < 1) fail(`${label}.Item(${row}, ${col}): indexes count from 1`);
      return range(book, sheet, { top: area.top + row - 1, left: area.left + col - 1, bottom: area.top + row - 1, right: area.left + col - 1 });
    };
    const width = area.right - area.left + 1;
    const lines = (kind: 'Rows' | 'Columns'): unknown =>
      strict(`${label}.${kind}`, {
        get Count() {
          return kind === 'Rows' ? area.bottom - area.top + 1 : width;
        },
        Item(i: number) {
          const count = kind === 'Rows' ? area.bottom - area.top + 1 : width;
          if (!Number.isInteger(i) || i < 1 || i > count) fail(`${label}.${kind}.Item(${i}) is outside 1..${count}`);
          return range(book, sheet, kind === 'Rows' ? { ...area, top: area.top + i - 1, bottom: area.top + i - 1 } : { ...area, left: area.left + i - 1, right: area.left + i - 1 });
        },
      });
    const validation = strict(`${label}.Validation`, {
      Add(type: number, alertStyle: number, operator: number, formula1: string) {
        if (typeof type !== 'number' || typeof formula1 !== 'string' || formula1 === '') fail('Validation.Add(Type, AlertStyle, Operator, Formula1) needs a type and a Formula1');
        if (sheet.validations.some((v) => overlaps(v.area, area))) fail(`${label} already has a validation: delete it first`);
        sheet.validations.push({ area: { ...area }, type, alertStyle, operator, formula1, inCellDropdown: true, showError: true, ignoreBlank: true, errorTitle: '', errorMessage: '' });
      },
      Delete() {
        sheet.validations = sheet.validations.filter((v) => !overlaps(v.area, area));
      },
      set InCellDropdown(v: boolean) {
        validationsIn(sheet, area).forEach((x) => (x.inCellDropdown = v));
      },
      set ShowError(v: boolean) {
        validationsIn(sheet, area).forEach((x) => (x.showError = v));
      },
      set IgnoreBlank(v: boolean) {
        validationsIn(sheet, area).forEach((x) => (x.ignoreBlank = v));
      },
      set ErrorTitle(v: string) {
        if (v.length > 32) fail('ErrorTitle is at most 32 characters');
        validationsIn(sheet, area).forEach((x) => (x.errorTitle = v));
      },
      set ErrorMessage(v: string) {
        if (v.length > 255) fail('ErrorMessage is at most 255 characters');
        validationsIn(sheet, area).forEach((x) => (x.errorMessage = v));
      },
    });
    const merged = (r: number, c: number): Area | undefined => sheet.merges.find((m) => inside(m, r, c));
    return strict(label, {
      get Value2(): unknown {
        if (single) return sheet.cells.get(key(area.top, area.left));
        const rows: DoubleValue[][] = [];
        for (let r = area.top; r <= area.bottom; r++) rows.push(Array.from({ length: width }, (_, i) => sheet.cells.get(key(r, area.left + i))));
        return rows;
      },
      set Value2(value: unknown) {
        if (!Array.isArray(value)) {
          cellsOf(area).forEach(([r, c]) => writeCell(sheet, r, c, value));
          return;
        }
        const height = area.bottom - area.top + 1;
        if (value.length !== height || value.some((row) => !Array.isArray(row) || row.length !== width)) fail(`${label}.Value2 takes a ${height}×${width} array`);
        (value as unknown[][]).forEach((row, r) => row.forEach((v, c) => writeCell(sheet, area.top + r, area.left + c, v)));
      },
      get Text() {
        return same(cellsOf(area).map(([r, c]) => displayed(sheet, r, c)));
      },
      get HasFormula() {
        return same(cellsOf(area).map(([r, c]) => sheet.formulas.has(key(r, c))));
      },
      get Row() {
        return area.top;
      },
      get Column() {
        return area.left;
      },
      get Count() {
        return cellsOf(area).length;
      },
      get Rows() {
        return lines('Rows');
      },
      get Columns() {
        return lines('Columns');
      },
      Item(row: number, col?: number) {
        if (col === undefined) return at(Math.floor((row - 1) / width) + 1, ((row - 1) % width) + 1);
        return at(row, col);
      },
      Address(rowAbsolute = true, columnAbsolute = true) {
        const one = (r: number, c: number): string => `${columnAbsolute ? '$' : ''}${letters(c)}${rowAbsolute ? '$' : ''}${r}`;
        return single ? one(area.top, area.left) : `${one(area.top, area.left)}:${one(area.bottom, area.right)}`;
      },
      get MergeCells() {
        return same(cellsOf(area).map(([r, c]) => merged(r, c) !== undefined));
      },
      get MergeArea() {
        const m = merged(area.top, area.left);
        return m ? range(book, sheet, m) : range(book, sheet, area);
      },
      Merge() {
        if (cellsOf(area).some(([r, c], i) => i > 0 && sheet.cells.has(key(r, c)))) fail(`${label}.Merge(): cells other than the first hold values (WPS would ask)`);
        sheet.merges = [...sheet.merges.filter((m) => !overlaps(m, area)), { ...area }];
      },
      get Interior() {
        return strict(`${label}.Interior`, {
          get Color() {
            return same(cellsOf(area).map(([r, c]) => sheet.fills.get(key(r, c)) ?? WHITE));
          },
          set Color(v: number | null) {
            if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 0xffffff) fail(`Interior.Color takes a BGR number, not ${String(v)}`);
            cellsOf(area).forEach(([r, c]) => sheet.fills.set(key(r, c), v));
          },
          get Pattern() {
            return same(cellsOf(area).map(([r, c]) => (sheet.fills.has(key(r, c)) ? 1 : XL_NONE)));
          },
          get ColorIndex(): number {
            return fail('Interior.ColorIndex is not read by the add-in (the palette is not modelled)');
          },
          set ColorIndex(v: number) {
            if (v !== XL_NONE) fail('only ColorIndex = xlNone (-4142) is modelled');
            cellsOf(area).forEach(([r, c]) => sheet.fills.delete(key(r, c)));
          },
        });
      },
      get Font() {
        return strict(`${label}.Font`, {
          get Bold() {
            return same(cellsOf(area).map(([r, c]) => sheet.bold.has(key(r, c))));
          },
          set Bold(v: boolean | null) {
            cellsOf(area).forEach(([r, c]) => (v ? sheet.bold.add(key(r, c)) : sheet.bold.delete(key(r, c))));
          },
        });
      },
      get Comment() {
        needSingle('Comment');
        const k = key(area.top, area.left);
        if (!sheet.comments.has(k)) return null;
        return strict(`${label}.Comment`, {
          Text(text?: string) {
            if (text !== undefined) sheet.comments.set(k, text);
            return sheet.comments.get(k) ?? '';
          },
          Delete() {
            sheet.comments.delete(k);
          },
        });
      },
      AddComment(text: string) {
        needSingle('AddComment');
        if (typeof text !== 'string') fail('AddComment takes the text');
        if (sheet.comments.has(key(area.top, area.left))) fail(`${label} already has a comment`);
        sheet.comments.set(key(area.top, area.left), text);
        return (range(book, sheet, area) as { Comment: unknown }).Comment;
      },
      get Validation() {
        return validation;
      },
      set ColumnWidth(v: number) {
        if (typeof v !== 'number' || v < 0 || v > 255) fail('ColumnWidth is 0..255 characters');
        for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, v);
      },
      set RowHeight(v: number) {
        if (typeof v !== 'number' || v < 0 || v > 409) fail('RowHeight is 0..409 points');
      },
      set WrapText(v: boolean) {
        if (typeof v !== 'boolean') fail('WrapText is a boolean');
      },
      set HorizontalAlignment(v: number) {
        if (typeof v !== 'number') fail('HorizontalAlignment is an xlHAlign constant');
      },
      set VerticalAlignment(v: number) {
        if (typeof v !== 'number') fail('VerticalAlignment is an xlVAlign constant');
      },
      Select() {
        if (book !== activeBook || book.active !== sheet) fail(`${label}.Select(): the sheet "${sheet.name}" is not active (Activate it first)`);
        selected = { sheet: sheet.name, address: single ? ref(area.top, area.left) : `${ref(area.top, area.left)}:${ref(area.bottom, area.right)}` };
      },
      get Worksheet() {
        return worksheet(book, sheet);
      },
    });
  }

  function usedArea(sheet: DoubleSheet): Area {
    const points = [...sheet.cells.keys(), ...sheet.fills.keys(), ...sheet.comments.keys()].map((k): [number, number] => {
      const [r = 0, c = 0] = k.split(',').map(Number);
      return [r, c];
    });
    for (const m of sheet.merges) points.push([m.top, m.left], [m.bottom, m.right]);
    if (points.length === 0) return { top: 1, left: 1, bottom: 1, right: 1 };
    return { top: Math.min(...points.map((p) => p[0])), left: Math.min(...points.map((p) => p[1])), bottom: Math.max(...points.map((p) => p[0])), right: Math.max(...points.map((p) => p[1])) };
  }

  function worksheet(book: DoubleBook, sheet: DoubleSheet): unknown {
    return strict(`Worksheet(${sheet.name})`, {
      get Name() {
        return sheet.name;
      },
      set Name(name: string) {
        if (typeof name !== 'string' || name === '' || name.length > 31 || /[[\]:*?/\\]/.test(name)) fail(`"${name}" is not a valid sheet name`);
        if (book.sheets.some((s) => s !== sheet && s.name.toLowerCase() === name.toLowerCase())) fail(`a sheet named "${name}" exists`);
        sheet.name = name;
      },
      get Visible() {
        return sheet.visible;
      },
      set Visible(v: number) {
        if (![-1, 0, 2].includes(v)) fail('Visible is xlSheetVisible, xlSheetHidden or xlSheetVeryHidden');
        if (v !== -1 && book.sheets.filter((s) => s.visible === -1 && s !== sheet).length === 0) fail('the last visible sheet cannot be hidden');
        sheet.visible = v;
      },
      get Index() {
        return book.sheets.indexOf(sheet) + 1;
      },
      get UsedRange() {
        return range(book, sheet, usedArea(sheet));
      },
      Range(address: string) {
        if (typeof address !== 'string') fail('Worksheet.Range takes an A1 address here');
        return range(book, sheet, parseArea(address));
      },
      get Cells() {
        return range(book, sheet, { top: 1, left: 1, bottom: 1048576, right: 16384 });
      },
      Activate() {
        if (sheet.visible !== -1) fail(`a hidden sheet ("${sheet.name}") cannot be activated`);
        activeBook = book;
        book.active = sheet;
      },
    });
  }

  function worksheets(book: DoubleBook): unknown {
    return strict('Worksheets', {
      get Count() {
        return book.sheets.length;
      },
      Item(index: number | string) {
        if (typeof index === 'number') {
          if (!Number.isInteger(index) || index < 1 || index > book.sheets.length) fail(`Worksheets.Item(${index}): indexes count from 1 to ${book.sheets.length}`);
          return worksheet(book, book.sheets[index - 1] ?? fail(`Worksheets.Item(${index})`));
        }
        const found = book.sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
        if (!found) fail(`Worksheets.Item("${index}"): no such sheet`);
        return worksheet(book, found);
      },
      Add(before?: { Index: number }, after?: { Index: number }) {
        let n = book.sheets.length + 1;
        while (book.sheets.some((s) => s.name === `Sheet${n}`)) n++;
        const sheet = sheetFromSpec({ name: `Sheet${n}`, rows: [] });
        const at = after ? after.Index : before ? before.Index - 1 : book.sheets.indexOf(book.active);
        book.sheets.splice(at, 0, sheet);
        book.active = sheet;
        return worksheet(book, sheet);
      },
    });
  }

  function workbook(book: DoubleBook): unknown {
    return strict(`Workbook(${book.name})`, {
      get Name() {
        return book.name;
      },
      get FullName() {
        return book.fullName;
      },
      get Worksheets() {
        return worksheets(book);
      },
      get ActiveSheet() {
        return worksheet(book, book.active);
      },
    });
  }

  const pluginStorage = strict('PluginStorage', {
    setItem(k: string, v: string | number | boolean) {
      if (typeof k !== 'string' || !['string', 'number', 'boolean'].includes(typeof v)) fail('PluginStorage.setItem(key, value) stores a string, number or boolean');
      storage.set(k, String(v));
    },
    getItem(k: string) {
      return storage.get(k) ?? null;
    },
    removeItem(k: string) {
      storage.delete(k);
    },
  });

  const Application = strict('Application', {
    get ActiveWorkbook() {
      return activeBook ? workbook(activeBook) : null;
    },
    get ActiveSheet() {
      return activeBook ? worksheet(activeBook, activeBook.active) : null;
    },
    get ActiveWindow() {
      const book = activeBook ?? fail('no window without a workbook');
      return strict('Window', {
        get SplitRow() {
          return book.window.SplitRow;
        },
        set SplitRow(v: number) {
          book.window.SplitRow = v;
        },
        get SplitColumn() {
          return book.window.SplitColumn;
        },
        set SplitColumn(v: number) {
          book.window.SplitColumn = v;
        },
        get FreezePanes() {
          return book.window.FreezePanes;
        },
        set FreezePanes(v: boolean) {
          book.window.FreezePanes = v;
        },
      });
    },
    get Workbooks() {
      return strict('Workbooks', {
        get Count() {
          return books.length;
        },
        Add() {
          return workbook(newBook(`工作簿${books.length + 1}`, `工作簿${books.length + 1}`, [sheetFromSpec({ name: 'Sheet1', rows: [] })]));
        },
      });
    },
    get PluginStorage() {
      return pluginStorage;
    },
  });

  const taskpane = (pane: DoubleTaskPane): unknown =>
    strict('TaskPane', {
      get ID() {
        return pane.ID;
      },
      get Visible() {
        return pane.Visible;
      },
      set Visible(v: boolean) {
        pane.Visible = v;
      },
      get DockPosition() {
        return pane.DockPosition;
      },
      set DockPosition(v: number) {
        pane.DockPosition = v;
      },
      Navigate(url: string) {
        pane.url = url;
      },
    });

  const wps = strict('wps', {
    CreateTaskPane(url: string, title: string) {
      if (!/^(https?|file):\/\//.test(url)) fail(`CreateTaskPane needs an absolute URL, not "${url}"`);
      const pane: DoubleTaskPane = { ID: taskpanes.length + 1, url, title, Visible: false, DockPosition: 0 };
      taskpanes.push(pane);
      return taskpane(pane);
    },
    GetTaskPane(id: number) {
      const pane = taskpanes.find((p) => p.ID === id) ?? fail(`no task pane ${id}`);
      return taskpane(pane);
    },
    get PluginStorage() {
      return pluginStorage;
    },
  });

  return {
    Application,
    wps,
    books,
    storage,
    taskpanes,
    selection: () => selected,
    sheet: (name) => (activeBook ?? first).sheets.find((s) => s.name === name) ?? fail(`no sheet ${name}`),
    value: (sheetName, cell) => {
      const { row, col } = parseRef(cell);
      return ((activeBook ?? first).sheets.find((s) => s.name === sheetName) ?? fail(`no sheet ${sheetName}`)).cells.get(key(row, col));
    },
  };
}
