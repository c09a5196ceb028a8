/**
 * ExcelJS's reader, bounded, for the CLI and the preview/离线版 alike. `Workbook.xlsx.load` inflates every part through
 * JSZip's JavaScript inflater and its per-chunk workers (a third of the load time over a thousand sheets); here each
 * part is inflated once by the platform's inflater (./inflater.ts: Node's zlib in the CLI, bounded: no part may
 * inflate past what is left of LIMITS.inflatedBytes, whatever its header claims), a
 * worksheet is scanned against the limits (`scan`) before it is parsed, and the text goes to the same ExcelJS xforms
 * in the same order, then ExcelJS's own `reconcile` and `workbook.model` — the workbook is exactly what `load` builds.
 * `snapshotXlsx` (check without a copy) has each worksheet's sheetData read by ./sheet-data.ts instead, the same row
 * and cell models (a sheet it does not cover goes to ExcelJS's parser whole; `test/xlsx/sheet-data.test.ts`).
 * ExcelJS internals are used by name (pinned to exceljs 4.4.0 in package.json; `test/xlsx/zlib-load.test.ts` compares
 * both readers' models on the seed files and a workbook with every part kind).
 */
import type ExcelJS from 'exceljs';
import type JSZip from 'jszip';
import {
  applyMerges,
  boundNames,
  boundSheet,
  deferLargeValidations,
  deferredCells,
  MergeOverlap,
  MergeTooLarge,
  usedExtent,
  type Box,
  type SheetModel,
} from './bounds';
import { attribute } from './attributes';
import { fixCellParser } from './exceljs-fixes';
import { FileError } from './file-error';
import { InflateBroken, InflateTooLarge, type Inflater } from './inflater';
import { needsPositions, unprefixed, withoutPhonetic, withPositions } from './normalise';
import { LIMITS } from './limits';
import { modelSnapshot } from './model-snapshot';
import { settleUnknownFormulas } from './unknown-formulas';
import { gaveUp, piecesWithout, scanSheetData, type SheetData } from './sheet-data';
import { restEvents, type SaxEvent } from './sheet-rest';
import type { SheetSnapshot } from '../core/model/snapshot';

/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS's xforms have no public entry point */
const SharedStringsXform = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform');
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform');
const AppXform = require('exceljs/lib/xlsx/xform/core/app-xform');
const CoreXform = require('exceljs/lib/xlsx/xform/core/core-xform');
const Worksheet = require('exceljs/lib/doc/worksheet');
const WorksheetXform = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform');
/* eslint-enable @typescript-eslint/no-require-imports */

type Model = Record<string, unknown>;
type Parser = {
  parseStream(s: Iterable<string> | NodeJS.ReadableStream): Promise<unknown>;
  /** Takes the SAX events in groups (ExcelJS's parse-sax yields one group per piece of text). */
  parse(events: Iterable<SaxEvent[]>): Promise<unknown>;
};
type Xlsx = Record<string, (...args: unknown[]) => Promise<unknown>> & { reconcile(model: Model, options?: unknown): void };

interface RawEntry {
  uncompressedSize?: number;
}

/** Parts ExcelJS reads as bytes (piped), not as text. */
const BINARY = [/xl\/media\//, /xl\/theme\/([a-zA-Z0-9]+)[.]xml/];

const parse = async (xform: Parser, text: Iterable<string>) => xform.parseStream(text);

/** The fixed parts, as ExcelJS's load stores them in its model. */
const FIXED: Record<string, (x: Xlsx, text: Iterable<string>, model: Model) => Promise<void>> = {
  '_rels/.rels': async (x, t, m) => void (m.globalRels = await x.parseRels!(t)),
  'xl/workbook.xml': async (x, t, m) => {
    const { sheets, definedNames, views, properties, calcProperties } = (await x.parseWorkbook!(t)) as Model;
    Object.assign(m, { sheets, definedNames, views, properties, calcProperties });
  },
  'xl/_rels/workbook.xml.rels': async (x, t, m) => void (m.workbookRels = await x.parseRels!(t)),
  'xl/sharedStrings.xml': async (_x, t, m) => {
    m.sharedStrings = new SharedStringsXform();
    await (m.sharedStrings as Parser).parseStream(t);
  },
  'xl/styles.xml': async (_x, t, m) => {
    m.styles = new StylesXform();
    await (m.styles as Parser).parseStream(t);
  },
  'docProps/app.xml': async (_x, t, m) => {
    const { company, manager } = (await parse(new AppXform(), t)) as Model;
    Object.assign(m, { company, manager });
  },
  'docProps/core.xml': async (_x, t, m) => void Object.assign(m, await parse(new CoreXform(), t)),
};

/** The numbered parts: pattern → ExcelJS's handler for it (arguments after the stream and the model). */
const NUMBERED: [RegExp, string, (m: RegExpMatchArray, name: string) => unknown[]][] = [
  [/xl\/worksheets\/sheet(\d+)[.]xml/, '_processWorksheetEntry', (m, name) => [m[1], undefined, name]],
  [/xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/, '_processWorksheetRelsEntry', (m) => [m[1]]],
  [/xl\/theme\/([a-zA-Z0-9]+)[.]xml/, '_processThemeEntry', (m) => [m[1]]],
  [/xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/, '_processMediaEntry', (m) => [m[1]]],
  [/xl\/drawings\/([a-zA-Z0-9]+)[.]xml/, '_processDrawingEntry', (m) => [m[1]]],
  [/xl\/(comments\d+)[.]xml/, '_processCommentEntry', (m) => [m[1]]],
  [/xl\/tables\/(table\d+)[.]xml/, '_processTableEntry', (m) => [m[1]]],
  [/xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/, '_processDrawingRelsEntry', (m) => [m[1]]],
  [/xl\/drawings\/(vmlDrawing\d+)[.]vml/, '_processVmlDrawingEntry', (m) => [m[1]]],
];

/** Parts without which the workbook cannot be read (worksheets besides). */
const ESSENTIAL = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|_rels\/\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml)$/;

