import { ClientObject, Core, ExcelError, fail, MERGED_AREAS_LIMIT, SETTINGS_LIMIT, stripUnshipped, VALUES_CELL_LIMIT } from './core';
import { areaAddress, BookState, Cell, cellValue, intersects, key, parseArea, Rect, SheetState, sheetState, usedRect } from './state';

export type Model = ReturnType<typeof makeModel>;

/**
 * The Excel object model of the strict double: only documented members, each checked against its
 * requirement set. The classes are made per double, so that a profile with the npm office.js can take
 * members (Worksheet.notes, …) off their prototypes without touching other tests.
 */
const notFound = (what: string) => () => new ExcelError('ItemNotFound', `${what} does not exist.`);

function quoted(name: string): string {
  return /^[\p{L}\d_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function makeModel(core: Core, book: BookState, insertParser: (base64: string) => { name: string; rows: Cell[][] }[]) {
  const sheetByName = (name: string) => book.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const formatOf = (sheet: SheetState, rects: Rect[]) => {
    const id = rects.map(areaAddress).join(',');
    let f = sheet.formats.get(id);
    if (!f) sheet.formats.set(id, (f = {}));
    return f;
  };

  class RangeFill extends ClientObject {
    constructor(
      private readonly sheet: () => SheetState,
      private readonly rects: () => Rect[],
      missing?: () => ExcelError | undefined,
    ) {
      super(core, 'RangeFill', missing);
    }
    protected override snapshot(name: string): unknown {
      const fills = this.rects().flatMap((r) => Array.from({ length: r.rows * r.cols }, (_, i) => this.sheet().fills.get(key(r.top + Math.floor(i / r.cols), r.left + (i % r.cols)))));
      const first = fills[0];
      const uniform = fills.every((f) => f === first);
      if (name === 'color') return uniform ? (first ?? '#FFFFFF') : null;
      if (name === 'pattern') return uniform ? (first ? 'Solid' : 'None') : null;
      return super.snapshot(name);
    }
    get color(): string {
      return this.read('color');
    }
    set color(value: string) {
      this.write('color', value, () => this.each((k) => this.sheet().fills.set(k, value.toUpperCase())));
    }
    get pattern(): string {
      return this.read('pattern');
    }
    clear(): void {
      this.act('clear', () => this.each((k) => this.sheet().fills.delete(k)));
    }
    private each(fn: (k: string) => void): void {
      for (const r of this.rects()) for (let i = 0; i < r.rows * r.cols; i++) fn(key(r.top + Math.floor(i / r.cols), r.left + (i % r.cols)));
    }
  }

  class RangeFont extends ClientObject {
    constructor(private readonly target: () => Record<string, unknown>) {
      super(core, 'RangeFont');
    }
    set bold(value: boolean) {
      this.write('bold', value, () => (this.target()['font.bold'] = value));
    }
  }

  class RangeFormat extends ClientObject {
    readonly fill: RangeFill;
    readonly font: RangeFont;
    constructor(
      private readonly sheet: () => SheetState,
      private readonly rects: () => Rect[],
      cls: 'RangeFormat' = 'RangeFormat',
      missing?: () => ExcelError | undefined,
    ) {
      super(core, cls, missing);
      this.fill = new RangeFill(sheet, rects, missing);
      this.font = new RangeFont(() => formatOf(sheet(), rects()));
    }
    private set(name: string, value: unknown): void {
      this.write(name, value, () => (formatOf(this.sheet(), this.rects())[name] = value));
    }
    set wrapText(v: boolean) {
      this.set('wrapText', v);
    }
    set horizontalAlignment(v: string) {
      this.set('horizontalAlignment', v);
    }
    set verticalAlignment(v: string) {
      this.set('verticalAlignment', v);
    }
    set columnWidth(v: number) {
      this.set('columnWidth', v);
    }
    set rowHeight(v: number) {
      this.set('rowHeight', v);
    }
  }

  class DataValidation extends ClientObject {
    constructor(private readonly target: () => Record<string, unknown>) {
      super(core, 'DataValidation');
    }
    set rule(v: unknown) {
      this.write('rule', v, () => (this.target().rule = v));
    }
    set errorAlert(v: unknown) {
      this.write('errorAlert', v, () => (this.target().errorAlert = v));
    }
  }

  class Range extends ClientObject {
    readonly format: RangeFormat;
    readonly dataValidation: DataValidation;
    constructor(
      readonly ws: Worksheet,
      readonly rect: () => Rect | undefined,
      orNull = false,
    ) {
      super(core, 'Range', () => ws.exists() ?? (rect() ? undefined : notFound('The range')()), orNull);
      const rects = () => [this.rect() as Rect];
      this.format = new RangeFormat(
        () => ws.state(),
        rects,
        'RangeFormat',
        () => ws.exists(),
      );
      this.dataValidation = new DataValidation(() => formatOf(ws.state(), rects()));
    }
    private grid(fn: (row: number, col: number) => unknown): unknown[][] | null {
      const r = this.rect() as Rect;
      if (r.rows * r.cols > VALUES_CELL_LIMIT) return null; // Excel returns no values above 5 million cells
      const rows: unknown[][] = [];
      let bytes = 0;
      for (let i = 0; i < r.rows; i++) {
        const row: unknown[] = [];
        for (let j = 0; j < r.cols; j++) row.push(fn(r.top + i, r.left + j));
        bytes += Buffer.byteLength(JSON.stringify(row));
        rows.push(row);
      }
      core.respond(bytes);
      return rows;
    }
    protected override snapshot(name: string): unknown {
      const sheet = this.ws.state();
      const r = this.rect() as Rect;
      switch (name) {
        case 'values':
          return this.grid((row, col) => cellValue(sheet, row, col));
        case 'text':
          return this.grid((row, col) => String(cellValue(sheet, row, col)));
        case 'formulas':
          return this.grid((row, col) => sheet.formulas.get(key(row, col)) ?? cellValue(sheet, row, col));
        case 'rowIndex':
          return r.top;
        case 'columnIndex':
          return r.left;
        case 'rowCount':
          return r.rows;
        case 'columnCount':
          return r.cols;
        case 'cellCount':
          return r.rows * r.cols;
        case 'address':
          return `${quoted(sheet.name)}!${areaAddress(r)}`;
        default:
          return super.snapshot(name);
      }
    }
    get values(): Cell[][] {
      return this.read('values');
    }
    set values(v: Cell[][]) {
      this.write('values', v, () => {
        const r = this.rect() as Rect;
        if (v.length !== r.rows || v.some((row) => row.length !== r.cols)) fail('InvalidArgument', 'The number of rows or columns in the input array does not match the size of the range.');
        v.forEach((row, i) => row.forEach((value, j) => this.ws.state().cells.set(key(r.top + i, r.left + j), value)));
      });
    }
    get text(): string[][] {
      return this.read('text');
    }
    get formulas(): Cell[][] {
      return this.read('formulas');
    }
    get rowIndex(): number {
      return this.read('rowIndex');
    }
    get columnIndex(): number {
      return this.read('columnIndex');
    }
    get rowCount(): number {
      return this.read('rowCount');
    }
    get columnCount(): number {
      return this.read('columnCount');
    }
    get cellCount(): number {
      return this.read('cellCount');
    }
    get address(): string {
      return this.read('address');
    }
    getMergedAreasOrNullObject(): RangeAreas {
      core.need('Range', 'getMergedAreasOrNullObject');
      const rects = () => this.ws.state().merges.filter((m) => intersects(m, this.rect() as Rect));
      core.push(() => {
        if (!this.missing() && rects().length > MERGED_AREAS_LIMIT) fail('GeneralException', 'There was an internal error while processing the request.');
      });
      return new RangeAreas(this.ws, rects, true);
    }
    select(): void {
      this.act('select', () => (book.selected = `${this.ws.state().name}!${areaAddress(this.rect() as Rect)}`));
    }
    getSurroundingRegion(): Range {
      core.need('Range', 'getSurroundingRegion');
      return new Range(this.ws, () => {
        const used = usedRect(this.ws.state()) as Rect;
        const r = this.rect() as Rect;
        return { top: r.top, left: r.left, rows: used.top + used.rows - r.top, cols: used.left + used.cols - r.left };
      });
    }
  }

  class RangeAreas extends ClientObject {
    readonly format: RangeFormat;
    constructor(
      readonly ws: Worksheet,
      readonly rects: () => Rect[],
      /** getMergedAreasOrNullObject: a null object when there is no area. */
      orNull = false,
    ) {
      super(core, 'RangeAreas', () => ws.exists() ?? (orNull && rects().length === 0 ? notFound('The areas')() : undefined), orNull);
      this.format = new RangeFormat(
        () => ws.state(),
        rects,
        'RangeFormat',
        () => ws.exists(),
      );
    }
    protected override snapshot(name: string): unknown {
      if (name === 'address')
        return this.rects()
          .map((r) => `${quoted(this.ws.state().name)}!${areaAddress(r)}`)
          .join(',');
      if (name === 'areaCount') return this.rects().length;
      return super.snapshot(name);
    }
    get address(): string {
      return this.read('address');
    }
    get areaCount(): number {
      return this.read('areaCount');
    }
  }

  class Note extends ClientObject {
    constructor(
      private readonly ws: Worksheet,
      private readonly cell: string,
      orNull: boolean,
    ) {
      super(core, 'Note', () => ws.exists() ?? (ws.state().notes.has(cell) ? undefined : notFound(`The note on ${cell}`)()), orNull);
    }
    protected override snapshot(name: string): unknown {
      if (name === 'content') return this.ws.state().notes.get(this.cell);
      return super.snapshot(name);
    }
    get content(): string {
      return this.read('content');
    }
    set content(v: string) {
      this.write('content', v, () => this.ws.state().notes.set(this.cell, v));
    }
    delete(): void {
      this.act('delete', () => this.ws.state().notes.delete(this.cell));
    }
  }

  class NoteCollection extends ClientObject {
    constructor(private readonly ws: Worksheet) {
      super(core, 'NoteCollection');
    }
    add(cellAddress: string, content: string): Note {
      const cell = areaAddress(parseArea(cellAddress));
      this.act(
        'add',
        () => {
          if (this.ws.state().notes.has(cell)) fail('InvalidArgument', `The cell ${cell} already has a note.`);
          this.ws.state().notes.set(cell, content);
        },
        content.length,
      );
      return new Note(this.ws, cell, false);
    }
    getItemOrNullObject(cellAddress: string): Note {
      core.need('NoteCollection', 'getItemOrNullObject');
      return new Note(this.ws, areaAddress(parseArea(cellAddress)), true);
    }
  }

  class ChartTitle extends ClientObject {
    constructor(private readonly chart: SheetState['charts'][number]) {
      super(core, 'ChartTitle');
    }
    set text(v: string) {
      this.write('text', v, () => (this.chart.title = v));
    }
  }

  class Chart extends ClientObject {
    readonly title: ChartTitle;
    constructor(private readonly chart: SheetState['charts'][number]) {
      super(core, 'Chart');
      this.title = new ChartTitle(chart);
    }
    setPosition(start: string): void {
      this.act('setPosition', () => (this.chart.position = start));
    }
  }

  class ChartCollection extends ClientObject {
    constructor(private readonly ws: Worksheet) {
      super(core, 'ChartCollection');
    }
    add(type: string, source: Range, seriesBy: string): Chart {
      const chart: SheetState['charts'][number] = { type, source: '', seriesBy };
      this.act('add', () => {
        chart.source = `${this.ws.state().name}!${areaAddress(source.rect() as Rect)}`;
        this.ws.state().charts.push(chart);
      });
      return new Chart(chart);
    }
  }

  class WorksheetFreezePanes extends ClientObject {
    constructor(private readonly ws: Worksheet) {
      super(core, 'WorksheetFreezePanes');
    }
    freezeRows(count: number): void {
      this.act('freezeRows', () => (this.ws.state().frozenRows = count));
    }
  }

  class Worksheet extends ClientObject {
    constructor(
      private readonly find: () => SheetState | undefined,
      orNull = false,
    ) {
      super(core, 'Worksheet', () => (find() ? undefined : notFound('The worksheet')()), orNull);
    }
    exists(): ExcelError | undefined {
      return this.find() ? undefined : notFound('The worksheet')();
    }
    state(): SheetState {
      const s = this.find();
      if (!s) throw notFound('The worksheet')();
      return s;
    }
    protected override snapshot(name: string): unknown {
      if (name === 'name' || name === 'visibility' || name === 'id') return this.state()[name];
      return super.snapshot(name);
    }
    get name(): string {
      return this.read('name');
    }
    get id(): string {
      return this.read('id');
    }
    get visibility(): string {
      return this.read('visibility');
    }
    set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
      this.write('visibility', v, () => (this.state().visibility = v));
    }
    get notes(): NoteCollection {
      core.need('Worksheet', 'notes');
      return new NoteCollection(this);
    }
    get charts(): ChartCollection {
      return new ChartCollection(this);
    }
    get freezePanes(): WorksheetFreezePanes {
      core.need('Worksheet', 'freezePanes');
      return new WorksheetFreezePanes(this);
    }
    getRange(address: string): Range {
      core.need('Worksheet', 'getRange');
      return new Range(this, () => parseArea(address));
    }
    getRangeByIndexes(top: number, left: number, rows: number, cols: number): Range {
      core.need('Worksheet', 'getRangeByIndexes');
      return new Range(this, () => ({ top, left, rows, cols }));
    }
    getRanges(list: string): RangeAreas {
      core.need('Worksheet', 'getRanges');
      const areas = list.split(',');
      core.push(() => {
        if (list.length > core.limits.getRangesChars || areas.length > core.limits.getRangesAreas) fail('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      });
      return new RangeAreas(this, () => areas.map(parseArea));
    }
    getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
      core.need('Worksheet', 'getUsedRangeOrNullObject');
      if (valuesOnly !== true) throw new Error('strict Excel double: only the values-only used range is modelled');
      return new Range(this, () => (this.find() ? usedRect(this.state()) : undefined), true);
    }
    activate(): void {
      this.act('activate', () => (book.active = book.sheets.indexOf(this.state())));
    }
  }
  stripUnshipped(core, 'Worksheet', Worksheet, ['notes']);

  class WorksheetCollection extends ClientObject {
    constructor() {
      super(core, 'WorksheetCollection');
    }
    protected override loadProperty(name: string, sub: string): void {
      if (name !== 'items') return super.loadProperty(name, sub);
      const items = book.sheets.map((s) => new Worksheet(() => s));
      // the items' properties are part of the same response
      for (const item of items) for (const p of sub.split(',').filter(Boolean)) (item as unknown as { props: Map<string, unknown> }).props.set(p, s(item)[p as 'name']);
      this.props.set('items', items);
    }
    get items(): Worksheet[] {
      return this.read('items');
    }
    getActiveWorksheet(): Worksheet {
      core.need('WorksheetCollection', 'getActiveWorksheet');
      return new Worksheet(() => book.sheets[book.active]);
    }
    getItem(name: string): Worksheet {
      core.need('WorksheetCollection', 'getItem');
      return new Worksheet(() => sheetByName(name));
    }
    getItemOrNullObject(name: string): Worksheet {
      core.need('WorksheetCollection', 'getItemOrNullObject');
      return new Worksheet(() => sheetByName(name), true);
    }
    add(name: string): Worksheet {
      core.need('WorksheetCollection', 'add');
      const state = sheetState({ name }, book.sheets.length);
      core.push(() => {
        if (sheetByName(name)) fail('ItemAlreadyExists', `A worksheet named '${name}' already exists.`);
        book.sheets.push(state);
      });
      return new Worksheet(() => (book.sheets.includes(state) ? state : undefined));
    }
  }
  const s = (ws: Worksheet): SheetState => ws.state();

  class Setting extends ClientObject {
    constructor(
      private readonly name: string,
      orNull: boolean,
    ) {
      super(core, 'Setting', () => (book.settings.has(name) ? undefined : notFound(`The setting '${name}'`)()), orNull);
    }
    protected override snapshot(name: string): unknown {
      if (name === 'value') return book.settings.get(this.name);
      return super.snapshot(name);
    }
    get value(): unknown {
      return this.read('value');
    }
    delete(): void {
      this.act('delete', () => book.settings.delete(this.name));
    }
  }

  class SettingCollection extends ClientObject {
    constructor() {
      super(core, 'SettingCollection');
    }
    add(name: string, value: unknown): Setting {
      this.act(
        'add',
        () => {
          const next = new Map(book.settings).set(name, value);
          const size = [...next].reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
          if (size > SETTINGS_LIMIT) fail('GeneralException', 'The settings of this document are over their size limit.');
          book.settings.set(name, value);
        },
        JSON.stringify(value).length,
      );
      return new Setting(name, false);
    }
    getItem(name: string): Setting {
      core.need('SettingCollection', 'getItem');
      return new Setting(name, false);
    }
    getItemOrNullObject(name: string): Setting {
      core.need('SettingCollection', 'getItemOrNullObject');
      return new Setting(name, true);
    }
  }

  class Comment extends ClientObject {
    constructor(private readonly comment: BookState['comments'][number]) {
      super(core, 'Comment');
    }
    protected override snapshot(name: string): unknown {
      if (name === 'id' || name === 'content') return this.comment[name];
      return super.snapshot(name);
    }
    get id(): string {
      return this.read('id');
    }
    get content(): string {
      return this.read('content');
    }
    set content(v: string) {
      this.write('content', v, () => (this.comment.content = v));
    }
    getLocation(): Range {
      core.need('Comment', 'getLocation');
      const ws = new Worksheet(() => sheetByName(this.comment.sheet));
      return new Range(ws, () => parseArea(this.comment.cell));
    }
    delete(): void {
      this.act('delete', () => book.comments.splice(book.comments.indexOf(this.comment), 1));
    }
  }

  class CommentCollection extends ClientObject {
    constructor() {
      super(core, 'CommentCollection');
    }
    protected override loadProperty(name: string, sub: string): void {
      if (name !== 'items') return super.loadProperty(name, sub);
      const items = book.comments.map((c) => new Comment(c));
      items.forEach((item, i) => {
        for (const p of sub
          .split(',')
          .map((x) => x.replace(/^items\//, ''))
          .filter(Boolean))
          (item as unknown as { props: Map<string, unknown> }).props.set(p, book.comments[i]![p as 'id']);
      });
      this.props.set('items', items);
    }
    override load(names?: string | string[]): this {
      // `items/id,items/content` names sub-properties of the items
      const list = (Array.isArray(names) ? names : (names ?? '').split(',')).map((n) => n.trim());
      const subs = list.filter((n) => n.startsWith('items/')).map((n) => n.slice(6));
      const rest = list.filter((n) => !n.startsWith('items/'));
      return super.load([...rest, ...(subs.length ? [`items/${subs.join(',')}`] : [])]);
    }
    get items(): Comment[] {
      return this.read('items');
    }
    add(cellAddress: string, content: string): Comment {
      const [sheet, cell] = [cellAddress.slice(0, cellAddress.lastIndexOf('!')).replace(/^'|'$/g, '').replace(/''/g, "'"), cellAddress.slice(cellAddress.lastIndexOf('!') + 1)];
      const comment = { id: `{comment-${book.comments.length + 1}}`, sheet, cell, content };
      this.act(
        'add',
        () => {
          if (!sheetByName(sheet)) throw notFound(`The worksheet '${sheet}'`)();
          book.comments.push(comment);
        },
        content.length,
      );
      return new Comment(comment);
    }
  }

  class ClientResult<T> {
    private resolved = false;
    constructor(private readonly result: () => T) {
      core.push(() => {
        this.cached = this.result();
        this.resolved = true;
      });
    }
    private cached: T | undefined;
    get value(): T {
      if (!this.resolved) fail('PropertyNotLoaded', 'The value of a ClientResult is available after context.sync().');
      return this.cached as T;
    }
  }

  class Workbook extends ClientObject {
    readonly worksheets = new WorksheetCollection();
    constructor() {
      super(core, 'Workbook');
    }
    get settings(): SettingCollection {
      core.need('Workbook', 'settings');
      return new SettingCollection();
    }
    get comments(): CommentCollection {
      core.need('Workbook', 'comments');
      return new CommentCollection();
    }
    insertWorksheetsFromBase64(base64: string, _options?: { positionType?: string }): ClientResult<string[]> {
      core.need('Workbook', 'insertWorksheetsFromBase64');
      return new ClientResult(() =>
        insertParser(base64).map((sheet) => {
          const state = sheetState({ name: sheet.name, rows: sheet.rows }, book.sheets.length);
          book.sheets.push(state);
          return state.id;
        }),
      );
    }
  }
  stripUnshipped(core, 'Workbook', Workbook, []);

  /** getItem(id) for inserted sheets: ids resolve like names. */
  const originalGetItem = WorksheetCollection.prototype.getItem;
  WorksheetCollection.prototype.getItem = function (this: WorksheetCollection, nameOrId: string) {
    const byId = book.sheets.find((sh) => sh.id === nameOrId);
    return byId ? originalGetItem.call(this, byId.name) : originalGetItem.call(this, nameOrId);
  };

  return { Workbook, Worksheet, Range, RangeAreas, RangeFill, RangeFormat, NoteCollection, Note, SettingCollection, Setting, CommentCollection, Comment, WorksheetCollection };
}
