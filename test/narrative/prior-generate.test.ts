/**
 * The 情况说明 generator's 上年数 (issue #21): from last year's disclosure when opened, a typed figure overriding it,
 * and with neither the 比上年 paragraph is a 〔请填写〕 marker (counted by 可以报送), never left out.
 */
import { Decimal } from '../../src/core/money';
import { gatherFacts } from '../../src/core/narrative/facts';
import { generateNarrative, narrativeText } from '../../src/core/narrative/generate';
import { DEFAULT_INPUTS } from '../../src/core/narrative/inputs';
import { priorFigure } from '../../src/core/narrative/prior-inputs';
import { reviewNarrative } from '../../src/core/narrative/verify';
import { mergePrior } from '../../src/core/narrative/prior-facts';
import { countPlaceholders } from '../../src/core/review/readiness';
import { seedSnapshot } from '../fixtures/seed-workbooks';

const prior = mergePrior(
  '2021年公开.xlsx',
  2021,
  null,
  {
    'expense.total': { value: new Decimal('552.20'), from: 'table', where: '收支总表 本年支出合计（T1!D20）' },
    'expense.basic': { value: new Decimal('500.95'), from: 'table', where: '支出总表' },
    'expense.project': { value: new Decimal('51.25'), from: 'table', where: '支出总表' },
    'sanGong.total': { value: new Decimal('3.83'), from: 'text', where: '说明第 31 行' },
    'sanGong.reception': { value: new Decimal('0.72'), from: 'text', where: '说明第 31 行' },
  },
  {},
);

it('上年数 from last year’s disclosure: the 比上年 paragraph is written, and 说明核对 of the result finds it consistent', async () => {
  const f = gatherFacts(await seedSnapshot('001'))[0]!;
  const text = narrativeText(generateNarrative(f, DEFAULT_INPUTS, prior));
  expect(text).toContain('较2021年预算增加3.33万元，其中：基本支出增加13.53万元；项目支出减少10.20万元');
  expect(text).toContain('〔请填写收支增减原因〕');
  expect(text).toContain('与2021年相比增加0.01万元');
  const review = reviewNarrative(text, f, { prior });
  expect(review.yearOverYear.filter((x) => x.verdict === '不一致' || x.verdict === '尾差')).toEqual([]);
  expect(review.yearOverYear.filter((x) => x.verdict === '一致').length).toBeGreaterThanOrEqual(4);
});

it('the form shows each 上年数 with where it came from; a typed figure overrides the file', () => {
  expect(priorFigure(DEFAULT_INPUTS, prior, 'total')).toMatchObject({
    source: 'table',
    where: '2021年公开.xlsx：收支总表 本年支出合计（T1!D20）',
  });
  expect(priorFigure({ ...DEFAULT_INPUTS, prior: { total: '550' } }, prior, 'total')).toMatchObject({ source: 'typed', where: '手填' });
  expect(priorFigure(DEFAULT_INPUTS, null, 'total')).toMatchObject({ value: null, source: null });
  expect(priorFigure({ ...DEFAULT_INPUTS, prior: { total: '=1+1' } }, null, 'total').value).toBeNull();
});

it('with no source and no typed value the 比上年 paragraph is a 〔请填写〕 marker', async () => {
  const f = gatherFacts(await seedSnapshot('001'))[0]!;
  const text = narrativeText(generateNarrative(f, DEFAULT_INPUTS, null));
  expect(text).toContain('3、比上年增减情况\n〔请填写比上年增减情况：2021年预算收支总额、增减额及主要原因');
  expect(text).toContain('〔请填写与2021年相比的增减情况及原因');
  // The two markers are counted by 可以报送; with the 上年数 and the reasons filled, both are gone.
  const withReasons = { ...DEFAULT_INPUTS, reasons: { total: '人员增加', sanGong: '接待增加' } };
  const filled = narrativeText(generateNarrative(f, withReasons, prior));
  expect(countPlaceholders(text) - countPlaceholders(narrativeText(generateNarrative(f, withReasons, null)))).toBe(0);
  expect(countPlaceholders(narrativeText(generateNarrative(f, withReasons, null))) - countPlaceholders(filled)).toBe(2);
});
