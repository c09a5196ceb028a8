/**
 * The 项目绩效目标表 against the budget (identities.md §2.5, advisory): G-01 Σ of the projects' 成本指标 「≤X万元」
 * ≈ 项目支出 (per-unit costs in 元 — 元/场, 元/个 — are not budgets and are left out); P-05 a 政府采购 row's
 * 预算资金 = its project's 成本指标 (the 日常公用经费 project = 公用经费); G-02 资金支出计划（%）3月底 ≤ 6月底 ≤ 10月底 ≤
 * 12月底 = 100. A table without 万元 成本指标 is not summed (未核对, no finding).
 */
import { cellAddress } from '../a1';
import { Decimal } from '../money';
import type { WorkbookSnapshot } from '../model/snapshot';
import { mentions } from '../model/snapshot';
import { Grid } from '../recognize/grid';
import { labelKey } from '../text';
import { makeFinding } from './finding';
import type { Finding } from './types';

interface Project {
  name: string;
  sheet: string;
  row: number;
  col: number;
  cost: Decimal | null;
}

const COST = /^[≤<＜]?=?\s*(\d+(?:\.\d+)?)\s*万元$/;
const COST_YUAN = /^[≤<＜]?=?\s*(\d+(?:\.\d+)?)\s*元$/;
const TOTAL = /支出金额总量|支出总额|项目总支出/;
const advisory = (
  rule: string,
  title: string,
  sheet: string,
  row: number,
  col: number,
  message: string,
  expected = '',
  actual = '',
): Finding =>
  makeFinding({
    rule,
    title,
    severity: 'advisory',
    message,
    at: { sheet, cell: cellAddress(row, col) },
    figures: { expected, actual },
    unit: null,
    table: 'S4',
  });

/** Every 绩效目标表 of the workbook with the Σ of its 万元 成本指标 (null: none stated in 万元); G-02 on the way. */
function projects(wb: WorkbookSnapshot, out: Finding[]): Project[] {
  const list: Project[] = [];
  for (const sheet of wb.sheets) {
    if (!mentions(sheet, '绩效目标表')) continue;
    const g = new Grid(sheet);
    let p: Project | null = null;
    let inCost = false;
    for (let r = sheet.origin.row; r < g.rows; r++) {
      const keys = g.rowKeys(r);
      const title = keys.find(([, k]) => k.endsWith('绩效目标表') && k.length <= 60);
      if (title) {
        p = { name: title[1].replace(/^\d+[、.]/, '').replace(/绩效目标表$/, ''), sheet: sheet.name, row: r, col: title[0], cost: null };
        list.push(p);
        continue;
      }
      if (!p) continue;
      const second = keys.find(([, k]) => /指标$/.test(k) && !/^(一级|二级|三级)指标$/.test(k));
      if (second) inCost = second[1] === '成本指标';
      const value = keys.map(([, k]) => COST.exec(k)).find((m) => m);
      if (inCost && value) p.cost = (p.cost ?? new Decimal(0)).plus(value[1]!);
      // 「支出金额总量 … ≤11.7元」: a project's total cost in 元 is a unit slip for 万元 (said, and counted as 万元).
      const yuan = keys.map(([c, k]) => [c, COST_YUAN.exec(k)] as const).find(([, m]) => m);
      if (inCost && !value && yuan && keys.some(([, k]) => TOTAL.test(k))) {
        p.cost = (p.cost ?? new Decimal(0)).plus(yuan[1]![1]!);
        out.push(
          advisory(
            'G-01',
            '成本指标的单位',
            sheet.name,
            r,
            yuan[0],
            `${p.name}的成本指标“${yuan[1]![0]}”是项目支出总额，单位应为万元：请核对`,
            `${yuan[1]![1]}万元`,
            yuan[1]![0],
          ),
        );
      }
      spendingPlan(sheet.name, g, r, keys, out);
    }
  }
  return list;
}

/** G-02: 资金支出计划（%）by 3月底, 6月底, 10月底, 12月底 rising to 100. */
function spendingPlan(sheet: string, g: Grid, r: number, keys: [number, string][], out: Finding[]): void {
  if (!keys.some(([, k]) => k.includes('3月底'))) return;
  const next = g
    .rowKeys(r + 1)
    .map(([, k]) => /^(\d+(?:\.\d+)?)%?$/.exec(k)?.[1])
    .filter((x): x is string => !!x);
  if (next.length < 4) return;
  const v = next.slice(0, 4).map(Number);
  if (v.every((x, i) => i === 0 || x >= v[i - 1]!) && v[3] === 100) return;
  out.push(
    advisory(
      'G-02',
      '资金支出计划逐期不减、年底为100%',
      sheet,
      r + 1,
      g.sheet.origin.col,
      `资金支出计划（%）${v.join('、')}：应逐期不减，12月底为100%`,
      '100',
      String(v[3]),
    ),
  );
}

/** G-01 and P-05; `project`/`public` are the tables' 项目支出 and 公用经费 (万元), when known. */
export interface ProcurementProject {
  name: string;
  budget: Decimal;
  sheet: string;
  row: number;
  col: number;
}

export function performanceFindings(
  wb: WorkbookSnapshot,
  totals: { project: Decimal | null; public: Decimal | null },
  procurement: ProcurementProject[],
): Finding[] {
  const out: Finding[] = [];
  const ps = projects(wb, out);
  const costed = ps.filter((p) => p.cost !== null && !/日常公用经费/.test(p.name));
  if (totals.project && costed.length && costed.length === ps.filter((p) => !/日常公用经费/.test(p.name)).length) {
    const sum = costed.reduce((a, p) => a.plus(p.cost!), new Decimal(0));
    if (!sum.eq(totals.project)) {
      const first = costed[0]!;
      out.push(
        advisory(
          'G-01',
          '绩效目标成本指标之和 ≈ 项目支出',
          first.sheet,
          first.row,
          first.col,
          `各项目绩效目标表的成本指标之和 ${sum.toFixed(2)}万元，与项目支出 ${totals.project.toFixed(2)}万元不同（${costed.map((p) => `${p.name} ${p.cost!.toString()}`).join('、')}）`,
          totals.project.toFixed(2),
          sum.toFixed(2),
        ),
      );
    }
  }
  for (const row of procurement) {
    const own = /日常公用经费/.test(row.name) ? totals.public : (ps.find((p) => labelKey(p.name) === labelKey(row.name))?.cost ?? null);
    if (own === null || own.eq(row.budget)) continue;
    out.push(
      advisory(
        'P-05',
        '政府采购项目的预算资金 = 该项目预算',
        row.sheet,
        row.row,
        row.col,
        `政府采购预算中“${row.name}”的预算资金 ${row.budget.toFixed(2)}万元，与${/日常公用经费/.test(row.name) ? '公用经费' : '该项目绩效目标表的成本指标'} ${own.toFixed(2)}万元不同`,
        own.toFixed(2),
        row.budget.toFixed(2),
      ),
    );
  }
  return out;
}
