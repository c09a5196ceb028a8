/**
 * budget-disclosure fill <file.xlsx> --out filled.xlsx [--json] [--codes list.csv --codes-year 2027]: fills blank
 * subject names from codes and reports 名称不符 (K-01), codes not in the bundled list (K-02), missing parents (K-03),
 * 类 without rows (K-04), order (K-05), 类 labels (K-06). The input is never modified. Exit 0, or 1 with 错误, 2 bad input.
 */
import { readFileSync } from 'node:fs';
import { buildBooks } from '../core/codes/books';
import { parseUserCodes, type UserCodeList } from '../core/codes/codebook';
import { otherCodesNote, splitUserCodes } from '../core/codes/user-lists';
import * as DATA from '../core/codes/data.generated';
import { analyzeWorkbook } from '../core/analysis';
import { namesPlan } from '../core/codes/names';
import { customEditions } from './edition-command';
import { findingJson, findingLine } from './finding-json';
import { applyPlanToWorkbook } from '../xlsx/apply-plan';
import { assertCopyable, FileError, loadWorkbook, saveWorkbook } from '../xlsx/files';
import { checkInputFile, guardOutput, optionFiles } from './paths';
import { readSnapshot } from '../xlsx/read-snapshot';
import { parseCommandArgs, UsageError } from './args';
import type { Io } from './main';

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
    let text: string;
    try {
      text = readFileSync(parsed.values.codes, 'utf8');
    } catch {
      throw new FileError(`找不到科目表文件：${parsed.values.codes}`);
    }
    const { entries, rejected } = parseUserCodes(text);
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
