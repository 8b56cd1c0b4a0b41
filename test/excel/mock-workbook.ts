import { OfficeMockObject } from 'office-addin-mock';

/**
 * An Excel workbook for office-addin-mock: worksheets with used ranges, merged areas, per-cell
 * ranges created on demand, notes and settings. Counts `context.sync` calls and API requests
 * (every method call on the object model).
 */
export interface MockSheet {
  name: string;
  values: (string | number)[][];
  /** 0-based offset of the used range. */
  rowIndex?: number;
  columnIndex?: number;
  merged?: string;
  visibility?: 'Visible' | 'Hidden';
}

export interface MockWorkbook {
  context: Excel.RequestContext;
  syncs: () => number;
  calls: () => number;
  /** The mock objects behind the API, for assertions. */
  raw: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  settings: Map<string, string>;
  notes: Map<string, string>;
  fills: Map<string, string | null>;
  charts: { sheet: string; type: string; source: string }[];
  cells: Map<string, string | number>;
  /** The base64 workbooks passed to insertWorksheetsFromBase64. */
  inserted: string[];
  /** Sheets added through `worksheets.add`, by name, with the ranges written on them. */
  added: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function mockWorkbook(sheets: MockSheet[], options: { payloadError?: boolean; fills?: Record<string, string>; cells?: Record<string, string | number>; formulas?: Record<string, string> } = {}): MockWorkbook {
  /** Cell values by `sheet!A1`, read and written through getRange(...).values. */
  const cells = new Map<string, string | number>(Object.entries(options.cells ?? {}));
  const formulas = new Map<string, string>(Object.entries(options.formulas ?? {}));
  let calls = 0;
  const settings = new Map<string, string>();
  const added: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
  const charts: { sheet: string; type: string; source: string }[] = [];
  const inserted: string[] = [];
  const notes = new Map<string, string>();
  const fills = new Map<string, string | null>(Object.entries(options.fills ?? {}));
  const counted = <T extends (...args: never[]) => unknown>(fn: T): T =>
    function (this: unknown, ...args: never[]) {
      calls++;
      return fn.apply(this, args);
    } as T;

  const sheetData = (s: MockSheet) => {
    const rows = s.values.length;
    const cols = Math.max(0, ...s.values.map((r) => r.length));
    const padded = s.values.map((r) => Array.from({ length: cols }, (_, c) => r[c] ?? ''));
    return {
      name: s.name,
      visibility: s.visibility ?? 'Visible',
      used: {
        rowIndex: s.rowIndex ?? 0,
        columnIndex: s.columnIndex ?? 0,
        rowCount: rows,
        columnCount: cols,
        values: padded,
        text: padded.map((r) => r.map(String)),
        merged: { address: s.merged ?? '' },
        getMergedAreasOrNullObject: counted(function (this: any) { // eslint-disable-line @typescript-eslint/no-explicit-any
          this.merged.isNullObject = !s.merged;
          return this.merged;
        }),
      },
      getUsedRangeOrNullObject: counted(function (this: any) { // eslint-disable-line @typescript-eslint/no-explicit-any
        this.used.isNullObject = rows === 0;
        return this.used;
      }),
      getRangeByIndexes: counted(function (this: any, r: number, c: number, nr: number) { // eslint-disable-line @typescript-eslint/no-explicit-any
        const key = `block_${r}_${c}_${nr}`;
        if (!this[key]) {
          this.addMock(key);
          const slice = padded.slice(r - (s.rowIndex ?? 0), r - (s.rowIndex ?? 0) + nr);
          this[key].populate({ values: slice, text: slice.map((row) => row.map(String)) });
        }
        return this[key];
      }),
      getRange: counted(function (this: any, address: string) { // eslint-disable-line @typescript-eslint/no-explicit-any
        const key = `range_${address}`;
        if (!this[key]) {
          this.addMock(key);
          const cellKey = `${s.name}!${address}`;
          this[key].populate({ text: [['']], values: [['']], formulas: [['']], format: { fill: { color: fills.get(cellKey) ?? '#FFFFFF', pattern: fills.has(cellKey) ? 'Solid' : 'None' } } });
          const value = () => cells.get(cellKey) ?? '';
          Object.defineProperty(this[key], 'values', { get: () => [[value()]], set: (v: (string | number)[][]) => cells.set(cellKey, v[0][0]), configurable: true });
          Object.defineProperty(this[key], 'text', { get: () => [[String(value())]], configurable: true });
          Object.defineProperty(this[key], 'formulas', { get: () => [[formulas.get(cellKey) ?? value()]], configurable: true });
          const fill = this[key].format.fill;
          Object.defineProperty(fill, 'color', { get: () => (fills.has(cellKey) ? fills.get(cellKey) : '#FFFFFF'), set: (v: string) => fills.set(cellKey, v), configurable: true });
          fill.clear = counted(() => fills.delete(cellKey) as never);
          this[key].select = counted(() => undefined as never);
          this[key].getSurroundingRegion = counted(() => ({ address: `${s.name}!A1:B6` }) as never);
        }
        return this[key];
      }),
      getRanges: counted(function (this: any, list: string) { // eslint-disable-line @typescript-eslint/no-explicit-any
        const cells = list.split(',');
        return { format: { fill: { set color(v: string) { cells.forEach((c) => fills.set(`${s.name}!${c}`, v)); }, clear: counted(() => cells.forEach((c) => fills.delete(`${s.name}!${c}`)) as never) } } };
      }),
      notes: {
        add: counted((cell: string, text: string) => notes.set(`${s.name}!${cell}`, text) as never),
        getItemOrNullObject: counted(function (cell: string) {
          const key = `${s.name}!${cell}`;
          return { load: () => undefined, get isNullObject() { return !notes.has(key); }, get content() { return notes.get(key) ?? ''; }, set content(v: string) { notes.set(key, v); }, delete: counted(() => notes.delete(key) as never) };
        }),
      },
      activate: counted(() => undefined as never),
      charts: {
        add: counted((type: string, source: { address: string }, seriesBy: string) => {
          const chart = { type, source: source.address, seriesBy, title: {} as { text?: string }, setPosition: counted(() => undefined as never) };
          charts.push({ sheet: s.name, ...chart });
          return chart as never;
        }),
      },
    };
  };

  const data = {
    workbook: {
      worksheets: {
        ...Object.fromEntries(sheets.map((s, i) => [`sheet${i}`, sheetData(s)])),
        items: [] as unknown[],
        getActiveWorksheet: counted(function (this: any) { // eslint-disable-line @typescript-eslint/no-explicit-any
          return this.sheet0;
        }),
        getItem: counted(function (this: any, name: string) { // eslint-disable-line @typescript-eslint/no-explicit-any
          const i = sheets.findIndex((s) => s.name === name);
          if (i < 0) throw new Error(`ItemNotFound: ${name}`);
          return this[`sheet${i}`];
        }),
        add: counted(function (this: any, name: string) { // eslint-disable-line @typescript-eslint/no-explicit-any
          const key = `added_${Object.keys(added).length}`;
          this.addMock(key);
          const ranges: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
          const range = (id: string) => (ranges[id] ??= { format: { font: {}, fill: {} }, dataValidation: {} });
          this[key].populate({ name, visibility: 'Visible' });
          Object.assign(this[key], {
            name,
            ranges,
            freezePanes: { freezeRows: counted((n: number) => ((ranges.frozen = n) as never)) },
            getRangeByIndexes: counted((r: number, c: number, nr: number, nc: number) => range(`${r},${c},${nr},${nc}`)),
            getRange: counted((address: string) => range(address)),
            activate: counted(() => ((ranges.active = true) as never)),
          });
          added[name] = this[key];
          return this[key];
        }),
        getItemOrNullObject: counted(function (this: any, name: string) { // eslint-disable-line @typescript-eslint/no-explicit-any
          const i = sheets.findIndex((s) => s.name === name);
          const ws = this[`sheet${i}`];
          if (ws) ws.isNullObject = false;
          return ws ?? { isNullObject: true, load: () => undefined };
        }),
      },
      insertWorksheetsFromBase64: counted((base64: string) => {
        inserted.push(base64);
        return { value: sheets.map((sh) => sh.name) } as never;
      }),
      settings: {
        add: counted((key: string, value: string) => settings.set(key, value) as never),
        getItem: counted((key: string) => ({ delete: counted(() => settings.delete(key) as never) })),
        getItemOrNullObject: counted((key: string) => ({ load: () => undefined, get isNullObject() { return !settings.has(key); }, get value() { return settings.get(key); } })),
      },
    },
  };
  const mock = new OfficeMockObject(data) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const worksheets = mock.workbook.worksheets;
  worksheets.items = sheets.map((_, i) => worksheets[`sheet${i}`]);
  worksheets.load = counted(() => {
    for (const ws of worksheets.items) ws.load('name');
    return worksheets as never;
  });
  let syncs = 0;
  let failed = false;
  const sync = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs++;
    if (options.payloadError && !failed) {
      failed = true;
      throw Object.assign(new Error('payload too large'), { code: 'ResponsePayloadSizeLimitExceeded' });
    }
    await sync();
  };
  return { context: mock as Excel.RequestContext, syncs: () => syncs, calls: () => calls, raw: mock, settings, notes, fills, added, charts, inserted, cells };
}