/** A needed part that could not be parsed: its sheet's name when it is a worksheet, and the parser's own message. */
export class PartError extends Error {
  constructor(
    readonly part: string,
    readonly sheet: string | null,
    readonly reason: Error,
  ) {
    super(reason.message);
  }
}

/** Conditional formats that name a differential style the styles part does not have keep their rule without it. */
function dropDanglingStyles(model: Model): void {
  const styles = (model.styles as { model?: { dxfs?: unknown[] } } | undefined)?.model;
  if (styles && !styles.dxfs) styles.dxfs = [];
  const dxfs = styles?.dxfs ?? [];
  for (const ws of (model.worksheets as { conditionalFormattings?: { rules?: { dxfId?: number }[] }[] }[]) ?? [])
    for (const cf of ws?.conditionalFormattings ?? [])
      for (const rule of cf.rules ?? []) if (rule.dxfId !== undefined && !dxfs[rule.dxfId]) delete rule.dxfId;
}

/** Text in pieces of 64 Ki characters: ExcelJS's SAX parser takes any iterable of strings. */
const PIECE = 65536;
function* pieces(text: string): Generator<string> {
  for (let i = 0; i < text.length; i += PIECE) yield text.slice(i, i + PIECE);
}

/** Inflation budget for one file: every part's real inflated size counts, not the size its header states. */
export class Budget {
  left = LIMITS.inflatedBytes;
  constructor(
    readonly path: string,
    readonly inflater: Inflater,
  ) {}
  take(bytes: number): void {
    this.left -= bytes;
    if (this.left < 0) throw this.refusal();
  }
  refusal(): FileError {
    return new FileError(`无法读取 ${this.path}：解压后超过上限 ${LIMITS.inflatedBytes / 2 ** 20} MB`);
  }
}

/** One part's bytes, inflated within the budget. */
export async function partBytes(zip: JSZip, name: string, budget: Budget): Promise<Uint8Array> {
  let out: Uint8Array;
  try {
    out = await budget.inflater.whole(zip, name, Math.max(1, budget.left));
  } catch (e) {
    if (e instanceof InflateTooLarge) throw budget.refusal();
    if (e instanceof InflateBroken) throw new FileError(`无法读取 ${budget.path}：压缩包中的 ${name} 已损坏`);
    throw e;
  }
  budget.take(out.length);
  return out;
}

/** Streams a large part through `take` as text in chunks (memory bounded) until it returns false. */
export async function streamPart(zip: JSZip, name: string, inflater: Inflater, take: (text: string) => boolean): Promise<void> {
  const decoder = new TextDecoder('utf-8');
  await inflater.stream(zip, name, (b) => take(decoder.decode(b, { stream: true })));
}

const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** ExcelJS's media and theme handlers, which take a Node stream, done on the bytes (the same model entries). */
function binaryPart(model: Model, name: string, bytes: Uint8Array): void {
  const theme = /xl\/theme\/([a-zA-Z0-9]+)[.]xml/.exec(name);
  if (theme) {
    (model.themes as Model)[theme[1]!] = utf8(bytes);
    return;
  }
  const media = /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/.exec(name);
  const filename = media?.[1];
  const dot = filename?.lastIndexOf('.') ?? -1;
  if (!filename || dot < 1) return;
  const list = model.media as unknown[];
  const index = model.mediaIndex as Record<string, number>;
  index[filename] = list.length;
  index[filename.slice(0, dot)] = list.length;
  const B = (globalThis as { Buffer?: { from(b: Uint8Array): Uint8Array } }).Buffer;
  list.push({ type: 'image', name: filename.slice(0, dot), extension: filename.slice(dot + 1), buffer: B ? B.from(bytes) : bytes });
}

