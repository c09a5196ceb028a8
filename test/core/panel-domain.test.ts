/** Domain work moved out of the panels: 机构设置 lines, user code lists (用户导入 / 用户补充), 科目查询 → insert. */
import { splitUserCodes, withUserPair } from '../../src/core/codes/user-lists';
import { planInsertCode } from '../../src/core/codes/insert-code';
import { parseUnitsText, unitsText } from '../../src/core/narrative/units-text';
import { recognizeWorkbook } from '../../src/core/recognize/recognize';
import { seedSnapshot } from '../fixtures/seed-workbooks';

it('机构设置 lines ⇄ rows (，/,/tab; missing fields blank; blank lines skipped)', () => {
  const rows = parseUnitsText('本级，行政，正科级，财政拨款\n\n所属中心,事业\t副科级');
  expect(rows).toEqual([
    { name: '本级', nature: '行政', rank: '正科级', funding: '财政拨款' },
    { name: '所属中心', nature: '事业', rank: '副科级', funding: '' },
  ]);
  expect(parseUnitsText(unitsText(rows))).toEqual(rows);
});

it('an imported list splits by code; a pair given once joins one 用户补充 list per kind and year', () => {
  const { lists, other } = splitUserCodes(
    [
      { code: '2013288', name: '甲' },
      { code: '30299', name: '乙' },
      { code: '1010101', name: '收入科目' },
    ],
    2026,
  );
  // A code of neither kind is not filed under either (the CLI and the pane both say so).
  expect(other).toEqual([{ code: '1010101', name: '收入科目' }]);
  expect(lists.map((l) => [l.kind, l.entries.length, l.label])).toEqual([
    ['function', 1, '用户导入 2026年（3条）'],
    ['economic', 1, '用户导入 2026年（3条）'],
  ]);
  const once = withUserPair(lists, '2019901', '丙', 2027);
  const twice = withUserPair(withUserPair(once, '2019902', '丁', 2027), '2019901', '丙（改）', 2027);
  const own = twice.filter((l) => l.label === '用户补充');
  expect(own).toHaveLength(1);
  expect(own[0]!.entries).toEqual([
    { code: '2019902', name: '丁' },
    { code: '2019901', name: '丙（改）' },
  ]);
});

it('科目查询 → insert: into the table’s 编码/名称 columns in a recognized row, else the cell and the next; undo restores', async () => {
  const snap = await seedSnapshot('000');
  const t3 = recognizeWorkbook(snap).tables.find((t) => t.id === 'T3')!;
  const row = t3.rows.at(-1)!.row + 1;
  const inTable = planInsertCode(snap, { sheet: t3.sheet, row, column: 5 }, '2080505', '机关事业单位基本养老保险缴费支出');
  expect(inTable.plan.writes!.map((w) => w.cell)).toEqual([`B${row + 1}`, `C${row + 1}`]);
  expect(inTable.undo.writes!.map((w) => w.value)).toEqual(['', '']);
  const loose = planInsertCode(
    { sheets: [{ name: '草稿', origin: { row: 0, col: 0 }, values: [[null, null, '旧']] }] },
    { sheet: '草稿', row: 0, column: 1 },
    '201',
    '一般公共服务支出',
  );
  expect(loose.plan.writes!.map((w) => w.cell)).toEqual(['B1', 'C1']);
  expect(loose.undo.writes!.map((w) => w.value)).toEqual(['', '旧']);
});
