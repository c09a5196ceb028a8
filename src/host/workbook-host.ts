/**
 * The host seam: everything the pane and the actions (src/actions/) ask of a spreadsheet program, and nothing more.
 * Hosts are siblings behind it — Office.js (src/office/office-host.ts), WPS 表格 (src/wps/wps-host.ts) and, through
 * the Office-fake path, the browser preview. The core never sees a host; an action reads a snapshot, asks the core
 * for an edit plan and applies it, all inside one `batch` (Office: one Excel.run, its syncs counted; WPS: one
 * ScreenUpdating-off stretch of synchronous calls, its host calls counted).
 */
import type { EditPlan } from '../core/model/plan';
import type { CellValue, WorkbookSnapshot } from '../core/model/snapshot';

/** What a host can do; each action asks, never assumes (Office: requirement sets; WPS: everything listed here). */
export interface HostFeatures {
  /** Cell fills are read into the snapshot and fill patterns/tints written (ExcelApi 1.9). */
  fills: boolean;
  /** Page setup of new sheets (orientation, fit to width, print titles) is written (ExcelApi 1.9). */
  pageSetup: boolean;
  /** A finding's related cells on the same sheet can be selected with it (ExcelApi 1.18 RangeAreas.select). */
  selectRelated: boolean;
}

export interface CellRef {
  sheet: string;
  cell: string;
}

/** The active cell when the snapshot was read (0-based row/column). */
export interface SelectionRef {
  sheet: string;
  row: number;
  column: number;
}

export interface SnapshotRequest {
  /** Read the cells' fills (only where `features.fills`). */
  fills: boolean;
  /** Read merged areas (parity checks, recognition of merged titles). */
  merges?: boolean;
  /** Read the active cell too, in the same read. */
  selection?: boolean;
}

/** The reads and the write of one action, against one workbook. */
export interface HostBatch {
  /** The worksheet names, in order (hidden and very hidden ones included). */
  sheetNames(): Promise<string[]>;
  /** The whole workbook: used ranges' values and number formats, sheet states, and what `req` asks for. */
  readSnapshot(req: SnapshotRequest): Promise<{ snapshot: WorkbookSnapshot; selection?: SelectionRef }>;
  /** The current values of single cells (e.g. before a repair), in one read. */
  readCells(cells: readonly CellRef[]): Promise<CellValue[]>;
  /**
   * Stored data: the values of one of the product's own sheets (the stored marks, settings, 出错说明) from A1 to
   * the end of its used range, or only `address` (null when the sheet is absent), with the workbook's sheet names
   * read on the way.
   */
  readStored(sheet: string, address?: string): Promise<{ values: CellValue[][] | null; sheetNames: string[] }>;
  /** Applies an edit plan (new sheets, fills, cell writes, deletions of the product's own sheets). */
  apply(plan: EditPlan): Promise<void>;
}

export interface WorkbookHost {
  /** Which program this is ('office', 'wps'); for messages and the bench, never for branching in actions. */
  readonly kind: string;
  supports(feature: keyof HostFeatures): boolean;
  /** Runs one action's reads and writes as one batch. */
  batch<T>(work: (io: HostBatch) => Promise<T>): Promise<T>;
  /** Activates `sheet` and selects `cell` (with the related cells on the same sheet where the host can). */
  select(sheet: string, cell: string, related?: readonly CellRef[]): Promise<void>;
  /**
   * Which workbook is open, where one pane can see several in turn (the preview opens files into the same pane; WPS
   * can switch documents under one pane): a new value means another workbook. Absent where a pane belongs to one
   * document (Office).
   */
  workbookId?(): string;
  /**
   * Calls `handler` when any sheet changes; `ours` is true when the host says this add-in made the change, false
   * when it says someone else did, undefined where it cannot say. Resolves to an unsubscribe function.
   */
  watchChanges?(handler: (change: { ours: boolean | undefined }) => void): Promise<() => Promise<void>>;
  /** What works differently in this program or version, in Chinese for the pane (Office: missing requirement sets). */
  limitations?(): string[];
}