/** Cells and rows already counted in text[start, end) (whole elements). */
export interface Counted {
  start: number;
  end: number;
  cells: number;
  rows: number;
}

export interface LoadHooks {
  /**
   * Called with each worksheet's text before ExcelJS parses it (with the cells and rows of its sheetData when
   * ./sheet-data.ts has read it: the same refusals); throws to refuse the file.
   */
  scan(name: string, text: string, counted?: Counted): void;
  /** Called for a worksheet whose header says it is too large to hold at once: scan it streamed, before inflating. */
  scanLarge(name: string): Promise<void>;
  /** Called once the parts are parsed, with the cells merges and validations will add (bounded); throws to refuse. */
  expansion?(cells: number): void;
  /** A sheet's name for messages, from its part's name. */
  sheetName?(part: string): string;
}

/**
 * The worksheet parts the workbook's relationships name (a worksheet part may be called anything), as part name →
 * key ExcelJS files its relationships under.
 */
export function worksheetParts(relsXml: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    if (!/\/worksheet$/.test(attribute(m[0], 'Type') ?? '')) continue;
    const target = attribute(m[0], 'Target');
    if (!target) continue;
    const name = `xl/${target.replace(/^(\s|\/xl\/)+/, '')}`;
    const base = name.replace(/^.*\//, '').replace(/\.xml$/i, '');
    parts.set(name, /^sheet\d+$/.test(base) ? base.slice(5) : base);
  }
  return parts;
}

/** ExcelJS's worksheet parser with our fixes set on it alone (the classes stay as they are for anyone else). */
function worksheetParser(options: unknown): Parser {
  const xform = new WorksheetXform(options) as Parser & {
    map: { sheetData: { childXform: { map: { c: unknown } } }; dataValidations: unknown };
  };
  fixCellParser(xform.map.sheetData.childXform.map.c);
  deferLargeValidations(xform.map.dataValidations);
  return xform;
}

/**
 * The worksheet's model with its rows read by ./sheet-data.ts and the rest by ExcelJS's WorksheetXform (given the
 * rest's SAX events from ./sheet-rest.ts, else the text without the sheetData's content, in the same pieces), or null where the scanner gave up or ExcelJS's parser did
 * not file that sheetData as the sheet's rows: such a sheet is parsed whole as before.
 */
async function scannedWorksheet(text: string, data: SheetData, options: unknown): Promise<Model | null> {
  try {
    const parser = worksheetParser(options);
    const events = restEvents(text, data.start, data.end);
    const worksheet = (await (events
      ? parser.parse([events])
      : parser.parseStream(piecesWithout(text, data.start, data.end, PIECE)))) as Model | null;
    const rows = worksheet?.rows;
    if (!Array.isArray(rows) || rows.length) return null;
    worksheet!.rows = data.rows;
    return worksheet!;
  } catch {
    return null; // parsed whole below, which says what is wrong
  }
}

/**
 * A worksheet's text (prefixes and phonetic runs removed) made what ExcelJS's parser reads — rows and cells given
 * their `r` (./normalise.ts `withPositions`) — with its sheetData read by ./sheet-data.ts when `scan` and it can.
 * `scanned` is called first with what the scanner counted (see `LoadHooks.scan`); it throws to refuse the sheet.
 */
export function sheetText(
  text: string,
  scan: boolean,
  scanned: (counted: Counted | undefined) => void,
): { text: string; rows: SheetData | null } {
  const data = scan ? scanSheetData(text) : null;
  let rows = data && !gaveUp(data) ? data : null;
  scanned(rows ? { start: rows.start, end: rows.end, cells: rows.cells, rows: rows.rows.length } : undefined);
  // Every row and cell of the sheetData has its `r`, and nothing outside it looks like one without: nothing to give.
  if (rows?.positioned && !needsPositions(text.slice(0, rows.start)) && !needsPositions(text.slice(rows.end))) return { text, rows };
  const positioned = withPositions(text);
  if (positioned !== text && rows) {
    const again = scanSheetData(positioned);
    rows = gaveUp(again) ? null : again;
  }
  return { text: positioned, rows };
}

