/**
 * budget-disclosure edition import 样表.xlsx --name "2027 石家庄市财政局样表" [--year 2027] --out edition.json:
 * the 财政局's blank 样表 as an edition file, used with --edition-file on insert, check, fill and explain. What cannot be mapped
 * is printed, one line each.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { BUILTIN_DELTAS, resolveEdition, type EditionDelta } from '../core/catalog/editions';
import { importEdition } from '../core/recognize/import-edition';
import type { Edition } from '../core/catalog/types';
import { FileError, loadWorkbook } from '../xlsx/files';
import { readSnapshot } from '../xlsx/read-snapshot';
import { parseCommandArgs, UsageError } from './args';
import type { Io } from './main';
import { planInsert } from '../core/insert/plan-insert';
import { buildVocabulary } from '../core/catalog/vocabulary';
import { checkInputFile, guardOutput, writeFileAtomic } from './paths';

export async function editionCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'import') throw new UsageError('用法 / usage: budget-disclosure edition import 样表.xlsx --name "…" --out edition.json');
  const parsed = parseCommandArgs(rest, {
    name: { type: 'string' },
    year: { type: 'string' },
    out: { type: 'string' },
    id: { type: 'string' },
    force: { type: 'boolean' },
  });
  const [file] = parsed.positionals;
  const { name, out } = parsed.values;
  if (!file || !name || !out) throw new UsageError('缺少参数 / missing: 样表.xlsx --name --out');
  const year = Number(parsed.values.year ?? /(\d{4})/.exec(name)?.[1] ?? new Date().getFullYear() + 1);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new UsageError(`年度无效 / bad year: ${parsed.values.year}`);
  checkInputFile(file);
  await guardOutput(out, [file], !!parsed.values.force);
  const snap = readSnapshot(await loadWorkbook(file));
  const result = importEdition(snap, {
    id: parsed.values.id ?? `custom-${year}`,
    name,
    year,
    source: basename(file),
    editions: BUILTIN_DELTAS.map((d) => resolveEdition(d.id)),
  });
  if (result.tables.length === 0) throw new FileError(`${file} 中未识别到部门预算公开表（按标题与栏次行识别），未生成版式`);
  await writeFileAtomic(out, JSON.stringify(result.edition, null, 2));
  io.out(`已从样表识别 ${result.tables.length} 张表，生成版式“${name}” → ${out}`);
  for (const u of result.unmapped) io.out(`  未能对应：${u}`);
  return 0;
}

/** Reads --edition-file: an edition (JSON) exported by `edition import` or written as a delta by hand. */
export function readEditionFile(path: string): EditionDelta {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new FileError(`找不到版式文件：${path}`);
  }
  let d: EditionDelta;
  try {
    d = JSON.parse(text) as EditionDelta;
  } catch {
    throw new FileError(`${path} 不是有效的 JSON 版式文件`);
  }
  if (!d || typeof d.id !== 'string' || typeof d.year !== 'number' || !Array.isArray(d.ops) || (!d.base && !Array.isArray(d.tables)))
    throw new FileError(`${path} 不是版式文件（需要 id、year、ops，以及 base 或 tables）`);
  try {
    resolveEdition(d.id, [...BUILTIN_DELTAS, d]);
    // Every table of the edition must render and be recognizable: a malformed file fails here, not mid-command.
    planInsert({ edition: d.id, level: '部门', code: '000', name: '版式校验' }, [], [...BUILTIN_DELTAS, d]);
    buildVocabulary([resolveEdition(d.id, [...BUILTIN_DELTAS, d])]);
  } catch (e) {
    // The engine's own messages are Chinese; anything else is a shape the file should not have.
    const m = (e as Error).message ?? '';
    throw new FileError(`${path}：${/[\u4e00-\u9fff]/.test(m) ? m : '版式文件的内容不完整或类型不对（表、栏、行的写法），未使用'}`);
  }
  return d;
}

/** `--edition-file`: the edition every command (check, fill, explain) then recognizes, so their counts agree. */
export function customEditions(path: string | undefined): Edition[] {
  if (!path) return [];
  const custom = readEditionFile(path);
  return [resolveEdition(custom.id, [...BUILTIN_DELTAS, custom])];
}
