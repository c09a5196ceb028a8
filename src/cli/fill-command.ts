/**
 * budget-disclosure fill <file.xlsx> --out filled.xlsx [--json] [--codes list.csv --codes-year 2027]: fills blank
 * subject names from codes and reports 名称不符 (K-01), codes not in the bundled list (K-02), missing parents (K-03),
 * 类 without rows (K-04), order (K-05), 类 labels (K-06). The input is never modified. Exit 0, or 1 with 错误, 2 bad input.
 */
import { readFileSync } from 'node:fs';
import { buildBooks } from '../core/codes/books';
import { parseUserCodes, type UserCodeList } from '../core/codes/codebook';
import { otherCodesNote, splitUserCodes } from '../core/codes/user-lists';
import { entryProblem } from '../core/codes/user-list-schema';
import * as DATA from '../core/codes/data.generated';
import { analyzeWorkbook } from '../core/analysis';
import { namesPlan } from '../core/codes/names';
import { customEditions } from './edition-command';
import { findingJson, findingLine } from './finding-json';
import { applyPlanToWorkbook } from '../xlsx/apply-plan';
import { assertCopyable, loadWorkbook, saveWorkbook } from '../xlsx/files';
import { FileError } from '../xlsx/file-error';
import { checkInputFile, guardOutput, optionFiles } from './paths';
import { readSnapshot } from '../xlsx/read-snapshot';
import { parseCommandArgs, UsageError } from './args';
import type { Io } from './main';

/** Largest code list read (a full 功能分类 and 经济分类 export is well under 1 MB). */
const MAX_CODES_BYTES = 20 * 2 ** 20;

/**
 * The --codes file as text: UTF-8 (with or without BOM), else GB18030 (as 预算管理一体化系统 exports and Excel's
 * 「CSV」 save on a Chinese Windows write it). A file that is not text (a workbook, a binary) is refused (exit 2).
 */
function readCodesText(path: string): string {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch {
    throw new FileError(`找不到科目表文件：${path}`);
  }
  if (data.length > MAX_CODES_BYTES) throw new FileError(`科目表 ${path} 有 ${Math.round(data.length / 2 ** 20)} MB，超过上限 20 MB`);
  if (data.subarray(0, 8192).includes(0) || data.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1')))
    throw new FileError(`科目表 ${path} 不是文本文件。请在 Excel 中另存为“CSV（逗号分隔）”，每行“编码,名称”，再用 --codes 指定`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(data);
  }
}

export async function fillCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseCommandArgs(argv, {
    out: { type: 'string' },
    json: { type: 'boolean' },
    codes: { type: 'string' },
    'codes-year': { type: 'string' },
    year: { type: 'string' },
    'edition-file': { type: 'string' },
    force: { type: 'boolean' },
  });
  const [file] = parsed.positionals;
  const out = parsed.values.out;
  if (!file || !out || parsed.positionals.length !== 1)
    throw new UsageError('用法 / usage: budget-disclosure fill file.xlsx --out filled.xlsx [--json]');
  checkInputFile(file);
  if (parsed.values.codes) checkInputFile(parsed.values.codes);
  await guardOutput(out, [file, ...optionFiles(parsed.values)], !!parsed.values.force);
  const defaultYear = Number(parsed.values.year ?? new Date().getFullYear() + 1);
  const user: UserCodeList[] = [];
  if (parsed.values.codes) {
    const text = readCodesText(parsed.values.codes);
    const parsedCodes = parseUserCodes(text);
    // Each row through the lists' schema (src/core/codes/user-list-schema.ts): what fails it is skipped and counted.
    const entries = parsedCodes.entries.filter((e) => !entryProblem(e));
    const rejected = [
      ...parsedCodes.rejected,
      ...parsedCodes.entries.filter((e) => entryProblem(e)).map((e) => `${e.code},${e.name}（${entryProblem(e)}）`),
    ];
    if (!entries.length) throw new UsageError(`科目表 ${parsed.values.codes} 中没有可读的“编码,名称”行 / no code,name rows`);
    const year = Number(parsed.values['codes-year'] ?? defaultYear);
    const { lists, other } = splitUserCodes(entries, year, parsed.values.codes);
    user.push(...lists);
    if (other.length) io.err(`科目表中${otherCodesNote(other)}`);
    if (rejected.length) io.err(`科目表中有${rejected.length}行无法读取，已跳过（如：${rejected[0]}）`);
  }
  const wb = await loadWorkbook(file);
  const snap = readSnapshot(wb);
  const r = analyzeWorkbook(snap, { editions: customEditions(parsed.values['edition-file']) }).names(buildBooks(DATA, user), defaultYear);
  assertCopyable(wb, file);
  applyPlanToWorkbook(wb, namesPlan(r.writes));
  await saveWorkbook(wb, out);
  if (parsed.values.json) {
    io.out(
      JSON.stringify(
        [
          {
            file,
            filled: r.writes.map((w) => ({ sheet: w.sheet, cell: w.cell, code: w.code, name: w.value })),
            findings: r.findings.map(findingJson),
          },
        ],
        null,
        2,
      ),
    );
  } else {
    io.out(`${file}：填写 ${r.writes.length} 个科目名称 → ${out}`);
    for (const e of r.editions)
      io.out(`  ${e.sheet}：按${e.edition}年${e.kind === 'function' ? '支出功能分类' : '部门支出经济分类'}科目表（公开文件收录，不完整）`);
    for (const f of r.findings) io.out(findingLine(f));
  }
  return r.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
