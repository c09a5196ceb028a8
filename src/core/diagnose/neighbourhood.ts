/**
 * 诊断 without building the whole system. A workbook of a hundred 部门 holds tens of thousands of strict rows, and a
 * break touches a handful of them: one and two or three wrong cells (single.ts, small.ts) are found from the violated
 * rows and the rows their cells are in — the neighbourhood — alone. So the parts (connected through shared cells) are
 * found here on the terms' dense ids, with no row or cell objects, and for each part holding a violated row a small
 * system of that neighbourhood is built; the whole system is built only when a part needs the MIP.
 *
 * The contract: the same diagnoses, in the same order, as `diagnose(buildSystem(identities))`. Rows keep the system's
 * order, and the cells 诊断 can name (those of the violated rows) the order the whole system numbers them in (the
 * reading order of a tie); rows are made and left out (a figure beyond exact integers) as `buildSystem` makes them,
 * and a cell named twice in a row with coefficients that cancel is not in that row.
 * `test/diagnose/neighbourhood.test.ts` compares both.
 */
import type { Identity } from '../check/identity';
import { diagnosePart, type DiagnoseOptions } from './diagnose';
import { buildSystem, components, isViolated, rowFigures, termCoefficients, type LinearSystem } from './system';
import type { Diagnosis, Undiagnosed } from './types';

/** The strict rows as `buildSystem` makes them, reduced to what finding the parts needs. */
interface Rows {
  identities: Identity[];
  /** Term ids of each row's cells (nonzero coefficients), rows one after another: row k is [start[k], start[k+1]). */
  cells: number[];
  start: number[];
  violated: boolean[];
}

function strictRows(identities: readonly Identity[]): Rows {
  const out: Rows = { identities: [], cells: [], start: [0], violated: [] };
  const seen: number[] = [];
  for (const id of identities) {
    if (id.rule.severity !== 'strict') continue;
    const figures = rowFigures(id, seen);
    if (!figures) continue;
    if (!figures.repeated) for (const side of [id.left, id.right]) for (const t of side) out.cells.push(t.id);
    else for (const [t, a] of termCoefficients(id)) if (a !== 0) out.cells.push(t.id);
    out.identities.push(id);
    out.start.push(out.cells.length);
    out.violated.push(isViolated({ op: id.op, ...figures }));
  }
  return out;
}

/** The parts holding a violated row, in the order `components` lists them: each part's violated rows. */
function brokenParts(rows: Rows): number[][] {
  const parent: number[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let k = 0; k < rows.identities.length; k++)
    for (let p = rows.start[k]!; p < rows.start[k + 1]!; p++) {
      const j = rows.cells[p]!;
      parent[j] ??= j;
      if (p > rows.start[k]!) parent[find(j)] = find(rows.cells[rows.start[k]!]!);
    }
  // each part's violated rows, the parts in the order of their first rows (a Map keeps insertion order)
  const parts = new Map<number, number[]>();
  for (let k = 0; k < rows.identities.length; k++) {
    const root = rows.start[k]! < rows.start[k + 1]! ? find(rows.cells[rows.start[k]!]!) : -1 - k;
    let violated = parts.get(root);
    if (!violated) parts.set(root, (violated = []));
    if (rows.violated[k]) violated.push(k);
  }
  return [...parts.values()].filter((v) => v.length);
}

/**
 * For each part (its violated rows), the system of those rows and of every row their cells are in. Every row naming
 * a cell of a violated row is there, so those cells keep the whole system's order among themselves (system.ts
 * `toRow`). One pass over the rows for all parts: a row lies in one part only.
 */
function neighbourhoods(rows: Rows, parts: number[][]): { sys: LinearSystem; violated: number[] }[] {
  const partOf: number[] = [];
  parts.forEach((violated, i) => {
    for (const k of violated) for (let p = rows.start[k]!; p < rows.start[k + 1]!; p++) partOf[rows.cells[p]!] = i;
  });
  const near: number[][] = parts.map(() => []);
  for (let k = 0; k < rows.identities.length; k++)
    for (let p = rows.start[k]!; p < rows.start[k + 1]!; p++) {
      const i = partOf[rows.cells[p]!];
      if (i !== undefined) {
        near[i]!.push(k);
        break;
      }
    }
  return parts.map((violated, i) => {
    const list = near[i]!;
    for (const k of violated) if (!list.includes(k)) list.push(k); // a row without cells
    list.sort((a, b) => a - b);
    const sys = buildSystem(list.map((k) => rows.identities[k]!));
    return { sys, violated: violated.map((k) => list.indexOf(k)) };
  });
}

/** 诊断 of every part that holds a violated strict identity: `diagnose(buildSystem(identities))`, built as needed. */
export function diagnoseBroken(
  identities: readonly Identity[],
  options: DiagnoseOptions = {},
): { diagnoses: Diagnosis[]; undiagnosed: Undiagnosed[] } {
  const rows = strictRows(identities);
  const diagnoses: Diagnosis[] = [];
  const undiagnosed: Undiagnosed[] = [];
  let whole: { sys: LinearSystem; parts: number[][]; row: Map<Identity, number> } | undefined;
  const wholeOf = () => {
    if (!whole) {
      const sys = buildSystem(identities);
      whole = { sys, parts: components(sys), row: new Map(sys.rows.map((r, k) => [r.identity, k])) };
    }
    return whole;
  };
  const parts = brokenParts(rows);
  const locals = neighbourhoods(rows, parts);
  parts.forEach((violated, i) => {
    const local = locals[i]!;
    const d = diagnosePart(
      local.sys,
      local.violated,
      () => {
        const w = wholeOf();
        const first = w.row.get(rows.identities[violated[0]!]!)!;
        const part = w.parts.find((p) => p.includes(first))!;
        return { sys: w.sys, violated: part.filter((k) => isViolated(w.sys.rows[k]!)), part };
      },
      options,
    );
    if ('explanations' in d) diagnoses.push(d);
    else undiagnosed.push(d);
  });
  return { diagnoses, undiagnosed };
}
