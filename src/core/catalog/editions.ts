/**
 * Editions of the catalog by budget year. The first edition lists every table; each later one is a small
 * delta (data) on the edition before it, so a new year is a few lines, not a copy of nine tables.
 * 2022: seed 001; 2023: seeds 000/003 (+ 三十一、人行科目).
 */
import { CATEGORIES_2022 } from './categories';
import { STANDARD_TEMPLATES } from './standard-tables';
import { S1, S2, S4, assetTable } from './supporting-tables';
import { T1_UNIT_FUNDS_LEFT, T2_UNIT_FUNDS } from './unit-funds';
import type { Edition, TableId, TableTemplate } from './types';

export type EditionOp =
  | { op: 'setCategories'; categories: string[] }
  | { op: 'setSideLeft'; table: TableId; left: string[] }
  | { op: 'appendCategory'; label: string }
  | { op: 'replaceTable'; table: TableTemplate }
  | { op: 'renameLabel'; table: TableId; from: string; to: string }
  | { op: 'defaultVariant'; table: TableId; variant: string };

export interface EditionDelta {
  id: string;
  year: number;
  label: string;
  /** Edition this one changes; absent for the first. */
  base?: string;
  provenance: string;
  provisional: boolean;
  /** Full table list (first edition, or an edition imported from a 样表). */
  tables?: TableTemplate[];
  /** Full 类 list and aliases (an imported edition carries them whole). */
  categories?: string[];
  aliases?: Record<string, string>;
  defaultVariants?: Partial<Record<TableId, string>>;
  ops: EditionOp[];
}

export const BUILTIN_DELTAS: readonly EditionDelta[] = [
  {
    id: '2022',
    year: 2022,
    label: '2022年版',
    provenance: '张家口市委编办2022年部门预算信息公开（河北）',
    provisional: false,
    tables: [
      ...STANDARD_TEMPLATES.map((t) => (t.id === 'T2' ? { ...t, variant: '5' } : t)),
      S1,
      S2,
      assetTable('20'),
      assetTable('50'),
      S4,
    ],
    ops: [
      { op: 'setCategories', categories: [...CATEGORIES_2022] },
      { op: 'defaultVariant', table: 'T9', variant: 'B' },
      { op: 'defaultVariant', table: 'S3', variant: '20' },
      { op: 'defaultVariant', table: 'T2', variant: '5' },
    ],
  },
  {
    id: '2023',
    year: 2023,
    label: '2023年版',
    base: '2022',
    provenance: '海港区编办、山海关区机关事务2023年部门预算信息公开（河北）',
    provisional: false,
    ops: [
      { op: 'appendCategory', label: '三十一、人行科目' },
      { op: 'defaultVariant', table: 'S3', variant: '50' },
    ],
  },
  {
    id: '2024',
    year: 2024,
    label: '2024年版',
    base: '2023',
    provenance: '同2023年版（未见河北2024年表样原文）',
    provisional: true,
    ops: [],
  },
  {
    id: '2025',
    year: 2025,
    label: '2025年版',
    base: '2024',
    provenance: '收支总表收入方“五、单位资金”依平山县下口镇财政所2025年部门预算收支总表；收入总表单位资金栏未见原件',
    provisional: true,
    ops: [
      { op: 'setSideLeft', table: 'T1', left: T1_UNIT_FUNDS_LEFT },
      { op: 'replaceTable', table: T2_UNIT_FUNDS },
      { op: 'defaultVariant', table: 'T2', variant: 'U' },
    ],
  },
  {
    id: '2026',
    year: 2026,
    label: '2026年版',
    base: '2025',
    provenance: '同2025年版：收支总表收入方“五、单位资金”依平山县下口镇财政所2025年部门预算收支总表，其余同2023年版（未见2026年表样原文）',
    provisional: true,
    ops: [],
  },
  {
    id: '2027',
    year: 2027,
    label: '2027年版',
    base: '2026',
    provenance: '同2025年版：收支总表收入方“五、单位资金”依平山县下口镇财政所2025年部门预算收支总表，其余同2023年版（未见2027年表样原文）',
    provisional: true,
    ops: [],
  },
];

