/**
 * A 科目编码 table whose 类 (or 款) row was deleted while the rows below it stay: the check says so once — 「支出总表缺少
 * “208 社会保障和就业支出”类行 … 其“合计”栏应为 10.45（其下各款之和）」 — and leaves the identities that need the row
 * 未核对 (可以报送 kept back), instead of 「无科目208，视为 0.00」 错误 and an undiagnosable part. Every 类 and 款 row
 * with rows below it, in every 科目编码 table of seeds 000, 001 and 003, deleted in turn. The control: the same row
 * deleted with every row below it is a 类 truly absent, and keeps its 错误.
 */
import { cellAddress, parseRange, rangeAddress } from '../../src/core/a1';
import { unjudgedGaps, unjudgedText } from '../../src/core/check/unjudged';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { Decimal } from '../../src/core/money';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import type { RecognizedRow, RecognizedTable } from '../../src/core/recognize/types';
import { checkWorkbook } from '../../src/core/review/check';
import { readiness } from '../../src/core/review/readiness';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { copySnapshot } from '../fixtures/snapshot-edit';

/** The snapshot without rows [from, from + n) of one sheet (0-based sheet rows), merges below moved up. */
function withoutRows(snap: WorkbookSnapshot, sheet: string, from: number, n: number): WorkbookSnapshot {
  return {
    sheets: snap.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const at = from - s.origin.row;
      const cut = <T>(rows: T[] | undefined) => rows && [...rows.slice(0, at), ...rows.slice(at + n)];
      const merges = s.merges?.flatMap((m) => {
        const r = parseRange(m);
        if (r.r1 < from) return [m];
        if (r.r0 >= from + n) return [rangeAddress(r.r0 - n, r.c0, r.r1 - n, r.c1)];
        return [];
      });
      return { ...s, values: cut(s.values)!, numberFormats: cut(s.numberFormats), fills: cut(s.fills), texts: cut(s.texts), merges };
    }),
  };
}

const CODED = ['T2', 'T3', 'T5', 'T6', 'T7', 'T8'];
const errors = (snap: WorkbookSnapshot) =>
  checkWorkbook(snap)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.sheet}!${f.cell}`);
/** Every finding by rule, severity and sheet (a deleted row moves the cells below it up). */
const findings = (r: ReturnType<typeof checkWorkbook>) => r.findings.map((f) => `${f.rule} ${f.severity} ${f.sheet}`).sort();

/** The rows one level below a 类/款 row (款 of a 类, else its 项), and their 合计 as printed, summed. */
function childrenTotal(t: RecognizedTable, code: string): string {
  for (const len of [code.length + 2, code.length + 4]) {
    const kids = t.rows.filter((r) => r.code?.length === len && r.code.startsWith(code));
    if (kids.length)
      return kids
        .reduce((s, r) => {
          const a = r.cells.total!.amount;
          return a.kind === 'number' ? s.plus(a.value) : s;
        }, new Decimal(0))
        .toFixed(2);
  }
  return '';
}

describe.each(['000', '001', '003'])('seed %s', (seed) => {
  let snap: WorkbookSnapshot;
  let cases: { t: RecognizedTable; r: RecognizedRow; below: RecognizedRow[] }[];
  let clean: string[];
  let cleanFindings: string[];
  beforeAll(async () => {
    snap = await seedSnapshot(seed);
    clean = errors(snap);
    cleanFindings = findings(checkWorkbook(snap));
    cases = recognizeWorkbook(snap)
      .tables.filter((t) => CODED.includes(t.id))
      .flatMap((t) =>
        t.rows
          .filter((r) => r.code && r.code.length < 7)
          .map((r) => ({ t, r, below: t.rows.filter((x) => x.code && x !== r && x.code.startsWith(r.code!)) }))
          .filter((c) => c.below.length > 0),
      );
  });

  it('each 类/款 row deleted alone: one 缺少…行 gap with the figure it should carry, no new finding, not 可以报送', () => {
    expect(cases.length).toBeGreaterThan(5);
    for (const { t, r } of cases) {
      const broken = withoutRows(snap, t.sheet, r.row, 1);
      const result = checkWorkbook(broken);
      const label = `${t.id} ${r.code}`;
      expect([label, result.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.sheet}!${f.cell}`)]).toEqual([
        label,
        clean,
      ]);
      // nor a 提示 computed with the missing row as 0 (人员经费＝301＋303, 部门＝Σ单位); 尾差 of identities now 未核对 go
      const left = [...cleanFindings];
      const added = findings(result).filter((f) => (left.includes(f) ? !left.splice(left.indexOf(f), 1) : true));
      expect([label, added]).toEqual([label, []]);
      const gaps = unjudgedGaps(result.notEvaluated).filter((g) => g.what.includes(`缺少“${r.code}`));
      expect([label, gaps.length]).toEqual([label, 1]);
      const gap = gaps[0]!;
      // named as another table of the 部门 lists it, else by the 类 lists of 支出功能分类 and 部门支出经济分类
      expect(gap.what).toMatch(new RegExp(`缺少“${r.code} .+”${r.code!.length === 3 ? '类' : '款'}行`));
      expect(gap.cell).toBe(cellAddress(r.row, t.columns.code!)); // the row below moved up into its place
      expect(unjudgedText(gap)).toContain(`应为 ${childrenTotal(t, r.code!)} ${t.money}（`);
      expect(readiness(result).ready).toBe(false);
    }
  });

  it('each 类 code mistyped (two digits swapped): the gap names that row as the probable typo', () => {
    let typos = 0;
    for (const { t, r } of cases.filter((c) => c.r.code!.length === 3 && c.r.code![1] !== c.r.code![2])) {
      const typed = `${r.code![0]}${r.code![2]}${r.code![1]}`;
      if (t.rows.some((x) => x.code?.startsWith(typed))) continue; // the swapped code is listed too
      const edited = copySnapshot(snap);
      const sheet = edited.sheets.find((x) => x.name === t.sheet)!;
      const col = t.columns.code! - sheet.origin.col;
      const line = sheet.values[r.row - sheet.origin.row]!;
      line[col] = typeof line[col] === 'number' ? Number(typed) : typed;
      const gaps = unjudgedGaps(checkWorkbook(edited).notEvaluated).filter((g) => g.what.includes(`缺少“${r.code}`));
      expect(gaps.map(unjudgedText)).toEqual([
        expect.stringContaining(`第${r.row + 1}行的“${typed}”下没有列出款、项，可能是“${r.code}”之误`),
      ]);
      typos++;
    }
    expect(typos).toBeGreaterThan(2);
  });

  it('the control: the row deleted with every row below it is a 类 truly absent, with its 错误 and no such gap', () => {
    let absent = 0;
    for (const { t, r, below } of cases.filter((c) => c.r.code!.length === 3)) {
      const last = Math.max(...below.map((x) => x.row));
      const broken = withoutRows(snap, t.sheet, r.row, last - r.row + 1);
      const result = checkWorkbook(broken);
      expect(unjudgedGaps(result.notEvaluated).filter((g) => g.what.includes('缺少“'))).toEqual([]);
      if (errors(broken).length > clean.length) absent++;
    }
    expect(absent).toBeGreaterThan(0);
  });
});
