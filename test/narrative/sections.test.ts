/**
 * A 说明 sheet cut short or without its 「二、…总体情况」 heading is said, never passed over: each seed 说明 cut
 * after each of its sections in turn names the sections missing (U-04) and is not 可以报送; the title kept with the
 * 「二、」 heading removed gives the 未核对 line once; the full seed 说明 gets neither.
 */
import { checkWorkbook } from '../../src/core/review/check';
import type { CheckResult } from '../../src/core/review/result';
import { planStoreExplanations, withExplanation, type Explanation } from '../../src/core/review/explanations';
import { seedSnapshot } from '../fixtures/seed-workbooks';
import { seedNarrative } from '../seeds/seed-narrative';

const SECTIONS: [string, RegExp, string][] = [
  ['一', /^一、.*职责及机构设置情况$/, '职责及机构设置情况'],
  ['二', /^二、.*预算安排的总体情况$/, '预算安排的总体情况'],
  ['三', /^三、机关运行经费安排情况$/, '机关运行经费安排情况'],
  ['四', /^四、.*经费预算情况及增减变化原因$/, '增减变化原因'],
  ['五', /^五、.*绩效信息$/, '绩效信息'],
  ['六', /^六、政府采购预算情况$/, '政府采购预算情况'],
  ['七', /^七、国有资产信息$/, '国有资产信息'],
  ['八', /^八、名词解释$/, '名词解释'],
  ['九', /^九、其他需要说明的事项$/, '其他需要说明的事项'],
];
const UNREAD = /像是情况说明，但没有找到“二、…总体情况”等标题，未核对：请按模板保留各部分标题/;
const SEEDS = ['000', '001', '003'];

async function check(seed: string, lines: string[]): Promise<CheckResult> {
  const snap = await seedSnapshot(seed);
  snap.sheets.push({ name: '说明', origin: { row: 0, col: 0 }, values: lines.map((l) => [l]) });
  return checkWorkbook(snap);
}
const onSheet = (r: CheckResult) => r.findings.filter((f) => f.sheet === '说明');

/** The seed's 说明 lines and the line of each section heading it has (-1: absent). */
function sections(seed: string, part: '部门' | '单位') {
  const lines = seedNarrative(seed, part).split('\n');
  return { lines, at: SECTIONS.map(([, re]) => lines.findIndex((l) => re.test(l.trim()))) };
}
const PART = (seed: string): '部门' | '单位' => (seed === '000' ? '单位' : '部门');

const cuts = SEEDS.flatMap((seed) => {
  const { at } = sections(seed, PART(seed));
  // Cut before each heading present after 二 (the 说明 then stops after the section before it).
  return at.flatMap((i, k) => (k >= 2 && i >= 0 ? [[seed, k] as const] : []));
});

it('the seed 说明 have the headings the cuts rely on', () => {
  for (const seed of SEEDS) {
    const { at } = sections(seed, PART(seed));
    expect(at[0]).toBeGreaterThan(0);
    expect(at[1]).toBeGreaterThan(at[0]!);
  }
  expect(cuts.length).toBeGreaterThan(15);
});

it.each(cuts)('seed %s 说明 cut before section %i: the missing sections are named, not 可以报送', async (seed, k) => {
  const { lines, at } = sections(seed, PART(seed));
  const r = await check(seed, lines.slice(0, at[k]!));
  const u04 = onSheet(r).filter((f) => f.rule === 'U-04');
  for (const [num, , name] of SECTIONS.slice(k))
    expect(u04.some((f) => f.message.includes(`${num}、`) && f.message.includes(name))).toBe(true);
  // The sections kept are not named missing.
  for (const [num] of SECTIONS.slice(0, k)) expect(u04.some((f) => f.message.includes(`缺少第${num}部分`))).toBe(false);
  expect(onSheet(r).some((f) => UNREAD.test(f.message))).toBe(false);
  expect(r.readiness!.ready).toBe(false);
});

it.each(SEEDS)('seed %s 说明 cut after section 一 (no 「二、」): the 未核对 line once, not 可以报送', async (seed) => {
  const { lines, at } = sections(seed, PART(seed));
  const r = await check(seed, lines.slice(0, at[1]!));
  expect(r.findings.filter((f) => UNREAD.test(f.message))).toHaveLength(1);
  expect(r.readiness!.ready).toBe(false);
});

