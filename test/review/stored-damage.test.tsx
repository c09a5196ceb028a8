/**
 * Stored and given data checked at the border (issue 19 item 6): the 出错说明 sheet, the stored 说明 inputs, the stored
 * 上年公开文件 and the user's code lists go through their schemas. What the add-in itself wrote reads back whole with
 * nothing said; each kind of damage (wrong type, wrong shape, not JSON) leaves the damaged part out, keeps the rest,
 * and is said — in the check result (CLI and pane: which part, which sheet, that it was ignored) and in the 科目名称
 * panel for the code lists.
 */
import { SSRProvider } from '@fluentui/react-components';
import { renderToStaticMarkup } from 'react-dom/server';
import { checkWorkbook } from '../../src/core/review/check';
import { checkUserCodeLists } from '../../src/core/codes/user-list-schema';
import { EXPLANATIONS_SHEET, INPUTS_SHEET, PRIOR_SHEET } from '../../src/core/internal-sheets';
import type { CellValue, WorkbookSnapshot } from '../../src/core/model/snapshot';
import { DEFAULT_INPUTS } from '../../src/core/narrative/inputs';
import { planStoreInputs, readStoredInputs } from '../../src/core/narrative/stored-inputs';
import { mergePrior } from '../../src/core/narrative/prior-facts';
import { planStorePrior, readStoredPrior } from '../../src/core/narrative/stored-prior';
import { planStoreExplanations, readExplanations } from '../../src/core/review/explanations';
import { storedDamage } from '../../src/core/review/stored-damage';
import { Decimal } from '../../src/core/money';
import { CheckResults } from '../../src/taskpane/CheckResults';
import { loadUserCodes, saveUserCodes, userCodesProblems } from '../../src/taskpane/user-codes';
import { readSnapshot } from '../../src/xlsx/read-snapshot';
import { seedWorkbook } from '../fixtures/seed-workbooks';

const book = (sheets: Record<string, CellValue[][]>): WorkbookSnapshot => ({
  sheets: Object.entries(sheets).map(([name, values]) => ({ name, origin: { row: 0, col: 0 }, values })),
});
const sheetOf = (plan: { addSheets: { name: string; values: CellValue[][] }[] }) => ({
  [plan.addSheets[0]!.name]: plan.addSheets[0]!.values,
});
const HEAD = ['键', '类型', '说明', '日期', '位置'];
const KEY = 'X13-02|表!E6|1.00|2.00';

it('what the add-in wrote reads back whole, and nothing is said', () => {
  const empty = book({});
  const prior = mergePrior('上年.xlsx', 2025, '某单位', { total: { value: new Decimal('12.5'), from: 'table', where: 'T1!B6' } }, {});
  const wb = book({
    ...sheetOf(planStoreExplanations(empty, [{ key: KEY, kind: 'explained', text: '尾差', date: '2026-01-02', where: '表!E6' }])),
    ...sheetOf(planStoreInputs(empty, { ...DEFAULT_INPUTS, duties: '职责' })),
    ...sheetOf(planStorePrior(empty, prior, 15) as never),
  });
  expect(storedDamage(wb)).toEqual([]);
  expect(readExplanations(wb)).toHaveLength(1);
  expect(readStoredInputs(wb).duties).toBe('职责');
  expect(readStoredPrior(wb)?.values.total?.value.toString()).toBe('12.5');
});

