/** What recognition finds in a workbook: the standard tables, their columns by 栏次 and their rows by role. */
import type { TableId, Level, TableTemplate } from '../catalog/types';
import type { Amount } from '../money';

export interface AmountCell {
  sheet: string;
  row: number;
  col: number;
  amount: Amount;
}

export interface RecognizedRow {
  /** 0-based sheet row. */
  row: number;
  /**
   * Role of the row (catalog/row-roles.ts): "code" (科目编码 rows), "total" (合计), or a fixed-row role such as
   * "in:general" (一般公共预算拨款收入), "ex:201" (一般公共服务支出, by its code), "in:incomeSubtotal", "sg:reception".
   */
  role: string;
  label: string;
  code?: string;
  /** Amount cells by column key of the catalog template. */
  cells: Record<string, AmountCell>;
}

export interface RecognizedTable {
  id: TableId;
  level: Level | null;
  sheet: string;
  /** Title cell (0-based). */
  titleRow: number;
  titleCol: number;
  title: string;
  /** Row of the (first) 栏次 line. */
  lanciRow: number;
  unitCode: string | null;
  unitName: string | null;
  year: number | null;
  /** 万元 or 元 as printed in 单位：…; amounts are compared after converting to 万元. */
  money: '万元' | '元';
  /** The cell of the 单位：… line, where it was read (absolute, 0-based). */
  moneyAt?: { row: number; col: number };
  /** Column index of each template column key, from the 栏次 row. */
  columns: Record<string, number>;
  rows: RecognizedRow[];
  /** No data rows (printed empty, usually with 注：…空表列示). */
  empty: boolean;
  note: string | null;
  /** Variant of 三公 (A/B/C) as recognized from its rows. */
  variant?: string;
  /** The catalog layout the 栏次 and header matched (variant of the table). */
  template: TableTemplate;
  /** Last row of the table's region on its sheet. */
  endRow: number;
  /** 科目编码 tables: body rows with amounts whose 科目编码 could not be read (0-based sheet row, code column). */
  unread?: { row: number; col: number }[];
}

export interface RecognitionProblem {
  sheet: string;
  row: number;
  col: number;
  message: string;
  /** Amount cells that are not numbers: an Excel error value (a finding, 错误), a formula without result (提示). */
  kind?: 'errorValue' | 'uncomputed' | 'text' | 'unitSlip';
}

export interface Recognition {
  tables: RecognizedTable[];
  problems: RecognitionProblem[];
}

/** Key of the department/unit a table belongs to (its code, else its name, else the sheet). */
export function groupKey(t: RecognizedTable): string {
  return t.unitCode ?? t.unitName ?? `sheet:${t.sheet}`;
}
