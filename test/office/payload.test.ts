/**
 * Excel on the web's 5 MB payload limit, modelled by the strict fake: a 900-table workbook (100 departments) is read
 * and marked without any request or response passing the limit, although the whole read is several times larger —
 * the adapter chunks. Round trips stay small for an ordinary workbook and grow only with the payload.
 */
import { checkAndMark } from '../../src/actions/check';
import { WEB_PAYLOAD_LIMIT } from '../../src/office/fake/fake-excel';
import { manyDepartments, seedSnapshot } from '../fixtures/seed-workbooks';
import { fakeFrom, fakeHost } from './fake-from';

it('a 900-table workbook is checked and marked under the 5 MB limit per round trip', async () => {
  const big = manyDepartments(await seedSnapshot('001'), 100);
  const excel = fakeFrom(big);
  const r = await checkAndMark(fakeHost(excel));
  expect(r.tables).toHaveLength(900);
  const ctx = excel.contexts[0]!;
  expect(ctx.total.response).toBeGreaterThan(WEB_PAYLOAD_LIMIT); // one unchunked read would have failed
  expect(ctx.largest.response).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  expect(ctx.largest.request).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  console.log(
    `900 tables on the fake: ${ctx.syncCount} round trips; read ${(ctx.total.response / 2 ** 20).toFixed(1)} MB, ` +
      `largest response ${(ctx.largest.response / 2 ** 20).toFixed(2)} MB, largest request ${(ctx.largest.request / 2 ** 20).toFixed(2)} MB`,
  );
});

it('the fake refuses a response over the limit, so an unchunked read would fail', async () => {
  const excel = fakeFrom(await seedSnapshot('001'));
  await expect(
    excel.run(async (ctx) => {
      ctx.payloadLimit = 10_000;
      const ws = ctx.workbook.worksheets.getItem(excel.model.sheets[0]!.name);
      ws.getRange('A1:Z500').load('values,numberFormat');
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
});

it('a write larger than the limit goes out in several round trips, each under it', async () => {
  const excel = fakeFrom({ sheets: [] });
  const rows = Array.from({ length: 60_000 }, (_, i) => [`第${i}行：预算公开助手写入的一段较长的说明文字`, i, '=不是公式']);
  const syncs = await excel.run(async (ctx) => {
    const { writePlan } = await import('../../src/office/apply-plan');
    return writePlan(
      ctx as unknown as Excel.RequestContext,
      { description: 't', styles: {}, addSheets: [{ name: 'S', values: rows, merges: [], formats: [], columnWidths: [] }] },
      false,
    );
  });
  const ctx = excel.contexts[0]!;
  expect(ctx.total.request).toBeGreaterThan(WEB_PAYLOAD_LIMIT);
  expect(ctx.largest.request).toBeLessThanOrEqual(WEB_PAYLOAD_LIMIT);
  expect(syncs).toBeGreaterThan(1);
  const s = excel.model.sheet('S')!;
  expect(s.peek(59_999, 0)!.value).toBe(rows[59_999]![0]);
  expect([s.peek(123, 2)!.value, s.peek(123, 2)!.formula]).toEqual(['=不是公式', undefined]);
});

it('a stray value at XFD1048576 does not make the pane read the whole sheet: the tables are read, the rest said', async () => {
  const seed = await seedSnapshot('001');
  const excel = fakeFrom(seed);
  const sheet = excel.model.sheets[0]!;
  sheet.cell(1_048_575, 16_383).value = '远处的一个值';
  const r = await checkAndMark(fakeHost(excel));
  expect(r.tables).toHaveLength(9);
  const ctx = excel.contexts[0]!;
  // 1,000,000 cells at most for that sheet: a handful of round trips, not the 17 billion cells of the used range.
  expect(ctx.syncCount).toBeLessThan(40);
  expect(ctx.total.response).toBeLessThan(200 * 2 ** 20);
  expect(r.problems.map((p) => p.message).join()).toMatch(/远在表格之外（如 XFD1048576）/);
}, 120_000);

describe.each([
  ['ExcelApi 1.9 and later: Excel counts them', undefined, /有 4 个单元格远在表格之外（如 XFD1048576）/],
  ['below ExcelApi 1.9: said as a lower bound', '1.8', /有至少 1 个单元格远在表格之外（如 XFD1048576）/],
])('far-away values, %s', (_name, level, message) => {
  it('the count the pane gives is the real one, or says 至少', async () => {
    const excel = fakeFrom(await seedSnapshot('001'), level);
    const sheet = excel.model.sheets[0]!;
    sheet.cell(1_048_575, 16_383).value = '远处的一个值';
    sheet.cell(300_000, 2).value = 1; // below the read window, in the tables' columns
    sheet.cell(5, 3_000).value = '右边'; // right of the read window
    Object.assign(sheet.cell(900_000, 4_000), { value: 7, formula: '=3+4' });
    const r = await checkAndMark(fakeHost(excel));
    expect(r.tables).toHaveLength(9);
    expect(r.problems.map((p) => p.message).join()).toMatch(message);
  }, 120_000);
});
