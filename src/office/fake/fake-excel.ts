/**
 * A strict in-memory fake of the Excel JavaScript API subset this add-in uses. Unlike `office-addin-mock`
 * (which we replace, not wrap), it (1) queues every write and load until `context.sync()`, (2) throws
 * PropertyNotLoaded when a property is read before load + sync, as Office.js does, and (3) counts syncs,
 * so tests can hold the adapter to its round-trip budget. (4) Created as a given client (`apiLevel`, e.g. "1.14" for
 * LTSC 2021), it refuses every call above that ExcelApi set (src/office/requirements.ts), as that Excel would.
 * The preview host runs the real pane on it.
 */
import { columnLetter, parseRange, rangeAddress, type RangeRef } from '../../core/a1';
import { FakeSheet, FakeWorkbook, type FakeCell, type FakeValue } from './model';
import { sentBytes } from '../payload';
import { API_SETS, compareSets, LATEST, type ExcelApiName } from '../requirements';

export class OfficeFakeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OfficeFakeError';
  }
}

/** Size of what Office would send for a value (UTF-8 JSON), for the payload limit: the adapter's own estimate. */
export const jsonBytes = (v: unknown): number => (v === undefined ? 0 : sentBytes(v));

const notLoaded = (prop: string) =>
  new OfficeFakeError(
    'PropertyNotLoaded',
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

type LoadArg = string | string[] | { select?: string | string[] } | undefined;

function loadList(arg: LoadArg): string[] {
  if (arg === undefined) return [];
  if (typeof arg === 'string')
    return arg
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg;
  return loadList(arg.select);
}

/** Excel on the web: 5 MB per request and per response (office-js-docs-pr #2846). Desktop has no such limit. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export class FakeRequestContext {
  syncCount = 0;
  /** Bytes allowed per request and per response; the fake throws beyond it, as Excel on the web does. */
  payloadLimit = WEB_PAYLOAD_LIMIT;
  /** Largest request and response of this context so far, in bytes (for tests and the bench). */
  largest = { request: 0, response: 0 };
  /** All requests and responses of this context, in bytes. */
  total = { request: 0, response: 0 };
  private queue: Array<() => void> = [];
  private requestBytes = 0;
  private responseBytes = 0;
  readonly workbook: FakeWorkbookProxy;
  /** Names of the operations applied, in order (for tests). */
  readonly trace: string[] = [];
  constructor(
    readonly model: FakeWorkbook,
    /** The client's highest ExcelApi set; calls above it throw ApiNotFound. */
    readonly apiLevel: string = LATEST,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  /** Throws, as a client without the API does, when `api` is above this client's set. */
  requires(api: ExcelApiName): void {
    const set = API_SETS[api];
    if (compareSets(set, this.apiLevel) > 0)
      throw new OfficeFakeError('ApiNotFound', `${api} needs ExcelApi ${set}; this Excel has ExcelApi ${this.apiLevel}.`);
  }
  /** Queues an operation; `bytes` is its share of the request (the JSON of what it sends). */
  enqueue(name: string, op: () => void, bytes = 64): void {
    this.requestBytes += bytes;
    this.queue.push(() => {
      this.trace.push(name);
      op();
    });
  }
  /** A load adds what it returns to the response of the current sync. */
  respond(bytes: number): void {
    this.responseBytes += bytes;
  }
  async sync(): Promise<void> {
    this.syncCount++;
    const q = this.queue;
    const request = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.largest.request = Math.max(this.largest.request, request);
    this.total.request += request;
    if (request > this.payloadLimit)
      throw new OfficeFakeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${request} bytes).`);
    try {
      for (const op of q) op();
    } finally {
      this.model.notify();
    }
    this.largest.response = Math.max(this.largest.response, this.responseBytes);
    this.total.response += this.responseBytes;
    if (this.responseBytes > this.payloadLimit)
      throw new OfficeFakeError(
        'ResponsePayloadSizeLimitExceeded',
        `The response payload size has exceeded the limit (${this.responseBytes} bytes).`,
      );
  }
  get pending(): number {
    return this.queue.length;
  }
}

/** Base of every proxy: loaded values, available only after load + sync. */
abstract class ClientObject {
  protected loaded = new Map<string, unknown>();
  protected readonly bornAt: number;
  constructor(readonly context: FakeRequestContext) {
    this.bornAt = context.syncCount;
  }
  protected abstract read(prop: string): unknown;
  /** Overridden by ranges that may be null objects. */
  protected isNull(): boolean {
    return false;
  }
  load(arg?: LoadArg): this {
    const props = loadList(arg);
    this.context.enqueue(`load ${props.join(',')}`, () => {
      if (this.isNull()) return; // a null object loads nothing; reading it still throws
      for (const p of props) {
        const v = this.read(p);
        this.loaded.set(p, v);
        this.context.respond(jsonBytes(v));
      }
    });
    return this;
  }
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }
}

export class FakeWorkbookProxy {
  readonly worksheets: FakeWorksheetCollection;
  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
  }
  getSelectedRange(): FakeRange {
    const m = this.context.model;
    const sel = () =>
      m.selection && m.sheet(m.selection.sheet) ? m.selection : { sheet: m.sheets[m.activeSheet]?.name ?? '', cell: 'A1' };
    return new FakeRange(
      this.context,
      () => sel().sheet,
      () => parseRange(sel().cell.split(',')[0]!),
    );
  }
}

export class FakeWorksheetCollection extends ClientObject {
  private _items: FakeWorksheet[] | null = null;
  /** ExcelApi 1.9 event: registered at sync, removed with the returned object's remove() + sync. */
  get onChanged() {
    this.context.requires('WorksheetCollection.onChanged');
    return this.changeEvent;
  }
  private readonly changeEvent = {
    add: (handler: (e: unknown) => Promise<void> | void) => {
      const model = this.context.model;
      const wrapped = (e: unknown) => void handler(e);
      this.context.enqueue('onChanged.add', () => void model.changeHandlers.add(wrapped));
      const ctx = this.context;
      return { context: ctx, remove: () => ctx.enqueue('onChanged.remove', () => void model.changeHandlers.delete(wrapped)) };
    },
  };
  override load(arg?: LoadArg): this {
    const props = loadList(arg);
    const bad = props.filter((p) => !p.startsWith('items'));
    if (bad.length) throw new OfficeFakeError('InvalidArgument', `WorksheetCollection has no property ${bad.join(',')}`);
    const subs = props.map((p) => p.split('/')[1]).filter((x): x is string => !!x);
    this.context.enqueue(`worksheets.load ${props.join(',')}`, () => {
      this._items = this.context.model.sheets.map((s) => {
        const ws = new FakeWorksheet(this.context, () => s);
        for (const sub of subs) ws.preload(sub);
        return ws;
      });
    });
    return this;
  }
  protected read(prop: string): unknown {
    throw new OfficeFakeError('InvalidArgument', `WorksheetCollection has no property ${prop}`);
  }
  get items(): FakeWorksheet[] {
    if (!this._items) throw notLoaded('items');
    return this._items;
  }
  add(name: string): FakeWorksheet {
    const m = this.context.model;
    let sheet: FakeSheet | undefined;
    this.context.enqueue(`worksheets.add ${name}`, () => {
      if (m.sheet(name)) throw new OfficeFakeError('ItemAlreadyExists', `A worksheet named ${name} already exists.`);
      if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name)) throw new OfficeFakeError('InvalidArgument', `Invalid sheet name ${name}`);
      sheet = m.addSheet(name);
    });
    return new FakeWorksheet(this.context, () => {
      if (!sheet) throw new OfficeFakeError('InvalidReference', 'worksheet not yet created');
      return sheet;
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const s = this.context.model.sheet(name);
      if (!s) throw new OfficeFakeError('ItemNotFound', `The requested resource doesn't exist: ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.context.requires('WorksheetCollection.getItemOrNullObject');
    return new FakeWorksheet(this.context, () => this.context.model.sheet(name) ?? null);
  }
  getActiveWorksheet(): FakeWorksheet {
    const m = this.context.model;
    return new FakeWorksheet(this.context, () => m.sheets[m.activeSheet] ?? null);
  }
}