/**
 * One worksheet's (normalised) text parsed into ExcelJS's worksheet model; `rows`: its sheetData as read by
 * ./sheet-data.ts from this text (null: ExcelJS's parser reads it).
 */
export async function worksheetModel(text: string, rows: SheetData | null, options?: unknown): Promise<Model> {
  return (rows && (await scannedWorksheet(text, rows, options))) || ((await worksheetParser(options).parseStream(pieces(text))) as Model);
}

/**
 * ExcelJS's `_processWorksheetEntry`, with the parser made here so that our fixes are set on it alone: large
 * validation ranges kept aside (./bounds.ts) and the cell values ExcelJS misreads (./exceljs-fixes.ts). `scan`: the
 * rows read by ./sheet-data.ts where it can (the same models).
 */
async function parseWorksheet(
  text: string,
  rows: SheetData | null,
  model: Model,
  sheetNo: string,
  options: unknown,
  path: string,
): Promise<void> {
  const worksheet = await worksheetModel(text, rows, options);
  worksheet.sheetNo = sheetNo;
  (model.worksheetHash as Model)[path] = worksheet;
  (model.worksheets as Model[]).push(worksheet);
}

/** The workbook ExcelJS's `load` would build from this zip, each part inflated once. */
export async function loadXlsx(wb: ExcelJS.Workbook, zip: JSZip, budget: Budget, hooks: LoadHooks): Promise<void> {
  const model = await parseXlsx(wb, zip, budget, hooks, false);
  setModel(wb, model, hooks, (ws, m, merges, full) => {
    (ws as unknown as { model: unknown }).model = m;
    (ws as unknown as { _name: string })._name = full;
    mergeAll(ws, merges, full);
  });
}

/**
 * The sheets' snapshots straight from the parsed parts (./model-snapshot.ts): the same parts read and checked as
 * `loadXlsx` reads them, every worksheet made as there, but its cells never made into ExcelJS rows and cells — what
 * `check` needs when it writes no copy. Throws `Unusual` where the file is not the common case that reading covers.
 * `scan`: the worksheets' rows read by ./sheet-data.ts where it can (false: by ExcelJS's parser, for comparison).
 */
export async function snapshotXlsx(
  wb: ExcelJS.Workbook,
  zip: JSZip,
  budget: Budget,
  hooks: LoadHooks,
  scan = true,
): Promise<SheetSnapshot[]> {
  const model = await parseXlsx(wb, zip, budget, hooks, scan);
  const sheets: { orderNo: number; sheet: SheetSnapshot }[] = [];
  setModel(wb, model, hooks, (ws, m, merges, full) => {
    (ws as unknown as { model: unknown }).model = { ...m, rows: [] };
    (ws as unknown as { _name: string })._name = full;
    const orderNo = (ws as unknown as { orderNo: number }).orderNo;
    mergeError(full, () => void (sheets[m.id] = { orderNo, sheet: modelSnapshot(ws, m, merges, full) }));
  });
  // The order of ExcelJS's `workbook.worksheets`: by sheet id, then by the workbook's sheet order.
  return sheets
    .slice(1)
    .sort((a, b) => a.orderNo - b.orderNo)
    .filter(Boolean)
    .map((s) => s.sheet);
}

/**
 * Every part ExcelJS's `load` reads, parsed and reconciled into its workbook model (the worksheets not made yet);
 * `scan`: the worksheets' rows read by ./sheet-data.ts where it can.
 */
