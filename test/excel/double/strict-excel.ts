import { readXlsx } from '../../../src/io/xlsx-reader';
import { Core, DEFAULT_LIMITS, fail, Limits } from './core';
import { makeModel, Model } from './model';
import type { HostProfile } from './profiles';
import { BookState, Cell, cellValue, keyOf, SheetSpec, sheetState, unkey } from './state';
import { versionAtMost } from './api-sets';

/**
 * A strict Excel for the adapter's tests: one workbook, one host profile. It implements only
 * documented members, checks each against its requirement set, and throws where Excel throws
 * (ApiNotFound, PropertyNotLoaded, ItemNotFound, payload and size limits). `install()` puts `Excel`
 * and `Office` on globalThis for code that detects features or calls `Excel.createWorkbook`.
 */
export interface StrictExcel {
  profile: HostProfile;
  context: Excel.RequestContext;
  run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  book: BookState;
  core: Core;
  model: Model;
  excelGlobal: { run: StrictExcel['run']; createWorkbook(base64: string): Promise<void> } & Model;
  officeGlobal: unknown;
  install(): () => void;
  value(sheet: string, a1: string): Cell;
  fill(sheet: string, a1: string): string | undefined;
  note(sheet: string, a1: string): string | undefined;
  setting(name: string): unknown;
  syncs(): number;
  /** What a user deleting a sheet does: the sheet goes, and its comments with it. */
  deleteSheet(name: string): void;
}

/** What insertWorksheetsFromBase64 and createWorkbook receive: read with the project's own reader. */
function parseWorkbook(base64: string): { name: string; rows: Cell[][] }[] {
  const grids = readXlsx(new Uint8Array(Buffer.from(base64, 'base64')), 'inserted.xlsx');
  return grids.map((g) => ({ name: g.sheet, rows: g.rows }));
}

export function strictExcel(profile: HostProfile, sheets: SheetSpec[], options: { limits?: Partial<Limits>; insertParser?: typeof parseWorkbook } = {}): StrictExcel {
  const core = new Core(profile, { ...DEFAULT_LIMITS, ...options.limits });
  const book: BookState = { sheets: sheets.map(sheetState), active: 0, settings: new Map(), comments: [], created: [] };
  const model = makeModel(core, book, options.insertParser ?? parseWorkbook);
  const context = { workbook: new model.Workbook(), sync: () => core.sync() } as unknown as Excel.RequestContext;
  const run: StrictExcel['run'] = (batch) => batch(context);
  const excelGlobal = {
    ...model,
    run,
    async createWorkbook(base64: string): Promise<void> {
      core.used.add('Excel.createWorkbook');
      if (!core.supports(core.setOf('Excel', 'createWorkbook'))) fail('ApiNotFound', 'Excel.createWorkbook needs ExcelApi 1.8.');
      parseWorkbook(base64); // a file Excel could not open fails here as it would there
      book.created.push(base64);
    },
  };
  const platform = profile.platform === 'web' ? 'OfficeOnline' : profile.platform === 'mac' ? 'Mac' : 'PC';
  const officeGlobal = {
    PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    HostType: { Excel: 'Excel' },
    context: {
      platform,
      requirements: { isSetSupported: (set: string, version = '1.1') => set === 'ExcelApi' && versionAtMost(version, profile.excelApi) },
    },
    onReady: async () => ({ host: 'Excel', platform }),
  };
  const sheet = (name: string) => {
    const s = book.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  return {
    profile,
    context,
    run,
    book,
    core,
    model,
    excelGlobal,
    officeGlobal,
    install() {
      const g = globalThis as Record<string, unknown>;
      const before = { Excel: g.Excel, Office: g.Office };
      g.Excel = excelGlobal;
      g.Office = officeGlobal;
      return () => {
        g.Excel = before.Excel;
        g.Office = before.Office;
      };
    },
    value: (name, a1) => {
      const [r, c] = unkey(keyOf(a1));
      return cellValue(sheet(name), r, c);
    },
    fill: (name, a1) => sheet(name).fills.get(keyOf(a1)),
    note: (name, a1) => sheet(name).notes.get(a1),
    setting: (name) => book.settings.get(name),
    syncs: () => core.syncs,
    deleteSheet: (name) => {
      book.sheets.splice(book.sheets.indexOf(sheet(name)), 1);
      book.comments = book.comments.filter((c) => c.sheet !== name);
      book.active = 0;
    },
  };
}
