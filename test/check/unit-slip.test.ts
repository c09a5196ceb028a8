/**
 * A table whose unit line says 元 over figures in 万元 (or the reverse) is one 错误 at its unit cell, and its
 * identities are judged on the figures in the other tables' unit: no proposal to multiply figures by 10,000, no other
 * 错误, and the verdict is not 可以报送. Every table of seeds 000/001/003 has its unit cell changed in turn; a table
 * printed empty (空表), or one outside the identities (政府采购, 固定资产), has no figure a unit could be judged
 * wrong by, and gets no new 错误.
 */
import { checkWorkbook } from '../../src/core/review/check';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { cellAddress } from '../../src/core/a1';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import { seedSnapshot } from '../fixtures/seed-workbooks';

/**
 * Not yet detected: seed 003's 三公 table shares no figure with the other tables (its 公务用车 differs from 基本支出's
 * 30231, X69-02), so the slip is not recognized by shared figures; an identity-based test (X69-01 holds only in 万元)
 * would be needed. Its check still ends in an 错误 (X69-01), never 可以报送.
 */
const KNOWN_GAP = new Set(['003/部门预算财政拨款“三公”经费支出表']);

const UNIT = /^单位[:：]\s*万元$/;

/** Every unit cell of the workbook: sheet, row and column (in the snapshot's values). */
function unitCells(snap: WorkbookSnapshot): [sheet: number, r: number, c: number][] {
  const out: [number, number, number][] = [];
  snap.sheets.forEach((s, i) =>
    s.values.forEach((row, r) => row.forEach((v, c) => typeof v === 'string' && UNIT.test(v.trim()) && out.push([i, r, c]))),
  );
  return out;
}

describe.each(['000', '001', '003'])('seed %s', (seed) => {
  it('each table with its unit cell written 元: one 错误 at that cell, nothing else new, not 可以报送', async () => {
    const base = await seedSnapshot(seed);
    const before = checkWorkbook(base);
    const baseErrors = before.findings.filter((f) => f.severity === 'error').map((f) => f.id);
    const tables = recognizeWorkbook(base).tables;
    const withFigures = new Set(tables.filter((t) => !t.empty).map((t) => t.sheet));
    const cells = unitCells(base);
    let slips = 0;
    expect(cells.length).toBeGreaterThanOrEqual(7);
    for (const [i, r, c] of cells) {
      const snap = await seedSnapshot(seed);
      const sheet = snap.sheets[i]!;
      (sheet.values[r] as unknown[])[c] = '单位：元';
      const at = cellAddress(sheet.origin.row + r, sheet.origin.col + c);
      const result = checkWorkbook(snap);
      const errors = result.findings.filter((f) => f.severity === 'error' && !baseErrors.includes(f.id));
      if (!withFigures.has(sheet.name)) {
        expect({ sheet: sheet.name, errors }).toEqual({ sheet: sheet.name, errors: [] });
        continue;
      }
      if (KNOWN_GAP.has(`${seed}/${sheet.name}`)) {
        expect(result.readiness?.ready).toBe(false);
        continue;
      }
      slips++;
      expect({ sheet: sheet.name, errors: errors.map((f) => [f.rule, f.sheet, f.cell]) }).toEqual({
        sheet: sheet.name,
        errors: [['E-04', sheet.name, at]],
      });
      expect(errors[0]!.message).toMatch(/单位写为“元”，但数字与.*按“万元”一致：请把单位改为“万元”/);
      expect(result.diagnoses).toEqual([]);
      expect(result.readiness?.ready).toBe(false);
    }
    expect(slips).toBeGreaterThanOrEqual(6);
  });
});

it('the other direction: seed 000 in 元, 收支总表 written 万元 over figures in 元, is one 错误 at its unit cell', async () => {
  const snap = await seedSnapshot('000', { amounts: 'yuan' });
  expect(checkWorkbook(snap).findings.filter((f) => f.severity === 'error')).toEqual([]);
  const sheet = snap.sheets.find((s) => s.name === '部门预算收支总表')!;
  const [r, c] = findYuan(sheet.values);
  (sheet.values[r] as unknown[])[c] = '单位：万元';
  const result = checkWorkbook(snap);
  const errors = result.findings.filter((f) => f.severity === 'error');
  expect(errors.map((f) => f.rule)).toEqual(['E-04']);
  expect(errors[0]!.message).toMatch(/单位写为“万元”，但数字与.*按“元”一致：请把单位改为“元”/);
  expect(result.readiness?.ready).toBe(false);
});

function findYuan(values: unknown[][]): [number, number] {
  for (let r = 0; r < values.length; r++)
    for (let c = 0; c < values[r]!.length; c++)
      if (typeof values[r]![c] === 'string' && /^单位[:：]\s*元$/.test(values[r]![c] as string)) return [r, c];
  throw new Error('no 单位：元');
}
