/** U-03: an empty 基金/国有资本 table's 注 names its own fund and its own subject (部门 vs 单位); the seeds do. */
import { checkWorkbook } from '../../src/core/review/check';
import { seedSnapshot } from '../fixtures/seed-workbooks';

it.each<[string, string, string | null, RegExp | null]>([
  ['the seed as printed', '', null, null],
  [
    'the 国有资本 table noted as 政府基金',
    '国有资本经营预算财政拨款支出表',
    '注：无政府基金预算财政拨款预算，空表列示。',
    /应为“国有资本”/,
  ],
  ['a 部门 table noted for 本单位', '政府基金预算财政拨款支出表', '注：本单位无政府基金预算财政拨款预算，空表列示。', /改为“本部门”/],
])('seed 000: %s', async (_what, sheet, note, message) => {
  const snap = await seedSnapshot('000');
  if (note) {
    const s = snap.sheets.find((x) => x.name.includes(sheet) && x.name.startsWith('部门'))!;
    const row = s.values.find((r) => typeof r[0] === 'string' && r[0].startsWith('注'))!;
    row[0] = note;
  }
  const found = checkWorkbook(snap).findings.filter((f) => f.rule === 'U-03');
  if (!message) expect(found).toEqual([]);
  else expect(found.map((f) => f.message)).toEqual([expect.stringMatching(message)]);
});