export class FakeWorksheet extends ClientObject {
  private readonly _freezePanes: { freezeRows: (n: number) => void };
  private readonly _pageLayout: FakePageLayout;
  get freezePanes(): { freezeRows: (n: number) => void } {
    this.context.requires('Worksheet.freezePanes');
    return this._freezePanes;
  }
  get pageLayout(): FakePageLayout {
    this.context.requires('Worksheet.pageLayout');
    return this._pageLayout;
  }
  constructor(
    context: FakeRequestContext,
    private readonly resolve: () => FakeSheet | null,
  ) {
    super(context);
    this._freezePanes = {
      freezeRows: (n: number) => this.context.enqueue('freezeRows', () => void (this.sheet().freezeRows = n)),
    };
    this._pageLayout = new FakePageLayout(context, () => this.sheet());
  }
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new OfficeFakeError('InvalidReference', 'The worksheet is a null object.');
    return s;
  }
  /** Loaded at sync with the collection's items/name. */
  preload(prop: string): void {
    this.loaded.set(prop, this.read(prop));
  }
  protected read(prop: string): unknown {
    const s = this.sheet();
    if (prop === 'name') return s.name;
    if (prop === 'position') return this.context.model.sheets.indexOf(s);
    if (prop === 'visibility') return s.visibility;
    throw new OfficeFakeError('InvalidArgument', `Worksheet has no property ${prop}`);
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.context.requires('Worksheet.visibility (set)');
    this.context.enqueue('worksheet.visibility', () => void (this.sheet().visibility = v));
  }
  delete(): void {
    this.context.enqueue('worksheet.delete', () => {
      const m = this.context.model;
      const s = this.sheet();
      if (s.visibility === 'VeryHidden')
        throw new OfficeFakeError('InvalidOperation', 'A very hidden worksheet cannot be deleted; make it visible first.');
      if (m.sheets.filter((x) => x !== s && x.visibility === 'Visible').length === 0)
        throw new OfficeFakeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      m.sheets.splice(m.sheets.indexOf(s), 1);
      m.activeSheet = Math.min(m.activeSheet, Math.max(0, m.sheets.length - 1));
    });
  }
  get isNullObject(): boolean {
    if (this.context.syncCount <= this.bornAt) throw notLoaded('isNullObject');
    return this.resolve() === null;
  }
  get name(): string {
    return this.get('name');
  }
  get position(): number {
    return this.get('position');
  }
  /** Without an address: the whole sheet, as in Office. */
  getRange(address?: string): FakeRange {
    return new FakeRange(
      this.context,
      () => this.sheet().name,
      () => parseRange(address ?? 'A1:XFD1048576'),
    );
  }
  /** ExcelApi 1.9 RangeAreas, with select() (1.18): the selection becomes the listed cells. */
  getRanges(address: string): { select: () => void } {
    this.context.requires('Worksheet.getRanges');
    address.split(',').forEach((a) => parseRange(a.trim())); // a bad address fails here, like Excel
    return {
      select: () => {
        this.context.requires('RangeAreas.select');
        this.context.enqueue('rangeAreas.select', () => {
          const m = this.context.model;
          m.activeSheet = m.sheets.indexOf(this.sheet());
          m.selection = { sheet: this.sheet().name, cell: address };
        });
      },
    };
  }
  /** Like Office: a blank sheet's used range is A1 (no error). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.context.requires('Worksheet.getUsedRange(valuesOnly)');
    return new FakeRange(
      this.context,
      () => this.sheet().name,
      () => this.sheet().usedRange(valuesOnly ?? false) ?? { r0: 0, c0: 0, r1: 0, c1: 0 },
    );
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requires('Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      () => this.sheet().name,
      () => this.sheet().usedRange(valuesOnly),
      true,
    );
  }
  activate(): void {
    this.context.enqueue('activate', () => {
      this.context.model.activeSheet = this.context.model.sheets.indexOf(this.sheet());
    });
  }
}

class FakePageLayout {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  set orientation(v: string) {
    this.context.enqueue('pageLayout.orientation', () => void (this.sheet().page.orientation = v));
  }
  set zoom(v: Record<string, number>) {
    this.context.enqueue('pageLayout.zoom', () => void (this.sheet().page.zoom = { ...v }));
  }
  setPrintTitleRows(address: string): void {
    this.context.enqueue('pageLayout.setPrintTitleRows', () => void (this.sheet().page.printTitleRows = address));
  }
}

type Matrix<T> = T[][];

export class FakeRange extends ClientObject {
  readonly format: FakeRangeFormat;
  constructor(
    context: FakeRequestContext,
    readonly sheetName: () => string,
    readonly ref: () => RangeRef | null,
    private readonly nullable = false,
  ) {
    super(context);
    this.format = new FakeRangeFormat(this);
  }
  model(): { sheet: FakeSheet; g: RangeRef } {
    const sheet = this.context.model.sheet(this.sheetName());
    if (!sheet) throw new OfficeFakeError('ItemNotFound', `No worksheet ${this.sheetName()}`);
    const g = this.ref();
    if (!g) throw new OfficeFakeError('InvalidReference', 'The range is a null object.');
    return { sheet, g };
  }
  /** The used range within this range (ExcelApi 1.4), or a null object when it holds nothing. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requires('Range.getUsedRangeOrNullObject');
    return new FakeRange(
      this.context,
      this.sheetName,
      () => {
        const { sheet, g } = this.model();
        return sheet.usedRange(valuesOnly, g);
      },
      true,
    );
  }
  forEach(fn: (cell: FakeCell, r: number, c: number) => void): void {
    const { sheet, g } = this.model();
    for (let r = g.r0; r <= g.r1; r++) for (let c = g.c0; c <= g.c1; c++) fn(sheet.cell(r, c), r - g.r0, c - g.c0);
  }
  private matrix<T>(pick: (c: FakeCell | undefined) => T): Matrix<T> {
    const { sheet, g } = this.model();
    const out: Matrix<T> = [];
    for (let r = g.r0; r <= g.r1; r++) {
      const row: T[] = [];
      for (let c = g.c0; c <= g.c1; c++) row.push(pick(sheet.peek(r, c)));
      out.push(row);
    }
    return out;
  }
  protected read(prop: string): unknown {
    const { sheet, g } = this.model();
    switch (prop) {
      case 'values':
        return this.matrix((c) => c?.value ?? '');
      case 'numberFormat':
        return this.matrix((c) => c?.numberFormat ?? 'General');
      case 'text':
        return this.matrix((c) => displayText(c));
      case 'address':
        return `${quoteSheet(sheet.name)}!${rangeAddress(g.r0, g.c0, g.r1, g.c1)}`;
      case 'worksheet/name':
        return sheet.name;
      case 'rowIndex':
        return g.r0;
      case 'columnIndex':
        return g.c0;
      case 'rowCount':
        return g.r1 - g.r0 + 1;
      case 'columnCount':
        return g.c1 - g.c0 + 1;
      default:
        throw new OfficeFakeError('InvalidArgument', `Range has no property ${prop}`);
    }
  }
  get isNullObject(): boolean {
    if (this.context.syncCount <= this.bornAt) throw notLoaded('isNullObject');
    return this.nullable && this.ref() === null;
  }
  protected override isNull(): boolean {
    return this.nullable && this.context.model.sheet(this.sheetName()) !== undefined && this.ref() === null;
  }
  get values(): Matrix<FakeValue> {
    return this.get('values');
  }
  get numberFormat(): Matrix<string> {
    return this.get('numberFormat');
  }
  get text(): Matrix<string> {
    return this.get('text');
  }
  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  private setMatrix<T>(prop: string, m: Matrix<T | null>, put: (cell: FakeCell, v: T) => void): void {
    this.context.enqueue(
      `range.${prop}`,
      () => {
        const { g } = this.model();
        const rows = g.r1 - g.r0 + 1;
        const cols = g.c1 - g.c0 + 1;
        if (!Array.isArray(m) || m.length !== rows || m.some((r) => !Array.isArray(r) || r.length !== cols))
          throw new OfficeFakeError(
            'InvalidArgument',
            `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`,
          );
        this.forEach((cell, r, c) => {
          const v = m[r]![c];
          if (v !== null && v !== undefined) put(cell, v);
        });
      },
      jsonBytes(m),
    );
  }
  set values(m: Matrix<FakeValue | null>) {
    this.setMatrix('values', m, (cell, v) => writeValue(cell, v));
  }
  set numberFormat(m: Matrix<string | null>) {
    this.setMatrix('numberFormat', m, (cell, v) => void (cell.numberFormat = v));
  }
  /** ExcelApi 1.9: per-cell properties; this fake supports format.fill {color, pattern, tintAndShade}. */
  getCellProperties(_spec: unknown): FakeCellProperties {
    this.context.requires('Range.getCellProperties');
    return new FakeCellProperties(this);
  }
  merge(across = false): void {
    this.context.requires('Range.merge');
    this.context.enqueue('range.merge', () => {
      const { sheet, g } = this.model();
      const parts = across ? Array.from({ length: g.r1 - g.r0 + 1 }, (_, i) => ({ ...g, r0: g.r0 + i, r1: g.r0 + i })) : [g];
      for (const p of parts) {
        if (sheet.merges.some((m) => overlaps(m, p)))
          throw new OfficeFakeError('InvalidOperation', `Cannot merge ${rangeAddress(p.r0, p.c0, p.r1, p.c1)}: overlaps a merged area.`);
        sheet.merges.push(p);
      }
    });
  }
  /** ExcelApi 1.9: the cells of this range holding constants or formulas (a null object when there are none). */
  getSpecialCellsOrNullObject(cellType: 'Constants' | 'Formulas'): FakeSpecialCells {
    this.context.requires('Range.getSpecialCellsOrNullObject');
    return new FakeSpecialCells(this, cellType);
  }
  /** ExcelApi 1.13: the merged areas inside this range (a null object when there are none). */
  getMergedAreasOrNullObject(): FakeMergedAreas {
    this.context.requires('Range.getMergedAreasOrNullObject');
    return new FakeMergedAreas(this);
  }
  select(): void {
    this.context.enqueue('range.select', () => {
      const { sheet, g } = this.model();
      this.context.model.activeSheet = this.context.model.sheets.indexOf(sheet);
      this.context.model.selection = { sheet: sheet.name, cell: rangeAddress(g.r0, g.c0, g.r1, g.c1) };
    });
  }
}