const CASES: [string, Record<string, CellValue[][]>, RegExp, (wb: WorkbookSnapshot) => void][] = [
  [
    '出错说明: a number as the key, an unknown type, a bad date; the sound row kept',
    {
      [EXPLANATIONS_SHEET]: [
        HEAD,
        [42, 'explained', 'x', '', ''],
        [KEY, 'maybe', 'x', '', ''],
        [KEY, 'explained', 'x', 'yesterday', ''],
        [null, null, null, null, null],
        [KEY, 'dismissed', 3.5, '2026-01-02', '表!E6'],
      ],
    },
    /出错说明（隐藏工作表「预算公开助手_出错说明」）有损坏：第 2 行键应为本工具写入的文字，已忽略；第 3 行类型应为 explained 或 dismissed，已忽略；第 4 行日期应为 yyyy-mm-dd，已忽略。损坏的部分未使用/,
    (wb) => expect(readExplanations(wb)).toEqual([{ key: KEY, kind: 'dismissed', text: '3.5', date: '2026-01-02', where: '表!E6' }]),
  ],
  ['出错说明: no header', { [EXPLANATIONS_SHEET]: [[KEY, 'explained', 'x', '', '']] }, /第 1 行不是表头/, () => {}],
  [
    '说明 inputs: wrong types',
    { [INPUTS_SHEET]: [['{"duties":["x"],"units":5,"government":7,"prior":"1"}']] },
    /情况说明填写内容（隐藏工作表「预算公开助手_说明」）有损坏：.*“.*”应为.*已(忽略|按默认处理).*等 4 处/,
    (wb) => expect(readStoredInputs(wb).duties).toBe(DEFAULT_INPUTS.duties),
  ],
  ['说明 inputs: not JSON', { [INPUTS_SHEET]: [['{"duties":']] }, /情况说明填写内容.*内容不是有效的 JSON，已全部忽略/, () => {}],
  [
    '上年: a figure as a number, a bad disagreement; the sound figure kept',
    {
      [PRIOR_SHEET]: [
        [
          '{"version":1,"source":"上年.xlsx","values":{"a":{"value":12,"from":"table"},"b":{"value":"3.5","from":"text","where":"说明"}},"disagreements":[{"subject":"a"}]}',
        ],
      ],
    },
    /上年公开文件（隐藏工作表「预算公开助手_上年」）有损坏：上年数 a 金额应为数字文字，已忽略；表文不一致第 1 项不完整，已忽略/,
    (wb) => expect(Object.keys(readStoredPrior(wb)!.values)).toEqual(['b']),
  ],
  [
    '上年: another version',
    { [PRIOR_SHEET]: [['{"version":9,"source":"x","values":{}}']] },
    /版本应为 1，已全部忽略/,
    (wb) => expect(readStoredPrior(wb)).toBeNull(),
  ],
];

it.each(CASES)('%s', (_name, sheets, text, kept) => {
  const wb = book(sheets);
  const d = storedDamage(wb);
  expect(d).toHaveLength(1);
  expect(d[0]!.sheet).toBe(Object.keys(sheets)[0]);
  expect(d[0]!.text).toMatch(text);
  kept(wb);
});

it('a check of a workbook with damaged stores runs, and the pane names each damaged part', () => {
  const snap = readSnapshot(seedWorkbook('003'));
  snap.sheets.push(...book({ [EXPLANATIONS_SHEET]: [HEAD, [1, 2, 3, 4, 5]], [INPUTS_SHEET]: [['[1,2]']] }).sheets);
  const result = checkWorkbook(snap);
  expect(result.tables.length).toBe(9);
  expect(result.damaged?.map((d) => d.part)).toEqual(['出错说明', '情况说明填写内容']);
  const html = renderToStaticMarkup(
    <SSRProvider>
      <CheckResults
        result={result}
        stale={false}
        actions={{ repair: () => {}, recheck: () => {}, goTo: () => {}, explain: () => {}, busy: false } as never}
      />
    </SSRProvider>,
  );
  expect(html).toContain('aria-label="出错说明已损坏"');
  expect(html).toContain('aria-label="情况说明填写内容已损坏"');
  expect(html).toMatch(/填写内容应为一个 JSON 对象（\{ … \}），已忽略/);
});

it('user code lists: damaged lists and entries left out and said; sound ones kept', () => {
  const good = { kind: 'function', year: 2026, label: '本单位', entries: [{ code: '2010101', name: '行政运行' }] };
  const checked = checkUserCodeLists([
    good,
    { kind: 'economic', year: '2026', entries: [] },
    {
      kind: 'function',
      year: 2026,
      label: 'x',
      entries: [
        { code: 2010102, name: 'a' },
        { code: '3010101', name: 'b' },
        { code: '2010103', name: '' },
        { code: '2010104', name: '正常' },
      ],
    },
    'x',
  ]);
  expect(checked.lists).toEqual([good, { kind: 'function', year: 2026, label: 'x', entries: [{ code: '2010104', name: '正常' }] }]);
  expect(checked.problems).toEqual([
    '第 2 个科目表的年度应为 2000–2100 的整数，已忽略',
    '第 3 个科目表（x）有 3 条编码应为 3、5 或 7 位数字等，已忽略',
    '第 4 个科目表不是科目表，已忽略',
  ]);
  const m = new Map<string, string>();
  const storage = { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
  saveUserCodes(storage, [good as never]);
  expect(userCodesProblems(storage)).toBe('');
  m.set('budget-disclosure.user-codes', JSON.stringify([good, { kind: 'function', year: 2026, entries: { a: 1 } }]));
  expect(loadUserCodes(storage)).toEqual([good]);
  expect(userCodesProblems(storage)).toMatch(
    /^本浏览器中保存的本单位科目表有损坏：第 2 个科目表的条目应为.*已忽略。损坏的部分未使用；需要时请重新导入本单位科目表。$/,
  );
  m.set('budget-disclosure.user-codes', '{');
  expect(userCodesProblems(storage)).toMatch(/不是有效的 JSON/);
});
