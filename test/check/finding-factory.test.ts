/**
 * Every finding is made by the one constructor (check/finding.ts) and named by the one id scheme (finding-ids.ts):
 * the identities', the supporting tables', 说明核对's (a 说明 sheet in the workbook, and a pasted text on its own)
 * and 科目名称's. A property over the seeds with random changes to amounts, names, codes and the 说明's figures:
 * no two findings of one result share an id, each has a Chinese title (the rule id is for the details line) and
 * a message with no gap where a part is missing.
 */
import fc from 'fast-check';
import { analyzeWorkbook } from '../../src/core/analysis';
import { checkWorkbook } from '../../src/core/review/check';
import { makeFinding } from '../../src/core/check/finding';
import type { Finding } from '../../src/core/check/types';
import { buildBooks } from '../../src/core/codes/books';
import * as DATA from '../../src/core/codes/data.generated';
import type { CellValue, WorkbookSnapshot } from '../../src/core/model/snapshot';
import { copySnapshot as copy, setValue } from '../fixtures/snapshot-edit';
import { gatherFacts } from '../../src/core/narrative/facts';
import { verifyNarrative } from '../../src/core/narrative/verify';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { seedNarrative } from '../seeds/seed-narrative';

const SEEDS = ['000', '001', '003'] as const;
const books = buildBooks(DATA);
let snaps: Record<string, WorkbookSnapshot>;
beforeAll(async () => {
  snaps = Object.fromEntries(await Promise.all(SEEDS.map(async (s) => [s, await seedSnapshot(s)] as const)));
});

/** The 说明 as a worksheet, one paragraph a row (as pasted from Word). */
const narrativeSheet = (text: string) => ({ name: '情况说明', origin: { row: 0, col: 0 }, values: text.split('\n').map((l) => [l]) });

/** A figure of the text moved (「340.57万元」 → 「341.57万元」), or a paragraph said twice. */
function changeText(text: string, edits: [number, number][]): string {
  let lines = text.split('\n');
  for (const [k, kind] of edits) {
    const i = k % lines.length;
    if (kind % 3 === 0) lines = [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)];
    else lines[i] = lines[i]!.replace(/(\d+)(\.\d+)?万元/, (_, a: string, b = '') => `${Number(a) + kind}${b}万元`);
  }
  return lines.join('\n');
}

const SHAPE = Object.keys(
  makeFinding({ rule: 'X', title: 't', severity: 'error', message: 'm', at: { sheet: 's', cell: 'A1' }, unit: null, table: null }),
).sort();

function expectWellMade(findings: readonly Finding[]): void {
  const ids = findings.map((f) => f.id);
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  for (const f of findings) {
    expect(f.id.startsWith(`${f.rule}@${f.sheet}!${f.cell}`)).toBe(true);
    expect(f.title).not.toBe('');
    expect(f.title).not.toBe(f.rule);
    expect(f.message).not.toMatch(/undefined|null|NaN|\s{2}|≠\s*[，,]|与\s*不一致|^\s|\s$/);
    for (const k of SHAPE) expect(f).toHaveProperty(k);
  }
}

const amountValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -100000, max: 100000 }).map((n) => n / 100),
  fc.constantFrom('abc', '#N/A', '-'),
);
const nameValue: fc.Arbitrary<CellValue> = fc.constantFrom(null, '', '其他支出', '一般公共服务支出', '某某费');
const codeValue: fc.Arbitrary<CellValue> = fc.constantFrom('2010101', '2019999', '301', '30299', '2080505', '229', '20805');

