/** budget-disclosure clear <marked.xlsx> --out <clean.xlsx>: restores the original fills stored by `check --out`. */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { planClear } from '../core/marks/marks';
import { applyPlanToWorkbook } from '../xlsx/apply-plan';
import { loadWorkbook, saveWorkbook } from '../xlsx/files';
import { readSnapshot } from '../xlsx/read-snapshot';
import { UsageError } from './args';
import type { Io } from './main';

export async function clearCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { out: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`参数错误 / bad arguments: ${(e as Error).message}`);
  }
  const [file] = parsed.positionals;
  const out = parsed.values.out;
  if (!file || !out || parsed.positionals.length > 1)
    throw new UsageError('用法 / usage: budget-disclosure clear marked.xlsx --out clean.xlsx');
  if (resolve(file) === resolve(out)) throw new UsageError('--out 不能与输入相同 / --out must differ from the input');
  const wb = await loadWorkbook(file);
  const plan = planClear(readSnapshot(wb));
  applyPlanToWorkbook(wb, plan);
  await saveWorkbook(wb, out);
  io.out(`${plan.description} → ${out}`);
  return 0;
}