it.each(
  SEEDS.flatMap((seed) => [
    [seed, '二、 heading removed', (l: string) => !SECTIONS[1]![1].test(l.trim())],
    [seed, '二、 heading reworded', () => true],
  ]) as [string, string, (l: string) => boolean][],
)('seed %s, title kept, %s: 未核对 once at the title, its figures not read, not 可以报送', async (seed, how, keep) => {
  const { lines, at } = sections(seed, PART(seed));
  const edited = lines.filter(keep).map((l, i) => (how.includes('reworded') && i === at[1] ? '二、收支预算总体说明' : l));
  const r = await check(seed, edited);
  const unread = r.findings.filter((f) => UNREAD.test(f.message));
  expect(unread).toHaveLength(1);
  expect(unread[0]!.message).toContain('工作表“说明”');
  expect(unread[0]!.severity).toBe('advisory');
  expect(unread[0]!.cell).toBe('A1');
  // Not read as a 说明: no other finding on the sheet.
  expect(onSheet(r)).toHaveLength(1);
  expect(r.readiness!.ready).toBe(false);
});

it.each([['关于2024年部门预算的情况说明'], ['某局2024年预算公开情况说明'], ['情况说明']])(
  'any title ending in 情况说明 (%s) without 「二、」 is said; with it, the sheet is read',
  async (title) => {
    const body = ['一、部门职责及机构设置情况', '（一）部门职责', '负责本部门工作。'];
    const r = await check('001', [title, ...body]);
    expect(r.findings.filter((f) => UNREAD.test(f.message))).toHaveLength(1);
    const read = await check('001', [title, ...body, '二、部门预算安排的总体情况', '收入预算共计 XX 万元。']);
    expect(read.findings.some((f) => UNREAD.test(f.message))).toBe(false);
    // Read: its placeholder is flagged and its missing sections named.
    expect(onSheet(read).some((f) => f.rule === 'U-05')).toBe(true);
    expect(onSheet(read).some((f) => f.rule === 'U-04' && f.message.includes('九、其他需要说明的事项'))).toBe(true);
  },
);

it('a sheet that only mentions 情况说明 in its body is not taken for one', async () => {
  const r = await check('001', ['备注', '附：资产情况', '详见资产情况说明第三页。', '其他']);
  expect(r.findings.some((f) => UNREAD.test(f.message))).toBe(false);
});

it.each(SEEDS)('seed %s: the full 说明 gets no new finding', async (seed) => {
  const { lines } = sections(seed, PART(seed));
  const r = await check(seed, lines);
  expect(r.findings.some((f) => UNREAD.test(f.message) || /说明只写到第/.test(f.message))).toBe(false);
});

it('the unread 说明 keeps 可以报送 back even with every 提示 dismissed, and the status names the sheet', async () => {
  const snap = await seedSnapshot('001');
  const { lines, at } = sections('001', '部门');
  snap.sheets.push({ name: '说明', origin: { row: 0, col: 0 }, values: lines.slice(0, at[1]!).map((l) => [l]) });
  const first = checkWorkbook(snap);
  let list: Explanation[] = [];
  for (const f of first.findings.filter((x) => !x.causedBy))
    list = withExplanation(list, f, { kind: f.severity === 'advisory' ? 'dismissed' : 'explained', text: '已核', date: '2026-11-30' });
  const plan = planStoreExplanations(snap, list);
  const s = plan.addSheets[0]!;
  snap.sheets.push({ name: s.name, origin: { row: 0, col: 0 }, values: s.values, visibility: 'veryHidden' });
  const again = checkWorkbook(snap);
  expect(again.readiness!.errors).toBe(0);
  expect(again.readiness!.unexplained).toBe(0);
  expect(again.readiness!.narrativeUnread).toBe(1);
  expect(again.readiness!.ready).toBe(false);
  expect(again.readiness!.text).toContain('工作表“说明”像是情况说明但未能读取（未核对');
  // Without the sheet, the same explanations make it 可以报送: the sheet alone holds it back.
  snap.sheets = snap.sheets.filter((x) => x.name !== '说明');
  expect(checkWorkbook(snap).readiness!.ready).toBe(true);
});
