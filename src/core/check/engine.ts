/**
 * The rule engine: evaluates the rule catalog (data) over recognized tables, in decimal.js on the figures as shown.
 * A nonzero difference is a finding: 尾差 (rounding) when it lies within the rounding interval of the printed terms
 * (each term ± half a unit of its last decimal; XBRL Calculations 1.1), 错误 beyond it; advisory rules give 提示.
 * A rule whose table or row is absent is "not evaluated", never passed or failed.
 */
import { cellAddress } from '../a1';
import { resolveEdition, tableOf } from '../catalog/editions';
import { builtinVocabulary, type Vocabulary } from '../catalog/vocabulary';
import type { TableId } from '../catalog/types';
import { Decimal, halfUnit } from '../money';
import type { Recognition, RecognizedRow, RecognizedTable, AmountCell } from '../recognize/types';
import { groupKey } from '../recognize/types';
import { bareLabel } from '../text';
import { COLUMN_NAMES, columnName } from './labels';
import type { CheckResult, Finding, FindingSeverity, NotEvaluated, Op, Ref, Rule } from './types';

const REFERENCE = resolveEdition('2023');
const tableName = (id: TableId) => tableOf(REFERENCE, id, id === 'T9' ? 'B' : undefined).name;
const lanciOf = (id: TableId, key: string) =>
  tableOf(REFERENCE, id, id === 'T9' ? 'B' : undefined).columns.find((c) => c.key === key)?.lanci;

/** One term of an identity: a printed cell (or a blank/absent one), in 万元. */
interface Term {
  cell: AmountCell | null;
  table: RecognizedTable | null;
  row: RecognizedRow | null;
  value: Decimal;
  tol: Decimal;
  decimals: number;
}

const ZERO = new Decimal(0);

function term(table: RecognizedTable, row: RecognizedRow, column: string): Term | 'text' | null {
  const cell = row.cells[column];
  if (!cell) return null;
  const scale = table.money === '元' ? new Decimal(10000) : new Decimal(1);
  const a = cell.amount;
  if (a.kind === 'text') return 'text';
  if (a.kind === 'blank') return { cell, table, row, value: ZERO, tol: ZERO, decimals: table.money === '元' ? 0 : 2 };
  return { cell, table, row, value: a.value.div(scale), tol: halfUnit(a.decimals).div(scale), decimals: a.decimals };
}

class Group {
  readonly byId = new Map<TableId, RecognizedTable>();
  constructor(
    readonly key: string,
    tables: RecognizedTable[],
  ) {
    for (const t of tables) if (!this.byId.has(t.id)) this.byId.set(t.id, t);
  }
  private readonly index = new Map<RecognizedTable, Map<string, RecognizedRow>>();
  /** Row by role ("total", "ex:…") or code ("code:301"); "a|b" tries a then b. First row wins. */
  rowOf(t: RecognizedTable, role: string): RecognizedRow | undefined {
    let idx = this.index.get(t);
    if (!idx) {
      idx = new Map();
      for (const r of t.rows) {
        if (!idx.has(r.role)) idx.set(r.role, r);
        if (r.code && !idx.has(`code:${r.code}`)) idx.set(`code:${r.code}`, r);
      }
      this.index.set(t, idx);
    }
    for (const alt of role.split('|')) {
      const r = idx.get(alt);
      if (r) return r;
    }
    return undefined;
  }
}

interface Outcome {
  severity: FindingSeverity;
  diff: Decimal;
}

function judge(left: Term[], right: Term[], op: Op, strict: boolean, constant?: Decimal): Outcome | null {
  const L = left.reduce((s, t) => s.plus(t.value), ZERO);
  const R = right.reduce((s, t) => s.plus(t.value), constant ?? ZERO);
  const tol = [...left, ...right].reduce((s, t) => s.plus(t.tol), ZERO);
  const diff = L.minus(R);
  const excess = op === '=' ? diff.abs() : op === '<=' ? diff : diff.neg();
  if (excess.lte(0)) return null;
  if (!strict) return { severity: 'advisory', diff };
  return { severity: excess.lte(tol) ? 'rounding' : 'error', diff };
}