async function parseXlsx(wb: ExcelJS.Workbook, zip: JSZip, budget: Budget, hooks: LoadHooks, scan: boolean): Promise<Model> {
  const x = wb.xlsx as unknown as Xlsx;
  const model: Model = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  const relsEntry = zip.file('xl/_rels/workbook.xml.rels');
  const sheetParts = relsEntry ? worksheetParts(utf8(await partBytes(zip, relsEntry.name, budget))) : new Map<string, string>();
  const relsOf = new Map([...sheetParts].map(([part, key]) => [part.replace(/[^/]*$/, `_rels/${key}.xml.rels`), key]));
  const byRelation = (name: string): [RegExp, string, (m: RegExpMatchArray, name: string) => unknown[]] | undefined => {
    const key = sheetParts.get(name);
    if (key !== undefined) return [/.*/, '_processWorksheetEntry', () => [key, undefined, name]];
    const rel = relsOf.get(name);
    if (rel !== undefined) return [/.*/, '_processWorksheetRelsEntry', () => [rel]];
    return undefined;
  };
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const name = entry.name.replace(/^\//, '');
    const numbered = byRelation(name) ?? NUMBERED.find(([re]) => re.test(name));
    if (!FIXED[name] && !numbered) continue;
    const isSheet = numbered?.[1] === '_processWorksheetEntry';
    const declared = (entry as unknown as { _data?: RawEntry })._data?.uncompressedSize ?? 0;
    if (isSheet && declared > 8 * 2 ** 20) await hooks.scanLarge(entry.name);
    const bytes = await partBytes(zip, entry.name, budget);
    try {
      if (BINARY.some((re) => re.test(name))) {
        binaryPart(model, name, bytes);
        continue;
      }
      let text = unprefixed(utf8(bytes));
      if (isSheet || name === 'xl/sharedStrings.xml') text = withoutPhonetic(text);
      let rows: SheetData | null = null;
      if (isSheet) ({ text, rows } = sheetText(text, scan, (counted) => hooks.scan(entry.name, text, counted)));
      if (FIXED[name]) await FIXED[name]!(x, pieces(text), model);
      else if (isSheet)
        await parseWorksheet(text, rows, model, ...(numbered![2](name.match(numbered![0])!, name) as [string, unknown, string]));
      else await x[numbered![1]]!(pieces(text), model, ...numbered![2](name.match(numbered![0])!, name));
    } catch (e) {
      if (e instanceof FileError) throw e;
      // A part the check does not need (document properties, comments, drawings, themes) is left out when
      // it cannot be parsed; one it needs is refused, named for the user.
      if (!ESSENTIAL.test(name) && !isSheet) continue;
      throw new PartError(name, isSheet ? (hooks.sheetName?.(name) ?? name) : null, e as Error);
    }
  }
  dropDanglingStyles(model);
  x.reconcile(model, undefined);
  settleUnknownFormulas(model.worksheets as never);
  return model;
}

type MakeSheet = (ws: ExcelJS.Worksheet, m: SheetModel, merges: Box[], name: string) => void;

/**
 * `workbook.model = model`, with the worksheets made here: ExcelJS's name setter looks for a clash among all the
 * sheets made so far (quadratic: 0.2 s over a thousand sheets), so each sheet is made while the workbook's list is
 * empty and the clash is looked up in a set instead — the same names refused with the same message.
 */
function setModel(wb: ExcelJS.Workbook, model: Model, hooks: LoadHooks, make: MakeSheet): void {
  const worksheets = (model.worksheets as SheetModel[]).filter(Boolean);
  hooks.expansion?.(worksheets.reduce((n, m) => n + deferredCells(m), 0));
  const used = new Map(worksheets.map((m) => [m.name, usedExtent(m)]));
  const book = wb as unknown as { model: Model; _worksheets: unknown[] };
  book.model = { ...model, worksheets: [], definedNames: boundNames(model.definedNames as never, used) };
  const made: unknown[] = [];
  const names = new Set<string>();
  const order = new Map(((model.sheets as { id: number }[] | undefined) ?? []).map((s, i) => [s.id, i]));
  for (const m of worksheets) {
    book._worksheets = [];
    // ExcelJS's name setter truncates to 31 characters (two long names sharing their first 31 then clash) and
    // refuses some characters: the sheet is made under a placeholder and given its name as the file has it.
    const full = String(m.name ?? `Sheet${m.id}`);
    m.name = `S${m.id}`;
    const ws = new Worksheet({
      id: m.id,
      name: m.name,
      orderNo: model.sheets ? (order.get(m.id) ?? -1) : undefined,
      state: m.state,
      workbook: wb,
    });
    const key = full.toLowerCase();
    if (names.has(key)) throw new FileError(`工作簿中有两个工作表都叫「${full}」（文件已损坏）。请在 Excel 中打开、另存后再试`);
    names.add(key);
    made[m.id] = ws;
    book._worksheets = made;
    let merges: Box[];
    try {
      merges = boundSheet(m).merges;
    } catch (e) {
      if (e instanceof MergeTooLarge) throw new FileError(`工作表「${full}」有一个合并区域 ${e.range} 过大，未读取`);
      throw e;
    }
    make(ws, m, merges, full);
    m.name = full;
  }
  book._worksheets = made;
}

function mergeAll(ws: unknown, merges: Box[], sheet: string): void {
  mergeError(sheet, () => applyMerges(ws as Parameters<typeof applyMerges>[0], merges));
}

/** A merge over another is refused in the user's words. */
export function mergeError(sheet: string, apply: () => void): void {
  try {
    apply();
  } catch (e) {
    if (e instanceof MergeOverlap)
      throw new FileError(`工作表「${sheet}」的合并区域 ${e.range} 与另一个合并区域重叠（文件已损坏）。请在 Excel 中打开、另存后再试`);
    throw e;
  }
}