function renameInTable(t: TableTemplate, from: string, to: string): TableTemplate {
  const swap = (s: string) => (s === from ? to : s);
  const header = t.header.map((row) => row.map((c) => ({ ...c, text: swap(c.text) })));
  let body = t.body;
  if (body.kind === 'fixed') body = { ...body, rows: body.rows.map((r) => r.map(swap)) };
  else if (body.kind === 'sides')
    body = {
      ...body,
      left: body.left.map(swap),
      right: body.right === '@categories' ? body.right : body.right.map(swap),
      tail: body.tail.map(([l, r]) => [swap(l), swap(r)] as [string, string]),
    };
  return { ...t, header, body };
}

function applyOp(e: Edition, op: EditionOp): Edition {
  switch (op.op) {
    case 'setCategories':
      return { ...e, categories: [...op.categories] };
    case 'appendCategory':
      return { ...e, categories: [...e.categories, op.label] };
    case 'replaceTable': {
      const same = (t: TableTemplate) => t.id === op.table.id && t.variant === op.table.variant;
      const tables = e.tables.some(same) ? e.tables.map((t) => (same(t) ? op.table : t)) : [...e.tables, op.table];
      return { ...e, tables };
    }
    case 'renameLabel':
      return {
        ...e,
        aliases: { ...(e.aliases ?? {}), [op.to]: e.aliases?.[op.from] ?? op.from },
        categories: op.table === 'T1' || op.table === 'T4' ? e.categories.map((c) => (c === op.from ? op.to : c)) : e.categories,
        tables: e.tables.map((t) => (t.id === op.table ? renameInTable(t, op.from, op.to) : t)),
      };
    case 'defaultVariant':
      return { ...e, defaultVariants: { ...e.defaultVariants, [op.table]: op.variant } };
    case 'setSideLeft':
      return {
        ...e,
        tables: e.tables.map((t) => (t.id === op.table && t.body.kind === 'sides' ? { ...t, body: { ...t.body, left: [...op.left] } } : t)),
      };
  }
}

/** Resolves a delta chain into a full edition. Throws (in Chinese) on an unknown base. */
export function resolveEdition(id: string, deltas: readonly EditionDelta[] = BUILTIN_DELTAS): Edition {
  const d = deltas.find((x) => x.id === id);
  if (!d) throw new Error(`未知版式：${id}`);
  const base: Edition = d.base
    ? resolveEdition(d.base, deltas)
    : { id: d.id, year: d.year, label: d.label, provenance: '', provisional: false, categories: [], tables: [], defaultVariants: {} };
  let e: Edition = {
    ...base,
    id: d.id,
    year: d.year,
    label: d.label,
    provenance: d.provenance,
    provisional: d.provisional,
    tables: d.tables ? [...d.tables] : base.tables,
    categories: d.categories ? [...d.categories] : base.categories,
    aliases: { ...(base.aliases ?? {}), ...(d.aliases ?? {}) },
    defaultVariants: { ...base.defaultVariants, ...(d.defaultVariants ?? {}) },
  };
  for (const op of d.ops) e = applyOp(e, op);
  return e;
}

/** The edition for a budget year: the latest not later than that year (or the earliest, for older years). */
export function editionForYear(year: number, deltas: readonly EditionDelta[] = BUILTIN_DELTAS): { edition: Edition; exact: boolean } {
  const sorted = [...deltas].sort((a, b) => a.year - b.year);
  const fit = sorted.filter((d) => d.year <= year).pop() ?? sorted[0]!;
  return { edition: resolveEdition(fit.id, deltas), exact: fit.year === year };
}

/** The table of an edition, in the chosen or default variant. */
export function tableOf(e: Edition, id: TableId, variant?: string): TableTemplate {
  const all = e.tables.filter((t) => t.id === id);
  const want = variant ?? e.defaultVariants[id];
  const t = (want ? all.find((x) => x.variant === want) : undefined) ?? all[0];
  if (!t) throw new Error(`版式${e.label}中没有表 ${id}`);
  return t;
}

export function variantsOf(e: Edition, id: TableId): string[] {
  return e.tables.filter((t) => t.id === id && t.variant).map((t) => t.variant!);
}
