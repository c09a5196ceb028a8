/**
 * Bench: 检查 with 诊断 (solver loaded) on the workbook states of issue #18 — each seed with its 科目名称 and with
 * them blanked (codes kept), clean and with one wrong figure (支出总表 合计 + 1.00) — best of 15 each, and the
 * blank/named ratio (the target: within 2×; blank names must not add 错误 or 诊断 work).
 */
import { checkWorkbookWith } from '../src/core/review/check';
import type { WorkbookSnapshot } from '../src/core/model/snapshot';
import { recognizeWorkbook } from '../src/core/recognize/recognize';
import { loadNodeSolver } from '../src/solver/node';
import { readSnapshot } from '../src/xlsx/read-snapshot';
import { blankNames } from '../test/fixtures/fill-states';
import { seedWorkbook } from '../test/fixtures/seed-workbooks';

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

/** 支出总表 合计 (first column) + 1.00: one wrong figure for 诊断 to find. */
function broken(snap: WorkbookSnapshot): WorkbookSnapshot {
  const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(snap));
  const t3 = recognizeWorkbook(copy).tables.find((t) => t.id === 'T3')!;
  const cell = t3.rows.find((r) => r.role === 'total')!.cells.total!;
  const s = copy.sheets.find((x) => x.name === cell.sheet)!;
  const line = s.values[cell.row - s.origin.row]!;
  line[cell.col - s.origin.col] = Number(line[cell.col - s.origin.col]) + 1;
  return copy;
}

async function best(snap: WorkbookSnapshot): Promise<{ ms: number; errors: number; diagnoses: number }> {
  let min = Infinity;
  let r = await checkWorkbookWith(snap, {}, loadNodeSolver);
  for (let i = 0; i < 15; i++) {
    const t0 = process.hrtime.bigint();
    r = await checkWorkbookWith(snap, {}, loadNodeSolver);
    min = Math.min(min, ms(t0));
  }
  const errors = r.findings.filter((f) => f.severity === 'error' && !f.causedBy).length;
  return { ms: min, errors, diagnoses: r.diagnoses.length };
}

export async function fillStatesBench(line: (k: string, v: string) => void): Promise<void> {
  await pass(() => {}); // warm-up: solver loaded, code paths compiled
  await pass(line);
}

async function pass(line: (k: string, v: string) => void): Promise<void> {
  for (const seed of ['000', '001', '003']) {
    const named = readSnapshot(seedWorkbook(seed));
    const blank = readSnapshot(blankNames(seed));
    for (const [state, f] of [
      ['clean', (s: WorkbookSnapshot) => s],
      ['one wrong figure', broken],
    ] as const) {
      const a = await best(f(named));
      const b = await best(f(blank));
      line(
        `seed ${seed} ${state}: 检查+诊断 named / blank names`,
        `${a.ms.toFixed(1)} / ${b.ms.toFixed(1)} ms (×${(b.ms / a.ms).toFixed(2)}); 错误 ${a.errors} / ${b.errors}; 诊断 ${a.diagnoses} / ${b.diagnoses}`,
      );
    }
  }
}