const OP_BREAK: Record<Op, string> = { '=': '≠', '<=': '>', '>=': '<' };

export function runRules(rec: Recognition, rules: readonly Rule[], vocabulary: Vocabulary = builtinVocabulary()): CheckResult {
  const CATEGORY_LABELS = vocabulary.categories;
  const T1_INCOME_LABELS = vocabulary.t1Income;
  const T4_INCOME_LABELS = vocabulary.t4Income;
  const findings: Finding[] = [];
  const notEvaluated: NotEvaluated[] = [];
  const groups = new Map<string, RecognizedTable[]>();
  for (const t of rec.tables) {
    const k = groupKey(t);
    groups.set(k, [...(groups.get(k) ?? []), t]);
  }
  const groupList = [...groups.entries()].map(([k, ts]) => new Group(k, ts));
  const problems = rec.problems.map((p) => ({ sheet: p.sheet, cell: cellAddress(p.row, p.col), message: p.message }));
  for (const [, ts] of groups) {
    const seen = new Set<TableId>();
    for (const t of ts) {
      if (seen.has(t.id))
        problems.push({ sheet: t.sheet, cell: cellAddress(t.titleRow, t.titleCol), message: `同一单位有两张“${t.title}”，只检查第一张` });
      seen.add(t.id);
    }
  }

  const fmt = (d: Decimal, t: Term | undefined) => {
    const yuan = t?.table?.money === '元';
    const v = yuan ? d.times(10000) : d;
    return v.toFixed(yuan ? Math.max(0, t?.decimals ?? 0) : Math.max(2, t?.decimals ?? 2));
  };
  const describe = (t: Term, column: string) => {
    const name = t.table ? tableName(t.table.id) : '';
    const label = t.row ? (t.row.code ? `${t.row.code} ${t.row.label}` : t.row.label) : '';
    const multi = t.table ? Object.keys(t.table.columns).filter((k) => k !== 'seq').length > 3 : false;
    const l = t.table ? lanciOf(t.table.id, column) : undefined;
    return `${name} ${label}${multi && l && t.table ? `（栏${l} ${columnName(t.table.id, column)}）` : ''}`;
  };

  type Desc = string | (() => string);
  function emit(rule: Rule, g: Group, left: Term[], right: Term[], op: Op, leftDescArg: Desc, rightDescArg: Desc, constant?: Decimal) {
    const o = judge(left, right, op, rule.severity === 'strict', constant);
    if (!o) return;
    const leftDesc = typeof leftDescArg === 'function' ? leftDescArg() : leftDescArg;
    const rightDesc = typeof rightDescArg === 'function' ? rightDescArg() : rightDescArg;
    const judged = left.find((t) => t.cell) ?? right.find((t) => t.cell);
    if (!judged?.cell) return;
    const L = left.reduce((s, t) => s.plus(t.value), ZERO);
    const R = right.reduce((s, t) => s.plus(t.value), constant ?? ZERO);
    const related = [...left, ...right]
      .filter((t) => t.cell && t !== judged)
      .map((t) => ({ sheet: t.cell!.sheet, cell: cellAddress(t.cell!.row, t.cell!.col) }));
    const actual = fmt(L, judged);
    const expected = fmt(R, judged);
    const difference = fmt(o.diff, judged);
    const tag = o.severity === 'rounding' ? '（尾差）' : '';
    findings.push({
      id: '',
      rule: rule.id,
      title: rule.title,
      severity: o.severity,
      message: `${leftDesc} ${actual} ${OP_BREAK[op]} ${rightDesc} ${expected}，差 ${difference}${tag}`,
      sheet: judged.cell.sheet,
      cell: cellAddress(judged.cell.row, judged.cell.col),
      related,
      expected,
      actual,
      difference,
      unit: g.key.startsWith('sheet:') ? null : g.key,
      table: judged.table?.id ?? null,
    });
  }

  const skip = (rule: Rule, g: Group, reason: string) =>
    notEvaluated.push({ rule: rule.id, unit: g.key.startsWith('sheet:') ? null : g.key, reason });

  const expand = (token: string): { roles: string[]; optional: boolean } => {
    switch (token) {
      case '@categories':
        return { roles: CATEGORY_LABELS.map((l) => `ex:${l}`), optional: true };
      case '@t1income':
        return { roles: T1_INCOME_LABELS.map((l) => `in:${l}`), optional: true };
      case '@t4income':
        return { roles: T4_INCOME_LABELS.map((l) => `in:${l}`), optional: true };
      case '@t4carry':
        return { roles: T4_INCOME_LABELS.map((l) => `co:${l}`), optional: true };
      default:
        return { roles: [token], optional: false };
    }
  };

  const amountColumns = (t: RecognizedTable) =>
    Object.keys(t.rows[0]?.cells ?? {}).length ? [...new Set(t.rows.flatMap((r) => Object.keys(r.cells)))] : [];
  const hasNumber = (terms: Term[]) => terms.some((t) => t.cell?.amount.kind === 'number');

  for (const g of groupList) {
    for (const rule of rules) {
      switch (rule.kind) {
        case 'rowSum': {
          const t = g.byId.get(rule.table);
          if (!t) {
            skip(rule, g, `缺少${tableName(rule.table)}`);
            break;
          }
          for (const row of t.rows) {
            if (rule.rows !== 'all' && !rule.rows.some((p) => row.role.startsWith(p))) continue;
            const total = term(t, row, rule.total);
            if (!total || total === 'text') continue;
            const parts = rule.parts.map((p) => term(t, row, p));
            if (parts.some((p) => p === 'text')) continue;
            const ps = parts.filter((p): p is Term => !!p && p !== 'text');
            if (!hasNumber([total, ...ps])) continue;
            emit(
              rule,
              g,
              [total],
              ps,
              '=',
              () => describe(total, rule.total),
              `${rule.parts.map((p) => columnName(rule.table, p)).join('＋')}之和`,
            );
          }
          break;
        }
        case 'columnSum': {
          const t = g.byId.get(rule.table);
          if (!t) {
            skip(rule, g, `缺少${tableName(rule.table)}`);
            break;
          }
          const totalRow = g.rowOf(t, rule.total);
          if (!totalRow) {
            skip(rule, g, `${tableName(rule.table)}没有该合计行`);
            break;
          }
          let chosen: { roles: string[]; optional: boolean }[] | null = null;
          for (const alt of rule.parts) {
            const ex = alt.map(expand);
            const present = ex.every((e) => e.optional || e.roles.every((r) => g.rowOf(t, r)));
            if (present) {
              chosen = ex;
              break;
            }
          }
          if (!chosen) {
            skip(rule, g, `${tableName(rule.table)}未列出组成行`);
            break;
          }
          if (rule.requireAllParts && !chosen.every((e) => e.roles.every((r) => g.rowOf(t, r)))) {
            skip(rule, g, `${tableName(rule.table)}未列出全部明细行`);
            break;
          }
          const partRows = chosen.flatMap((e) => e.roles.map((r) => g.rowOf(t, r)).filter((x): x is RecognizedRow => !!x));
          for (const col of rule.columns) {
            const total = term(t, totalRow, col);
            if (!total || total === 'text') continue;
            const parts = partRows.map((r) => term(t, r, col));
            if (parts.some((p) => p === 'text')) continue;
            const ps = parts.filter((p): p is Term => !!p && p !== 'text');
            emit(
              rule,
              g,
              [total],
              ps,
              '=',
              () => describe(total, col),
              partRows.length === 1 ? partRows[0]!.label : (rule.title.split('＝')[1] ?? '各组成行之和'),
            );
          }
          break;
        }
        case 'codeHierarchy':
        case 'codeTotal': {
          const t = g.byId.get(rule.table);
          if (!t) {
            skip(rule, g, `缺少${tableName(rule.table)}`);
            break;
          }
          const coded = t.rows.filter((r) => r.code);
          const cols = amountColumns(t);
          const check = (parent: RecognizedRow, children: RecognizedRow[], what: string) => {
            for (const col of cols) {
              const p = term(t, parent, col);
              const cs = children.map((c) => term(t, c, col));
              if (!p || p === 'text' || cs.some((c) => c === 'text')) continue;
              const ps = cs.filter((c): c is Term => !!c && c !== 'text');
              if (!hasNumber([p, ...ps])) continue;
              emit(rule, g, [p], ps, '=', () => describe(p, col), what);
            }
          };
          if (rule.kind === 'codeTotal') {
            const total = t.rows.find((r) => r.role === 'total');
            const cats = coded.filter((r) => r.code!.length === 3);
            if (!total || cats.length === 0) {
              if (!t.empty) skip(rule, g, `${tableName(rule.table)}没有合计行或类级科目`);
              break;
            }
            check(total, cats, '各类之和');
          } else {
            for (const parent of coded) {
              const len = parent.code!.length;
              if (len >= 7) continue;
              const kids = coded.filter((c) => c.code!.length === len + 2 && c.code!.startsWith(parent.code!));
              if (kids.length) check(parent, kids, len === 3 ? '所属各款之和' : '所属各项之和');
            }
          }
          break;
        }
        case 'compare': {
          if (rule.when === 'mixedIncomeLayout' && !mixedIncomeLayout(g)) {
            skip(rule, g, '收支总表与收入总表的收入口径相同，逐项比较');
            break;
          }
          const collect = (refs: Ref[]): Term[] | string => {
            const out: Term[] = [];
            for (const ref of refs) {
              const t = g.byId.get(ref.table);
              if (!t) return `缺少${tableName(ref.table)}`;
              const row = g.rowOf(t, ref.row);
              if (!row) {
                if (ref.optional) continue;
                return `${tableName(ref.table)}没有${ref.row.replace(/^\w+:/, '')}行`;
              }
              const x = term(t, row, ref.column);
              if (x === 'text') return '金额无法识别';
              if (!x) {
                if (ref.optional) continue;
                return `${tableName(ref.table)}缺少${COLUMN_NAMES[ref.column] ?? ref.column}栏`;
              }
              out.push(x);
            }
            return out;
          };
          const left = collect(rule.left);
          const right = collect(rule.right);
          if (typeof left === 'string' || typeof right === 'string') {
            skip(rule, g, typeof left === 'string' ? left : (right as string));
            break;
          }
          if (left.length === 0 || (right.length === 0 && rule.constant === undefined)) {
            skip(rule, g, '两边科目均未列出');
            break;
          }
          const ld = () =>
            left.length === 1 ? describe(left[0]!, rule.left[0]!.column) : left.map((x) => describe(x, rule.left[0]!.column)).join('＋');
          const rd = () =>
            rule.constant !== undefined
              ? ''
              : right.length === 1
                ? describe(right[0]!, rule.right[0]!.column)
                : `${right.map((x) => describe(x, rule.right[0]!.column)).join('＋')}`;
          emit(rule, g, left, right, rule.op, ld, rd, rule.constant !== undefined ? new Decimal(rule.constant) : undefined);
          break;
        }
        case 'perCategory': {
          const lt = g.byId.get(rule.left.table);
          const rt = g.byId.get(rule.right.table);
          if (!lt || !rt) {
            skip(rule, g, `缺少${tableName(!lt ? rule.left.table : rule.right.table)}`);
            break;
          }
          const isCat = (r: RecognizedRow) =>
            r.code?.length === 3 || (r.role.startsWith('ex:') && CATEGORY_LABELS.includes(r.role.slice(3)));
          const catKey = (r: RecognizedRow) => (r.code ? bareLabel(r.label) : r.role.slice(3));
          const cats = lt.rows.filter(isCat);
          const matched = new Set<RecognizedRow>();
          for (const c of cats) {
            const rr = rt.rows.find((r) => r.role === `ex:${catKey(c)}`);
            const l = term(lt, c, rule.left.column);
            if (!l || l === 'text') continue;
            if (!rr) {
              if (l.value.isZero()) continue;
              emit(rule, g, [l], [], rule.op, () => describe(l, rule.left.column), `${tableName(rt.id)}中无“${c.label}”类，视为`);
              continue;
            }
            matched.add(rr);
            const r = term(rt, rr, rule.right.column);
            if (!r || r === 'text') continue;
            emit(
              rule,
              g,
              [l],
              [r],
              rule.op,
              () => describe(l, rule.left.column),
              () => describe(r, rule.right.column),
            );
          }
          if (rule.coverRight) {
            for (const rr of rt.rows.filter((r) => r.role.startsWith('ex:') && CATEGORY_LABELS.includes(r.role.slice(3)))) {
              if (matched.has(rr)) continue;
              const r = term(rt, rr, rule.right.column);
              if (!r || r === 'text' || r.value.isZero()) continue;
              emit(rule, g, [r], [], '=', () => describe(r, rule.right.column), `${tableName(lt.id)}中无此类，视为`);
            }
          }
          break;
        }
        case 'perCode': {
          const lt = g.byId.get(rule.left.table);
          const rt = g.byId.get(rule.right.table);
          if (!lt || !rt) {
            skip(rule, g, `缺少${tableName(!lt ? rule.left.table : rule.right.table)}`);
            break;
          }
          for (const lr of lt.rows.filter((r) => r.code)) {
            const rr = rt.rows.find((r) => r.code === lr.code);
            rule.left.columns.forEach((lc, i) => {
              const l = term(lt, lr, lc);
              if (!l || l === 'text') return;
              if (!rr) {
                if (!rule.sameCodes && l.value.isZero()) return;
                emit(rule, g, [l], [], rule.op, () => describe(l, lc), `${tableName(rt.id)}中无科目${lr.code}，视为`);
                return;
              }
              const r = term(rt, rr, rule.right.columns[i]!);
              if (!r || r === 'text') return;
              emit(
                rule,
                g,
                [l],
                [r],
                rule.op,
                () => describe(l, lc),
                () => describe(r, rule.right.columns[i]!),
              );
            });
          }
          if (rule.sameCodes) {
            for (const rr of rt.rows.filter((r) => r.code && !lt.rows.some((x) => x.code === r.code))) {
              const r = term(rt, rr, rule.right.columns[0]!);
              if (!r || r === 'text') continue;
              emit(rule, g, [r], [], '=', () => describe(r, rule.right.columns[0]!), `${tableName(lt.id)}中无科目${rr.code}，视为`);
            }
          }
          break;
        }
        case 'blankWhen': {
          const t = g.byId.get(rule.table);
          if (!t) {
            skip(rule, g, `缺少${tableName(rule.table)}`);
            break;
          }
          for (const row of t.rows) {
            const hit =
              (row.code && rule.codePrefixes?.some((p) => row.code!.startsWith(p))) ||
              (rule.labels && rule.labels.includes(bareLabel(row.label)));
            if (!hit) continue;
            const x = term(t, row, rule.column);
            if (!x || x === 'text') continue;
            emit(rule, g, [x], [], '=', () => describe(x, rule.column), '应为空，', ZERO);
          }
          break;
        }
        case 'emptyTable': {
          const t = g.byId.get(rule.table);
          if (!t) {
            skip(rule, g, `缺少${tableName(rule.table)}`);
            break;
          }
          const t4 = g.byId.get(rule.against.table);
          const row = t4 ? g.rowOf(t4, rule.against.row) : undefined;
          const ag = t4 && row ? term(t4, row, rule.against.column) : null;
          if (ag && ag !== 'text') {
            const fundZero = ag.value.isZero();
            if (t.empty !== fundZero) {
              findings.push(
                structural(
                  rule,
                  g,
                  t,
                  t.empty
                    ? `${tableName(t.id)}为空，但${describe(ag, rule.against.column)}为 ${fmt(ag.value, ag)}`
                    : `${tableName(t.id)}有数据，但${describe(ag, rule.against.column)}为 0`,
                  [ag],
                ),
              );
            }
          }
          if (t.empty && !(t.note ?? '').includes('空表'))
            findings.push(structural(rule, g, t, `${tableName(t.id)}为空表，应注明“注：无…预算，空表列示。”`, []));
          break;
        }
        case 'header': {
          const ts = [...g.byId.values()];
          const years = new Set(ts.map((t) => t.year).filter((y) => y !== null));
          if (years.size > 1) {
            const main = [...years][0];
            for (const t of ts.filter((x) => x.year !== null && x.year !== main))
              findings.push(structural(rule, g, t, `${tableName(t.id)}的预算年度 ${t.year} 与同单位其他表（${main}）不一致`, []));
          }
          for (const t of ts) {
            if (t.level === '单位' && t.unitCode && t.unitCode.length !== 6)
              findings.push(structural(rule, g, t, `单位编码应为6位（部门编码＋3位）：${t.unitCode}`, []));
            if (t.level === '部门' && t.unitCode && t.unitCode.length !== 3)
              findings.push(structural(rule, g, t, `部门编码应为3位：${t.unitCode}`, []));
          }
          break;
        }
        case 'unitsSum':
          break; // evaluated across groups below
        case 'incomeLayout': {
          if (mixedIncomeLayout(g)) {
            const t2 = g.byId.get('T2')!;
            findings.push(
              structural(
                rule,
                g,
                t2,
                '收入总表与收支总表的收入口径不同（一张按“单位资金”、一张按事业收入等五项），已按合计比较；请确认采用同一版式',
              ),
            );
          }
          break;
        }
      }
    }
  }

  // U-01: 部门 = Σ 单位 (advisory), when the workbook holds both.
  for (const rule of rules.filter((r) => r.kind === 'unitsSum')) {
    if (rule.kind !== 'unitsSum') continue;
    for (const dept of groupList.filter((g) => [...g.byId.values()].some((t) => t.level === '部门') && g.key.length === 3)) {
      const units = groupList.filter((g) => g !== dept && g.key.length === 6 && g.key.startsWith(dept.key));
      if (units.length === 0) continue;
      for (const id of rule.tables) {
        const dt = dept.byId.get(id);
        const uts = units.map((u) => u.byId.get(id));
        if (!dt || uts.some((u) => !u)) continue;
        for (const row of dt.rows) {
          for (const col of Object.keys(row.cells)) {
            const d = term(dt, row, col);
            if (!d || d === 'text') continue;
            const parts: Term[] = [];
            let bad = false;
            uts.forEach((u) => {
              const ur = row.code
                ? u!.rows.find((r) => r.code === row.code)
                : (u!.rows.find((r) => r.role === row.role && r.label === row.label) ?? u!.rows.find((r) => r.role === row.role));
              if (!ur) return;
              const x = term(u!, ur, col);
              if (x === 'text') bad = true;
              else if (x) parts.push(x);
            });
            if (bad) continue;
            emit(rule, dept, [d], parts, '=', () => describe(d, col), `所属单位之和`);
          }
        }
      }
    }
  }

  return {
    findings: finalize(findings),
    notEvaluated,
    problems,
    tables: rec.tables.map((t) => ({ id: t.id, sheet: t.sheet, unit: t.unitCode, level: t.level, year: t.year, title: t.title })),
  };
}

