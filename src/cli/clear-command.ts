/** budget-disclosure clear <marked.xlsx> --out <clean.xlsx>: restores the original fills stored by `check --out`. */
import { planClear } from '../core/marks/marks';
import { applyPlanToWorkbook } from '../xlsx/apply-plan';
import { assertCopyable, loadWorkbook, saveWorkbook } from '../xlsx/files';
import { checkInputFile, guardOutput } from './paths';
import { readSnapshot } from '../xlsx/read-snapshot';
import { parseCommandArgs, UsageError } from './args';
import type { Io } from './main';

export async function clearCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(argv, { out: { type: 'string' }, force: { type: 'boolean' } });
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
