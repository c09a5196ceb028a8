/**
 * budget-disclosure: the command line over the ExcelJS port — insert, editions, check, clear, fill, explain and
 * edition import (each command in its *-command.ts; insert, which writes the standard tables into a new .xlsx or a
 * copy of an existing one, and editions here). No input file is ever modified. Exit 0 ok, 1 错误 found (check, fill),
 * 2 bad arguments or input, 3 an internal error.
 */
import { BUILTIN_DELTAS, resolveEdition } from '../core/catalog/editions';
import { STANDARD_TABLES, SUPPORTING_TABLES, type Level, type TableId } from '../core/catalog/types';
import { InsertError, planInsert } from '../core/insert/plan-insert';
import { applyPlanToWorkbook } from '../xlsx/apply-plan';
import { assertCopyable, FileError, loadWorkbook, saveWorkbook } from '../xlsx/files';
import { Workbook } from '../xlsx/workbook';
import { checkInputFile, guardOutput } from './paths';
import { parseInsertArgs, USAGE, UsageError } from './args';
import { editionCommand, readEditionFile } from './edition-command';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

const consoleIo: Io = { out: (s) => process.stdout.write(s + '\n'), err: (s) => process.stderr.write(s + '\n') };
const ALL_TABLES = new Set<string>([...STANDARD_TABLES, ...SUPPORTING_TABLES]);

async function insert(argv: string[], io: Io): Promise<number> {
  const a = parseInsertArgs(argv);
  const unknown = (a.tables ?? []).filter((t) => !ALL_TABLES.has(t));
  if (unknown.length) throw new UsageError(`未知表 / unknown tables: ${unknown.join(',')}（T1–T9, S1–S4）`);
  const inputs = [a.into, a.editionFile].filter((x): x is string => !!x);
  for (const i of inputs) checkInputFile(i);
  await guardOutput(a.out, inputs, a.force);
  const custom = a.editionFile ? readEditionFile(a.editionFile) : null;
  const wb = a.into ? await loadWorkbook(a.into) : new Workbook();
  if (a.into) assertCopyable(wb, a.into);
  const plan = planInsert(
    {
      edition: a.edition,
      level: a.level as Level,
      code: a.code,
      name: a.name,
      tables: a.tables as TableId[] | undefined,
      variants: a.variants as Partial<Record<TableId, string>>,
    },
    wb.worksheets.map((w) => w.name),
    custom ? [...BUILTIN_DELTAS, custom] : BUILTIN_DELTAS,
  );
  applyPlanToWorkbook(wb, plan);
  await saveWorkbook(wb, a.out);
  io.out(`${plan.description} → ${a.out}：${plan.addSheets.map((s) => s.name).join('、')}`);
  return 0;
}

function editions(io: Io): number {
  for (const d of BUILTIN_DELTAS) {
    const e = resolveEdition(d.id);
    io.out(`${e.id}\t${e.label}\t${e.provisional ? '暂定' : '已依据'}：${e.provenance}`);
  }
  return 0;
}

/** Commands are loaded when used: `check` does not pay for docx or the code tables. */
export async function main(argv: string[], io: Io = consoleIo): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'insert':
        return await insert(rest, io);
      case 'editions':
        return editions(io);
      case 'check':
        return await (await import('./check-command')).checkCommand(rest, io);
      case 'clear':
        return await (await import('./clear-command')).clearCommand(rest, io);
      case 'fill':
        return await (await import('./fill-command')).fillCommand(rest, io);
      case 'explain':
        return await (await import('./explain-command')).explainCommand(rest, io);
      case 'edition':
        return await editionCommand(rest, io);
      case undefined:
      case '-h':
      case '--help':
        io.out(USAGE);
        return cmd ? 0 : 2;
      default:
        throw new UsageError(`未知命令 / unknown command: ${cmd}`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InsertError || e instanceof FileError) {
      io.err(e.message.split('\n')[0]!);
      return 2;
    }
    io.err(`内部错误 / internal error: ${(e as Error).message}`);
    return 3;
  }
}