/** 收支总表 with 单位资金 and 收入总表 with five columns, or the reverse. */
function mixedIncomeLayout(g: Group): boolean {
  const t1 = g.byId.get('T1');
  const t2 = g.byId.get('T2');
  if (!t1 || !t2) return false;
  const t1Unit = t1.rows.some((r) => r.role === 'in:单位资金');
  const t2Unit = t2.columns.unitFunds !== undefined;
  return t1Unit !== t2Unit;
}

function structural(rule: Rule, g: Group, t: RecognizedTable, message: string, related: Term[] = []): Finding {
  return {
    id: '',
    rule: rule.id,
    title: rule.title,
    severity: rule.severity === 'strict' ? 'error' : 'advisory',
    message,
    sheet: t.sheet,
    cell: cellAddress(t.titleRow, t.titleCol),
    related: related.filter((x) => x.cell).map((x) => ({ sheet: x.cell!.sheet, cell: cellAddress(x.cell!.row, x.cell!.col) })),
    expected: '',
    actual: '',
    difference: '',
    unit: g.key.startsWith('sheet:') ? null : g.key,
    table: t.id,
  };
}

/** Ids, order, and grouping of totals that break only because of a leaf under them. */
function finalize(findings: Finding[]): Finding[] {
  const count = new Map<string, number>();
  for (const f of findings) {
    const base = `${f.rule}@${f.sheet}!${f.cell}`;
    const n = (count.get(base) ?? 0) + 1;
    count.set(base, n);
    f.id = n === 1 ? base : `${base}#${n}`;
  }
  const abs = (f: Finding) => f.difference.replace(/^-/, '');
  const rowOf = (cell: string) => cell.replace(/^[A-Z]+/, '');
  // Strict findings indexed by cell and by row (sheet + row number), in order: grouping stays linear.
  const byCell = new Map<string, Finding[]>();
  const byRow = new Map<string, Finding[]>();
  const order = new Map<Finding, number>();
  findings.forEach((f, i) => {
    order.set(f, i);
    if (f.severity === 'advisory' || !f.difference) return;
    const c = `${f.sheet}!${f.cell}`;
    const r = `${f.sheet}!${rowOf(f.cell)}`;
    byCell.set(c, [...(byCell.get(c) ?? []), f]);
    byRow.set(r, [...(byRow.get(r) ?? []), f]);
  });
  const parent = new Map<Finding, Finding>();
  findings.forEach((f, i) => {
    if (!f.difference) return;
    // 1. The same cell judged earlier by another rule with the same difference (合计 row vs Σ类 after 合计 = 人员 + 公用).
    const earlier = (byCell.get(`${f.sheet}!${f.cell}`) ?? []).find((p) => order.get(p)! < i && abs(p) === abs(f));
    if (earlier) {
      parent.set(f, earlier);
      return;
    }
    // 2. A total whose addend sits on a row that itself breaks by the same amount: the leaf row is the cause.
    const ownRow = `${f.sheet}!${rowOf(f.cell)}`;
    for (const rel of f.related) {
      const key = `${rel.sheet}!${rowOf(rel.cell)}`;
      if (key === ownRow) continue;
      const leaf = (byRow.get(key) ?? []).find((p) => p !== f && abs(p) === abs(f));
      if (leaf && parent.get(leaf) !== f) {
        parent.set(f, leaf);
        return;
      }
    }
  });
  for (const f of findings) {
    let p = parent.get(f);
    const seen = new Set<Finding>([f]);
    while (p && parent.get(p) && !seen.has(parent.get(p)!)) {
      seen.add(p);
      p = parent.get(p);
    }
    if (p && p !== f) f.causedBy = p.id;
  }
  return findings;
}
