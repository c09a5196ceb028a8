/**
 * 填充科目名称 and 检查 under an imported edition (an edition file, as `--edition-file` and the pane's 导入样表 give it):
 * the same recognition — every table, the same rows, nothing 未识别 — and the same counts: the rows 检查 says have
 * no name (K-07) are the rows 填充 fills, and neither calls the edition's own 类 label an 错误. Without the edition,
 * both say they do not know the label (never a silent guess).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeWorkbook } from '../../src/core/analysis';
import { BUILTIN_DELTAS, resolveEdition, type EditionDelta } from '../../src/core/catalog/editions';
import { checkAnalysis } from '../../src/core/review/check';
import { buildBooks } from '../../src/core/codes/books';
import * as DATA from '../../src/core/codes/data.generated';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import { seedSnapshot } from '../fixtures/seed-workbooks';

const books = buildBooks(DATA);
const delta = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'edition-2028.json'), 'utf8')) as EditionDelta;
const imported = [resolveEdition(delta.id, [...BUILTIN_DELTAS, delta])];
const OLD = '三十一、人行科目';
const NEW = '三十一、金融监管科目';

/** Seed 003 printed in the imported edition (its 收支总表 names the 31st 类 the new way), some names left blank. */
async function workbook(): Promise<{ snap: WorkbookSnapshot; blanked: number }> {
  const snap = await seedSnapshot('003');
  let renamed = 0;
  const t1 = snap.sheets.find((s) => s.name === '部门预算收支总表')!;
  for (const line of t1.values)
    line.forEach((v, k) => {
      if (v !== OLD) return;
      line[k] = NEW;
      renamed++;
    });
  expect(renamed).toBe(1);
  let blanked = 0;
  const t3 = recognizeWorkbook(snap).tables.find((t) => t.id === 'T3')!;
  const s = snap.sheets.find((x) => x.name === t3.sheet)!;
  for (const r of t3.rows.filter((x) => x.code).slice(0, 3)) {
    s.values[r.row - s.origin.row]![t3.columns.name! - s.origin.col] = null;
    blanked++;
  }
  return { snap, blanked };
}

it('with the imported edition: same tables and rows, nothing 未识别, the blank names 检查 counts are the ones 填充 fills', async () => {
  const { snap, blanked } = await workbook();
  const a = analyzeWorkbook(snap, { editions: imported });
  const checked = checkAnalysis(a);
  const named = a.names(books, 2023);
  // one recognition: the 类 row with the new label is a 类 row for both, and nothing is 未识别 in either
  expect(checked.problems).toEqual([]);
  expect(named.problems).toEqual([]);
  expect(named.editions.map((e) => e.sheet)).toEqual(
    checked.tables.filter((t) => ['T2', 'T3', 'T5', 'T6', 'T7', 'T8'].includes(t.id)).map((t) => t.sheet),
  );
  // the same count of blank names: K-07 in 检查 (one per table, with its rows), the writes of 填充
  const k07 = checked.findings.filter((f) => f.rule === 'K-07');
  expect(k07.map((f) => f.sheet)).toEqual([...new Set(named.writes.map((w) => w.sheet))]);
  expect(named.writes).toHaveLength(blanked);
  expect(k07[0]!.message).toContain(`有 ${blanked} 行只填了科目编码`);
  // the edition's own label is no 错误 for either
  expect(checked.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(named.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(named.findings.filter((f) => f.rule === 'K-06')).toEqual([]);
});

it('without it: both say the label is not the built-in one (检查 未识别, 填充 K-06 on the same row)', async () => {
  const { snap } = await workbook();
  const a = analyzeWorkbook(snap);
  const checked = checkAnalysis(a);
  const named = a.names(books, 2023);
  const unknown = checked.problems.filter((p) => p.message.includes(NEW));
  expect(unknown).toHaveLength(1);
  const k06 = named.findings.filter((f) => f.rule === 'K-06' && f.actual === NEW);
  const row = (sheet: string, cell: string) => `${sheet}!${cell.replace(/^[A-Z]+/, '')}`;
  expect(k06.map((f) => row(f.sheet, f.cell))).toEqual(unknown.map((p) => row(p.sheet, p.cell)));
});
