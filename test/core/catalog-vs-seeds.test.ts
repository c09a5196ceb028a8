/**
 * The catalog against the published tables: every table of editions 2022 and 2023, 部门 and 单位, compared cell by
 * cell with the seeds (header line, header rows with merges, 栏次, fixed row labels and order, 注 lines).
 * Labels are compared whitespace-insensitively (Word line-fill spaces and wrapped header lines vary between prints).
 */
import { renderTable, titleOf } from '../../src/core/catalog/render';
import { resolveEdition, tableOf } from '../../src/core/catalog/editions';
import type { Level, TableId } from '../../src/core/catalog/types';
import { norm, seedTables, wordRows } from '../seeds/seed-tables';

interface Case {
  seed: string;
  edition: string;
  level: Level;
  tables: TableId[];
  variants: Partial<Record<TableId, string>>;
}

const NINE: TableId[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'];
const CASES: Case[] = [
  { seed: '001', edition: '2022', level: '部门', tables: [...NINE, 'S1', 'S2', 'S3'], variants: { T9: 'B', S3: '20' } },
  { seed: '000', edition: '2023', level: '部门', tables: [...NINE, 'S1', 'S2', 'S3'], variants: { T9: 'A', S3: '50' } },
  { seed: '000', edition: '2023', level: '单位', tables: [...NINE, 'S1', 'S2', 'S3'], variants: { T9: 'A', S3: '50' } },
  { seed: '003', edition: '2023', level: '部门', tables: [...NINE, 'S1'], variants: { T9: 'C' } },
];

/** The seed's own 我部门/我单位 wording of the empty-table 注 (seed 001) is the same note. */
const noteNorm = (s: string) => norm(s).replace(/我(部门|单位)/, '');

const rows = CASES.flatMap((c) => c.tables.map((t) => [c.seed, c.edition, c.level, t, c] as const));

describe.each(rows)('seed %s, edition %s, %s, %s', (seed, editionId, level, id, c) => {
  const edition = resolveEdition(editionId);
  const t = tableOf(edition, id, c.variants[id]);
  const title = titleOf(t, { level });
  const found = seedTables(seed, title);

  it('is printed in the seed under the catalog title', () => {
    expect(found.length).toBeGreaterThan(0);
  });

  const st = found[0]!;
  const headerCells = st ? st.rows[0]! : [];
  const m = /^(\d+)\s*(.*)$/.exec(headerCells[0] ?? '');
  const code = m ? m[1]! : '225';
  const name = m ? m[2]! : '示例部门';
  const yearInSeed = Number(/(\d{4})/.exec(headerCells[1] ?? '')?.[1] ?? edition.year);
  const empty = !!st && st.after.some((a) => a.startsWith('注：') && a.includes('空表列示'));
  const r = renderTable(t, edition, { level, code, name, year: editionId === '2022' ? 2022 : 2023, empty });
  const L = r.layout;
  let k = 0; // seed row cursor

  it('has the seed’s header line, header rows and 栏次', () => {
    if (!st) return;
    if (L.headerLineRow !== null) {
      const mine = wordRows(r.sheet.values, r.sheet.merges, L.headerLineRow, L.headerLineRow)[0]!;
      if (t.headerLine === 'unit-cutoff') {
        expect(norm(mine[0]!)).toBe(norm(headerCells[0]!));
        expect(mine[1]).toMatch(/^截止时间：\d{4}-12-31$/);
        expect(headerCells[1]).toBe(
          `截止时间：${yearInSeed === 2022 ? 2021 : 2022}-12-31`.replace(/\d{4}(?=-12)/, String(edition.year - 1)),
        );
      } else {
        expect(mine.map(norm)).toEqual(headerCells.map(norm));
      }
      k = 1;
    }
    const [h0, h1] = L.headerRows;
    const mineHeader = wordRows(r.sheet.values, r.sheet.merges, h0, h1).map((row) => row.map(norm));
    const seedHeader = st.rows.slice(k, k + (h1 - h0 + 1)).map((row) => row.map(norm));
    if (t.id === 'S4') {
      // 绩效目标表: the 绩效目标 row carries the project's own text; compare its label and the indicator header.
      expect(seedHeader[0]![0]).toBe(mineHeader[0]![0]);
      expect(seedHeader[1]).toEqual(mineHeader[1]);
    } else {
      expect(seedHeader).toEqual(mineHeader);
    }
    k += h1 - h0 + 1;
    if (L.lanciRow !== null) {
      expect(st.rows[k]!.map(norm)).toEqual(r.sheet.values[L.lanciRow]!.map((v) => norm(String(v ?? ''))));
      k++;
    }
  });

  it('has the seed’s body rows: fixed labels in order, 合计 row, empty-table row and 注', () => {
    if (!st || t.id === 'S4') return;
    const start = (L.headerLineRow !== null ? 1 : 0) + (L.headerRows[1] - L.headerRows[0] + 1) + (L.lanciRow !== null ? 1 : 0);
    const seedBody = st.rows.slice(start);
    const mine = r.sheet.values.slice(L.bodyRows[0], L.bodyRows[1] + 1).map((row) => row.map((v) => String(v ?? '')));
    const labelCols = t.columns.map((col, i) => (['seq', 'label', 'name', 'code'].includes(col.kind) ? i : -1)).filter((i) => i >= 0);
    switch (t.body.kind) {
      case 'fixed':
      case 'sides':
        expect(seedBody.length).toBe(mine.length);
        seedBody.forEach((sr, i) => {
          for (const col of labelCols) expect([i, col, norm(sr[col] ?? '')]).toEqual([i, col, norm(mine[i]![col]!)]);
        });
        break;
      case 'coded':
        if (empty) {
          expect(seedBody).toHaveLength(1);
          expect(seedBody[0]!.every((x) => x.trim() === '')).toBe(true);
          expect(mine).toHaveLength(1);
          expect(mine[0]!.every((x) => x === '')).toBe(true);
          const note = r.sheet.values[L.noteRows[0]!]![0] as string;
          expect(noteNorm(note)).toBe(noteNorm(st.after.find((a) => a.startsWith('注：'))!));
        } else {
          expect(seedBody[0]![t.body.seqCol]).toBe('1');
          expect(norm(seedBody[0]![t.body.totalCol]!)).toBe(mine[0]![t.body.totalCol]);
          expect(mine[0]![t.body.seqCol]).toBe('1');
        }
        break;
      case 'blank':
        if (t.body.leading) expect(norm(seedBody[0]![0]!)).toBe(norm(t.body.leading[0]!));
        break;
    }
    if (t.footnote) expect(norm(st.after[0]!)).toBe(norm(t.footnote));
  });
});

describe('edition differences', () => {
  it.each([
    ['2022', 33, 36],
    ['2023', 34, 37],
  ])('%s: 收支总表 has %i body rows and 财政拨款收支总表 %i', (id, t1, t4) => {
    const e = resolveEdition(id);
    const ctx = { level: '部门' as const, code: '225', name: 'x', year: e.year };
    const n = (tid: TableId) => {
      const L = renderTable(tableOf(e, tid), e, ctx).layout;
      return L.bodyRows[1] - L.bodyRows[0] + 1;
    };
    expect(n('T1')).toBe(t1);
    expect(n('T4')).toBe(t4);
  });
});
