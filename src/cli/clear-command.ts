/** budget-disclosure clear <marked.xlsx> --out <clean.xlsx>: restores the original fills stored by `check --out`. */
import { parseArgs } from 'node:util';
import { planClear } from '../core/marks/marks';
import { applyPlanToWorkbook } from '../xlsx/apply-plan';
import { assertCopyable, loadWorkbook, saveWorkbook } from '../xlsx/files';
import { checkInputFile, guardOutput } from './paths';
import { readSnapshot } from '../xlsx/read-snapshot';
import { UsageError } from './args';
import type { Io } from './main';

export async function clearCommand(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { out: { type: 'string' }, force: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(`参数错误 / bad arguments: ${(e as Error).message}`);
  }
  const [file] = parsed.positionals;
  const out = parsed.values.out;
  if (!file || !out || parsed.positionals.length > 1)
    throw new UsageError('用法 / usage: budget-disclosure clear marked.xlsx --out clean.xlsx');
  checkInputFile(file);
  await guardOutput(out, [file], !!parsed.values.force);
  const wb = await loadWorkbook(file);
  assertCopyable(wb, file);
  const plan = planClear(readSnapshot(wb));
  applyPlanToWorkbook(wb, plan);
  await saveWorkbook(wb, out);
  io.out(`${plan.description} → ${out}`);
  return 0;
}