/** The RangeAreas of getSpecialCellsOrNullObject: only `cellCount` is read here (counted without reading any value). */
export class FakeSpecialCells extends ClientObject {
  constructor(
    private readonly range: FakeRange,
    private readonly cellType: 'Constants' | 'Formulas',
  ) {
    super(range.context);
  }
  private count(): number {
    const { sheet, g } = this.range.model();
    let n = 0;
    for (const [addr, c] of sheet.cells) {
      const at = parseRange(addr);
      if (at.r0 < g.r0 || at.r0 > g.r1 || at.c0 < g.c0 || at.c0 > g.c1) continue;
      if (this.cellType === 'Formulas' ? !!c.formula : !c.formula && c.value !== null && c.value !== '') n++;
    }
    return n;
  }
  protected override isNull(): boolean {
    return this.count() === 0;
  }
  protected read(prop: string): unknown {
    if (prop === 'cellCount') return this.count();
    throw new OfficeFakeError('InvalidArgument', `RangeAreas has no property ${prop}`);
  }
  get isNullObject(): boolean {
    if (this.context.syncCount <= this.bornAt) throw notLoaded('isNullObject');
    return this.isNull();
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
}

export class FakeMergedAreas extends ClientObject {
  constructor(private readonly range: FakeRange) {
    super(range.context);
  }
  private areas(): RangeRef[] {
    const { sheet, g } = this.range.model();
    return sheet.merges.filter((m) => overlaps(m, g));
  }
  protected override isNull(): boolean {
    return this.areas().length === 0;
  }
  protected read(prop: string): unknown {
    const { sheet } = this.range.model();
    if (prop === 'address')
      return this.areas()
        .map((m) => `${quoteSheet(sheet.name)}!${rangeAddress(m.r0, m.c0, m.r1, m.c1)}`)
        .join(',');
    throw new OfficeFakeError('InvalidArgument', `RangeAreas has no property ${prop}`);
  }
  get isNullObject(): boolean {
    if (this.context.syncCount <= this.bornAt) throw notLoaded('isNullObject');
    return this.isNull();
  }
  get address(): string {
    return this.get('address');
  }
}

export class FakeCellProperties extends ClientObject {
  private _value: unknown = undefined;
  constructor(private readonly range: FakeRange) {
    super(range.context);
    this.context.enqueue('getCellProperties', () => {
      const { sheet, g } = range.model();
      const out: unknown[][] = [];
      for (let r = g.r0; r <= g.r1; r++) {
        const row: unknown[] = [];
        for (let c = g.c0; c <= g.c1; c++) {
          const f = sheet.peek(r, c)?.format.fill ?? null;
          row.push({ format: { fill: { color: f ?? '#FFFFFF', pattern: f ? 'Solid' : 'None', tintAndShade: f ? 0 : null } } });
        }
        out.push(row);
      }
      this._value = out;
      this.context.respond(jsonBytes(out));
    });
  }
  protected read(): unknown {
    return this._value;
  }
  get value(): unknown[][] {
    if (this._value === undefined) throw notLoaded('value');
    return this._value as unknown[][];
  }
}

const overlaps = (a: RangeRef, b: RangeRef) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const quoteSheet = (n: string) => (/^[A-Za-z0-9_]+$/.test(n) ? n : `'${n.replace(/'/g, "''")}'`);

/**
 * What Excel does with a value written through `range.values`: in a cell not formatted as text ("@"), a string
 * starting with = + - or @ is entered as a formula (here: kept in `formula`, its value #NAME?), and a string that
 * reads as a number becomes that number (losing leading zeros). The fake does it too, so a test can catch user text
 * turned into a formula. A formula that is only a number ("-5", "+3") gives that number.
 */
export function writeValue(cell: FakeCell, v: FakeValue): void {
  delete cell.formula;
  if (v === '') {
    cell.value = null;
    return;
  }
  if (typeof v !== 'string' || cell.numberFormat === '@') {
    cell.value = v;
    return;
  }
  const numeric = /^\s*[-+]?(\d+\.?\d*|\.\d+)(E[-+]?\d+)?\s*$/i.test(v);
  if (numeric) cell.value = Number(v);
  else if (/^[=+\-@]/.test(v)) {
    cell.formula = v.startsWith('=') ? v : `=${v}`;
    cell.value = '#NAME?';
  } else cell.value = v;
}

/** Displayed text for the number formats the add-in writes (General, @, 0.00, 0.0000). */
export function displayText(c: FakeCell | undefined): string {
  if (!c || c.value === null) return '';
  if (typeof c.value === 'number') {
    const m = /^0\.(0+)$/.exec(c.numberFormat);
    if (m) return c.value.toFixed(m[1]!.length);
    if (c.numberFormat === '0') return c.value.toFixed(0);
    return String(c.value);
  }
  if (typeof c.value === 'boolean') return c.value ? 'TRUE' : 'FALSE';
  return c.value;
}

class FakeFont {
  constructor(private readonly range: FakeRange) {}
  private put(prop: string, fn: (c: FakeCell) => void) {
    this.range.context.enqueue(`font.${prop}`, () => this.range.forEach(fn));
  }
  set bold(v: boolean) {
    this.put('bold', (c) => void (c.format.bold = v));
  }
  set size(v: number) {
    this.put('size', (c) => void (c.format.fontSize = v));
  }
  set name(v: string) {
    this.put('name', (c) => void (c.format.fontName = v));
  }
}

class FakeFill extends ClientObject {
  constructor(private readonly range: FakeRange) {
    super(range.context);
  }
  protected read(prop: string): unknown {
    const { sheet, g } = this.range.model();
    const c = sheet.peek(g.r0, g.c0);
    // Office reports No Fill as #FFFFFF (office-js #4900).
    if (prop === 'color') return c?.format.fill ?? '#FFFFFF';
    throw new OfficeFakeError('InvalidArgument', `Fill has no property ${prop}`);
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.context.enqueue('fill.color', () => this.range.forEach((c) => void (c.format.fill = v)));
  }
  /** ExcelApi 1.9 (the fake keeps only the colour). */
  set pattern(_v: string) {
    this.context.requires('RangeFill.pattern');
  }
  set tintAndShade(_v: number) {
    this.context.requires('RangeFill.tintAndShade');
  }
  clear(): void {
    this.context.enqueue('fill.clear', () => this.range.forEach((c) => void (c.format.fill = null)));
  }
}

const BORDER_KEYS = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

class FakeRangeFormat {
  readonly font: FakeFont;
  readonly fill: FakeFill;
  readonly borders: { getItem: (k: string) => { style: string } };
  constructor(private readonly range: FakeRange) {
    this.font = new FakeFont(range);
    this.fill = new FakeFill(range);
    this.borders = {
      getItem: (key: string) => {
        if (!BORDER_KEYS.includes(key)) throw new OfficeFakeError('InvalidArgument', `Unknown border ${key}`);
        const ctx = range.context;
        return {
          set style(v: string) {
            ctx.enqueue(`border.${key}`, () => range.forEach((c) => void (c.format.borders = { ...(c.format.borders ?? {}), [key]: v })));
          },
          get style(): string {
            throw notLoaded('style');
          },
        };
      },
    };
  }
  private put(prop: string, fn: (c: FakeCell) => void) {
    this.range.context.enqueue(`format.${prop}`, () => this.range.forEach(fn));
  }
  set horizontalAlignment(v: string) {
    this.put('horizontalAlignment', (c) => void (c.format.hAlign = v));
  }
  set verticalAlignment(v: string) {
    this.put('verticalAlignment', (c) => void (c.format.vAlign = v));
  }
  set wrapText(v: boolean) {
    this.put('wrapText', (c) => void (c.format.wrap = v));
  }
  set columnWidth(points: number) {
    this.range.context.requires('RangeFormat.columnWidth');
    this.range.context.enqueue('format.columnWidth', () => {
      const { sheet, g } = this.range.model();
      for (let c = g.c0; c <= g.c1; c++) sheet.columnWidths[c] = points;
    });
  }
  set rowHeight(points: number) {
    this.range.context.requires('RangeFormat.rowHeight');
    this.range.context.enqueue('format.rowHeight', () => {
      const { sheet, g } = this.range.model();
      for (let r = g.r0; r <= g.r1; r++) sheet.rowHeights[r] = points;
    });
  }
}

export interface FakeExcel {
  run<T>(a: ((ctx: FakeRequestContext) => Promise<T>) | object, b?: (ctx: FakeRequestContext) => Promise<T>): Promise<T>;
  /** Every context created so far (tests read their sync counts). */
  contexts: FakeRequestContext[];
  model: FakeWorkbook;
  /** The client's highest ExcelApi set. */
  apiLevel: string;
  /** Office.context.requirements.isSetSupported('ExcelApi', v) for this client. */
  supports(version: string): boolean;
  PageOrientation: { landscape: 'Landscape'; portrait: 'Portrait' };
}

/**
 * A fake `Excel` namespace over a model: `Excel.run(cb)` and `Excel.run(options, cb)`. `apiLevel`: the client's
 * highest ExcelApi set (CLIENT_PROFILES in requirements.ts); `supports` answers as isSetSupported would.
 */
export function createFakeExcel(model = new FakeWorkbook(), apiLevel: string = LATEST): FakeExcel {
  const contexts: FakeRequestContext[] = [];
  return {
    model,
    contexts,
    apiLevel,
    supports: (v: string) => compareSets(v, apiLevel) <= 0,
    PageOrientation: { landscape: 'Landscape', portrait: 'Portrait' },
    async run<T>(a: ((ctx: FakeRequestContext) => Promise<T>) | object, b?: (ctx: FakeRequestContext) => Promise<T>): Promise<T> {
      const cb = (typeof a === 'function' ? a : b) as (ctx: FakeRequestContext) => Promise<T>;
      const ctx = new FakeRequestContext(model, apiLevel);
      contexts.push(ctx);
      const result = await cb(ctx);
      if (ctx.pending > 0) await ctx.sync(); // Excel.run flushes the remaining queue, as Office does
      return result;
    },
  };
}

export { columnLetter };