it('no two findings of 检查 (with its 说明), 科目名称 or 说明核对 share an id, and each is well made', () => {
  const all = SEEDS.map((s) => {
    const tables = recognizeWorkbook(snaps[s]!).tables;
    return {
      seed: s,
      amounts: tables.flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells))),
      names: tables.flatMap((t) =>
        t.columns.name === undefined ? [] : t.rows.filter((r) => r.code).map((r) => ({ sheet: t.sheet, row: r.row, col: t.columns.name! })),
      ),
      codes: tables.flatMap((t) =>
        t.columns.code === undefined ? [] : t.rows.filter((r) => r.code).map((r) => ({ sheet: t.sheet, row: r.row, col: t.columns.code! })),
      ),
    };
  });
  let narrativeFindings = 0;
  let nameFindings = 0;
  fc.assert(
    fc.property(
      fc.nat(SEEDS.length - 1),
      fc.array(fc.tuple(fc.nat(10000), amountValue), { maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(10000), nameValue), { maxLength: 6 }),
      fc.array(fc.tuple(fc.nat(10000), codeValue), { maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(10000), fc.integer({ min: 1, max: 9 })), { maxLength: 6 }),
      (which, amounts, names, codes, textEdits) => {
        const base = all[which]!;
        const snap = copy(snaps[base.seed]!);
        for (const [k, v] of amounts) {
          const c = base.amounts[k % base.amounts.length]!;
          setValue(snap, c.sheet, c.row, c.col, v);
        }
        for (const [k, v] of names) {
          const c = base.names[k % base.names.length]!;
          setValue(snap, c.sheet, c.row, c.col, v);
        }
        for (const [k, v] of codes) {
          const c = base.codes[k % base.codes.length]!;
          setValue(snap, c.sheet, c.row, c.col, v);
        }
        const text = changeText(seedNarrative(base.seed), textEdits);
        // 说明核对 of the pasted text on its own
        const facts = gatherFacts(snap)[0] ?? null;
        const pasted = verifyNarrative(text, facts, { sheet: '说明' });
        expectWellMade(pasted);
        // 科目名称
        const named = analyzeWorkbook(snap).names(books, 2023).findings;
        expectWellMade(named);
        nameFindings += named.length;
        // 检查 with the 说明 kept in a worksheet
        snap.sheets.push(narrativeSheet(text));
        const r = checkWorkbook(snap);
        expectWellMade(r.findings);
        narrativeFindings += r.findings.filter((f) => f.sheet === '情况说明').length;
        for (const f of r.findings) if (f.causedBy) expect(r.findings.map((x) => x.id)).toContain(f.causedBy);
      },
    ),
    { numRuns: Number(process.env.FC_RUNS ?? 40) },
  );
  // the property saw findings of both kinds (it is not vacuous)
  expect(narrativeFindings).toBeGreaterThan(0);
  expect(nameFindings).toBeGreaterThan(0);
});

it('a 项 code with neither its 款 nor its 类: two K-03 at one cell, two ids', () => {
  const snap = copy(snaps['000']!);
  const t3 = recognizeWorkbook(snap).tables.find((t) => t.id === 'T3')!;
  const leaf = t3.rows.find((r) => r.code?.length === 7)!;
  setValue(snap, t3.sheet, leaf.row, t3.columns.code!, '2290101');
  const k03 = analyzeWorkbook(snap)
    .names(books, 2023)
    .findings.filter((f) => f.rule === 'K-03');
  expect(k03.length).toBe(2);
  expect(new Set(k03.map((f) => f.id)).size).toBe(2);
});

it('说明核对 findings carry the rule’s Chinese title and the one sentence form', () => {
  const text = seedNarrative('001').replace('收入预算555.53万元', '收入预算556.53万元');
  const f = verifyNarrative(text, gatherFacts(snaps['001']!)[0]!, { sheet: '说明' });
  const n02 = f.find((x) => x.rule === 'N-02')!;
  expect(n02.title).toBe('说明中的收支金额与收支总表');
  expect(n02.message).toBe('说明中“2022年收入预算556.53万元”与收支总表 收入总计 555.53万元不一致，差 1.00万元');
  expect(n02.id).toBe('N-02@说明!A23');
});
