/**
 * Known patterns behind a break, each a small data entry: when the difference of a finding equals a figure the
 * workbook or its 说明 names (the 培训费 a 说明 counts in the 三公 合计, a 上年结转 taken into a 合计), or one side is
 * the other ×10 / ×10000 (a slipped digit, 元 typed as 万元), the finding says so in one sentence:
 * 「差额 13.41 与说明中的“培训费” 13.41 相同：“三公”经费不含会议费、培训费」. Learnt from the seeds (002's 三公,
 * identities.md) and the external disclosures; never a verdict of its own, only the why beside a finding.
 */
import { Decimal } from '../money';
import type { Recognition, RecognizedTable } from '../recognize/types';
import { groupKey } from '../recognize/types';
import type { TableId } from '../catalog/types';
import type { Finding } from './types';
import { pushTo } from '../collections';

/** A figure the workbook or its 说明 names, in 万元. */
export interface NamedFigure {
  name: string;
  /** 「说明中的」, 「基本支出表中的」… */
  where: string;
  value: Decimal;
  unit: string | null;
}

/** A difference equal to a named figure. */
export interface FigurePattern {
  id: string;
  /** Only findings on these tables (all when absent). */
  tables?: TableId[];
  names: string[];
  because: string;
}

export const FIGURE_PATTERNS: readonly FigurePattern[] = [
  { id: 'sangong-training', tables: ['T9'], names: ['培训费', '会议费'], because: '“三公”经费不含会议费、培训费' },
  {
    id: 'carry-over',
    names: ['上年结转结余', '上年结转', '年初财政拨款结转和结余'],
    because: '合计与本年收入（支出）相差的正是上年结转：请核对合计是否多算或漏算了上年结转',
  },
];

/** One side is the other times a factor. */
export const SCALE_PATTERNS: readonly { factor: number; because: string }[] = [
  { factor: 10, because: '可能多输或少输了一位数字（或小数点错位）' },
  { factor: 100, because: '可能小数点错了两位' },
  { factor: 10000, because: '可能把“元”当作“万元”填写（或反之）' },
];

/** Amount cells naming a figure: 上年结转 rows and columns, 培训费 (30216) and 会议费 (30215) of 基本支出表. */
const ROW_FIGURES: { table: TableId; row: (code: string | undefined, role: string) => string | null; columns: string[] }[] = [
  { table: 'T1', row: (_c, role) => (role === 'in:carryOver' ? '上年结转结余' : null), columns: ['income'] },
  { table: 'T4', row: (_c, role) => (role === 'in:carryOver' ? '年初财政拨款结转和结余' : null), columns: ['income'] },
  { table: 'T2', row: (_c, role) => (role === 'total' ? '上年结转' : null), columns: ['carryOver'] },
  { table: 'T6', row: (code) => (code === '30216' ? '培训费' : code === '30215' ? '会议费' : null), columns: ['total'] },
];

const WAN = new Decimal(10000);
const inWan = (t: RecognizedTable, v: Decimal) => (t.money === '元' ? v.div(WAN) : v);
const TABLE_NAME: Partial<Record<TableId, string>> = { T1: '收支总表', T2: '收入总表', T4: '财政拨款收支总表', T6: '基本支出表' };

/** The figures named by the recognized tables and by the 说明 texts (「培训费13.41万元」). */
export function namedFigures(rec: Recognition, narratives: readonly string[]): NamedFigure[] {
  const out: NamedFigure[] = [];
  for (const t of rec.tables) {
    const spec = ROW_FIGURES.find((s) => s.table === t.id);
    if (!spec) continue;
    for (const r of t.rows) {
      const name = spec.row(r.code, r.role);
      if (!name) continue;
      for (const col of spec.columns) {
        const a = r.cells[col]?.amount;
        if (a?.kind === 'number' && !a.value.isZero())
          out.push({ name, where: `${TABLE_NAME[t.id]}中的`, value: inWan(t, a.value), unit: groupKey(t) });
      }
    }
  }
  for (const text of narratives)
    for (const m of text.matchAll(/(培训费|会议费)[^0-9。；\n]{0,8}?(\d+(?:\.\d+)?)\s*(万元|元)/g)) {
      const v = new Decimal(m[2]!);
      out.push({ name: m[1]!, where: '说明中的', value: m[3] === '元' ? v.div(WAN) : v, unit: null });
    }
  return out;
}

const num = (s: string): Decimal | null => (/^-?\d+(\.\d+)?$/.test(s.trim()) ? new Decimal(s.trim()) : null);

/** The one sentence that explains a finding's difference by a known pattern, or null. */
export function explainPattern(f: Finding, figures: readonly NamedFigure[], money: '万元' | '元'): string | null {
  const actual = num(f.actual);
  const expected = num(f.expected);
  if (!actual || !expected) return null;
  const diff = actual.minus(expected).abs();
  if (diff.isZero()) return null;
  const shown = (d: Decimal) => d.toFixed(money === '元' ? 0 : 2);
  const diffWan = money === '元' ? diff.div(WAN) : diff;
  for (const p of FIGURE_PATTERNS) {
    if (p.tables && (!f.table || !p.tables.includes(f.table))) continue;
    const hit = figures.find((x) => p.names.includes(x.name) && (x.unit === null || x.unit === f.unit) && x.value.equals(diffWan));
    if (hit)
      return `差额 ${shown(diff)} 与${hit.where}“${hit.name}” ${shown(money === '元' ? hit.value.times(WAN) : hit.value)} 相同：${p.because}`;
  }
  if (actual.isZero() || expected.isZero()) return null;
  for (const s of SCALE_PATTERNS) {
    const [big, small] = actual.abs().gt(expected.abs()) ? [actual, expected] : [expected, actual];
    if (big.equals(small.times(s.factor))) return `${f.actual} 与 ${f.expected} 相差 ${s.factor} 倍：${s.because}`;
  }
  return null;
}

/** Findings with their pattern sentence added (new objects; the others unchanged). */
export function withPatterns(findings: Finding[], rec: Recognition, narratives: readonly string[]): Finding[] {
  const figures = namedFigures(rec, narratives);
  // Looked up by unit, not scanned per finding (a workbook of a hundred units has thousands of 尾差 findings): a
  // finding sees its unit's figures, then the 说明's (unit null), in the order namedFigures gives them.
  const byUnit = new Map<string | null, NamedFigure[]>();
  for (const x of figures) pushTo(byUnit, x.unit, x);
  const unitless = byUnit.get(null) ?? [];
  const seen = (unit: string | null) => (unit === null ? unitless : [...(byUnit.get(unit) ?? []), ...unitless]);
  const tables = new Map<string, RecognizedTable>();
  for (const t of rec.tables) {
    const k = `${t.id}\u0000${groupKey(t)}`;
    if (!tables.has(k)) tables.set(k, t);
  }
  const money = (f: Finding) => tables.get(`${f.table}\u0000${f.unit}`)?.money ?? '万元';
  return findings.map((f) => {
    if (f.causedBy) return f;
    const why = explainPattern(f, seen(f.unit), money(f));
    return why ? { ...f, message: `${f.message}。${why}`, pattern: why } : f;
  });
}
