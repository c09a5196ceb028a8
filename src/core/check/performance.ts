/**
 * Reads the 项目绩效目标表 for its rules (rules.ts: SUPPORTING_RULES, judged in kinds/supporting.ts; identities.md
 * §2.5, advisory): G-01 Σ of the projects' 成本指标 「≤X万元」
 * ≈ 项目支出 (per-unit costs in 元 — 元/场, 元/个 — are not budgets and are left out); P-05 a 政府采购 row's
 * 预算资金 = its project's 成本指标 (the 日常公用经费 project = 公用经费); G-02 资金支出计划（%）3月底 ≤ 6月底 ≤ 10月底 ≤
 * 12月底 = 100. A table without 万元 成本指标 is not summed (未核对, no finding).
 */
import { Decimal } from '../money';
import type { WorkbookSnapshot } from '../model/snapshot';
import { mentions } from '../model/snapshot';
import { Grid } from '../recognize/grid';

/** A project's 绩效目标表: where its title is, and the Σ of its 万元 成本指标 (null: none stated in 万元). */
export interface PerformanceProject {
  name: string;
  sheet: string;
  row: number;
  col: number;
  cost: Decimal | null;
}

/** Every 绩效目标表 of the workbook, the project totals printed in 元 (a unit slip) and the 资金支出计划 rows. */
export interface PerformanceRead {
  projects: PerformanceProject[];
  slips: { project: string; sheet: string; row: number; col: number; text: string; value: string }[];
  plans: { sheet: string; row: number; col: number; values: number[] }[];
}

const COST = /^[≤<＜]?=?\s*(\d+(?:\.\d+)?)\s*万元$/;
const COST_YUAN = /^[≤<＜]?=?\s*(\d+(?:\.\d+)?)\s*元$/;
const TOTAL = /支出金额总量|支出总额|项目总支出/;

export function readPerformance(wb: WorkbookSnapshot): PerformanceRead {
  const read: PerformanceRead = { projects: [], slips: [], plans: [] };
  for (const sheet of wb.sheets) {
    if (!mentions(sheet, '绩效目标表')) continue;
    const g = new Grid(sheet);
    let p: PerformanceProject | null = null;
    let inCost = false;
    for (let r = sheet.origin.row; r < g.rows; r++) {
      const keys = g.rowKeys(r);
      const title = keys.find(([, k]) => k.endsWith('绩效目标表') && k.length <= 60);
      if (title) {
        p = { name: title[1].replace(/^\d+[、.]/, '').replace(/绩效目标表$/, ''), sheet: sheet.name, row: r, col: title[0], cost: null };
        read.projects.push(p);
        continue;
      }
      if (!p) continue;
      const second = keys.find(([, k]) => /指标$/.test(k) && !/^(一级|二级|三级)指标$/.test(k));
      if (second) inCost = second[1] === '成本指标';
      const value = keys.map(([, k]) => COST.exec(k)).find((m) => m);
      if (inCost && value) p.cost = (p.cost ?? new Decimal(0)).plus(value[1]!);
      // 「支出金额总量 … ≤11.7元」: counted as 万元 (G-01 says so).
      const yuan = keys.map(([c, k]) => [c, COST_YUAN.exec(k)] as const).find(([, m]) => m);
      if (inCost && !value && yuan && keys.some(([, k]) => TOTAL.test(k))) {
        p.cost = (p.cost ?? new Decimal(0)).plus(yuan[1]![1]!);
        read.slips.push({ project: p.name, sheet: sheet.name, row: r, col: yuan[0], text: yuan[1]![0], value: yuan[1]![1]! });
      }
      spendingPlan(sheet.name, g, r, keys, read);
    }
  }
  return read;
}

/** 资金支出计划（%）: the four figures under 3月底, 6月底, 10月底, 12月底 (G-02 judges them). */
function spendingPlan(sheet: string, g: Grid, r: number, keys: [number, string][], read: PerformanceRead): void {
  if (!keys.some(([, k]) => k.includes('3月底'))) return;
  const next = g
    .rowKeys(r + 1)
    .map(([, k]) => /^(\d+(?:\.\d+)?)%?$/.exec(k)?.[1])
    .filter((x): x is string => !!x);
  if (next.length < 4) return;
  read.plans.push({ sheet, row: r + 1, col: g.sheet.origin.col, values: next.slice(0, 4).map(Number) });
}
