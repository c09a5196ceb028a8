/**
 * Terms of an identity: one printed amount cell of a recognized table, in 万元, with its rounding interval
 * (± half a unit of its last shown decimal; XBRL Calculations 1.1), and the 部门/单位 group whose tables are
 * compared with each other. Terms are built once per cell and shared by every identity that uses the cell.
 */
import { tableOf } from '../catalog/editions';
import { resolveEdition } from '../catalog/editions';
import type { TableId } from '../catalog/types';
import { Decimal, halfUnit, type NumberAmount } from '../money';
import type { AmountCell, RecognizedRow, RecognizedTable } from '../recognize/types';
import { columnName } from './labels';

const REFERENCE = resolveEdition('2023');
export const tableName = (id: TableId) => tableOf(REFERENCE, id, id === 'T9' ? 'B' : undefined).name;
const lanciOf = (id: TableId, key: string) =>
  tableOf(REFERENCE, id, id === 'T9' ? 'B' : undefined).columns.find((c) => c.key === key)?.lanci;

/** One term of an identity: a printed cell (blank counts as 0), in 万元. */
export interface Term {
  /** Dense number of the term within its Terms (one term per cell per recognition): an index for arrays. */
  readonly id: number;
  cell: AmountCell;
  table: RecognizedTable;
  row: RecognizedRow;
  column: string;
  readonly value: Decimal;
  readonly tol: Decimal;
  decimals: number;
  /** The same figure as an exact integer of BASE units (10⁻⁷ 万元), or null when it is finer or too large. */
  units: Units | null;
}

/** Integer form of a printed figure: value, half its last unit (tolerance), and its printing step, in base units. */
export interface Units {
  value: number;
  tol: number;
  step: number;
}

/** Base units per 万元: a 万元 figure with up to 7 decimals and a 元 figure with up to 3 are integers. */
export const BASE_PER_WAN = 1e7;

function unitsOf(a: AmountCell['amount'], yuan: boolean): Units | null {
  const scale = yuan ? BASE_PER_WAN / 1e4 : BASE_PER_WAN;
  if (a.kind !== 'number') return { value: 0, tol: 0, step: scale / 10 ** (yuan ? 0 : 2) };
  const d = a.decimals;
  const perUnit = scale / 10 ** d;
  if (!Number.isInteger(perUnit)) return null;
  const n = a.scaled;
  if (n === null) return null;
  const value = n * perUnit;
  if (!Number.isSafeInteger(n) || Math.abs(value) > 2 ** 50) return null;
  return { value, tol: perUnit / 2, step: Math.min(perUnit, scale / 10 ** (yuan ? 0 : 2)) };
}

export const ZERO = new Decimal(0);
const TEN_THOUSAND = new Decimal(10000);

/**
 * Builds terms; 'text' marks an amount that could not be read, null a cell the row does not have. A term is a pure
 * function of its cell, made once per recognition (compile.ts keeps one Terms per recognition): every identity, and
 * every compilation of the same recognition, shares it. The recognition itself is never written to.
 */
export class Terms {
  private readonly byCell = new Map<AmountCell, Term | 'text'>();
  private count = 0;
  of(table: RecognizedTable, row: RecognizedRow, column: string): Term | 'text' | null {
    const cell = row.cells[column];
    if (!cell) return null;
    let t = this.byCell.get(cell);
    if (t === undefined) this.byCell.set(cell, (t = makeTerm(this.count++, table, row, column, cell)));
    return t;
  }
}

function makeTerm(id: number, table: RecognizedTable, row: RecognizedRow, column: string, cell: AmountCell): Term | 'text' {
  const a = cell.amount;
  const yuan = table.money === '元';
  if (a.kind === 'text') return 'text';
  const units = unitsOf(a, yuan);
  if (a.kind === 'blank') return { id, cell, table, row, column, value: ZERO, tol: ZERO, decimals: yuan ? 0 : 2, units };
  // decimal.js only when a figure is judged in a broken identity: most identities hold exactly in integers.
  return new PrintedTerm(id, cell, table, row, column, a, yuan, units);
}

/** A printed figure as a term: value and tolerance in 万元 built on first use (a class: no closures per term). */
class PrintedTerm implements Term {
  private v: Decimal | undefined;
  readonly decimals: number;
  constructor(
    readonly id: number,
    readonly cell: AmountCell,
    readonly table: RecognizedTable,
    readonly row: RecognizedRow,
    readonly column: string,
    private readonly a: NumberAmount,
    private readonly yuan: boolean,
    readonly units: Units | null,
  ) {
    this.decimals = a.decimals;
  }
  get value(): Decimal {
    return (this.v ??= this.yuan ? this.a.value.div(TEN_THOUSAND) : this.a.value);
  }
  get tol(): Decimal {
    return this.yuan ? halfUnit(this.a.decimals).div(TEN_THOUSAND) : halfUnit(this.a.decimals);
  }
}

/** The tables of one 部门 or 单位, with rows indexed by role and code. */
export class Group {
  readonly byId = new Map<TableId, RecognizedTable>();
  private readonly index = new Map<RecognizedTable, Map<string, RecognizedRow>>();
  constructor(
    readonly key: string,
    tables: RecognizedTable[],
  ) {
    for (const t of tables) if (!this.byId.has(t.id)) this.byId.set(t.id, t);
  }
  /** 部门/单位 code of the group, null for tables grouped only by sheet. */
  get unit(): string | null {
    return this.key.startsWith('sheet:') ? null : this.key;
  }
  /** Row by role ("total", "ex:201") or code ("code:301"); a list tries each in turn. First row wins. */
  rowOf(t: RecognizedTable, role: string | readonly string[]): RecognizedRow | undefined {
    let idx = this.index.get(t);
    if (!idx) {
      idx = new Map();
      for (const r of t.rows) {
        if (!idx.has(r.role)) idx.set(r.role, r);
        if (r.code && !idx.has(`code:${r.code}`)) idx.set(`code:${r.code}`, r);
      }
      this.index.set(t, idx);
    }
    if (typeof role === 'string') return idx.get(role);
    for (const alt of role) {
      const r = idx.get(alt);
      if (r) return r;
    }
    return undefined;
  }
}

/** Zero as shown (without building a Decimal when the integer form exists). */
export const isZero = (t: Term): boolean => (t.units ? t.units.value === 0 : t.value.isZero());

/** "支出总表 2013201 行政运行（栏2 基本支出）": where a term sits, for messages. */
export function describe(t: Term): string {
  const name = tableName(t.table.id);
  const label = t.row.code ? `${t.row.code} ${t.row.label}`.trim() : t.row.label;
  const multi = Object.keys(t.table.columns).filter((k) => k !== 'seq').length > 3;
  const l = lanciOf(t.table.id, t.column);
  return `${name} ${label}${multi && l ? `（栏${l} ${columnName(t.table.id, t.column)}）` : ''}`;
}

/** A 万元 figure shown in the unit and precision of the term's table. */
export function format(d: Decimal, t: Term | undefined): string {
  const yuan = t?.table.money === '元';
  const v = yuan ? d.times(TEN_THOUSAND) : d;
  return v.toFixed(yuan ? Math.max(0, t?.decimals ?? 0) : Math.max(2, t?.decimals ?? 2));
}
