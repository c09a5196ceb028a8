/**
 * Money's decimal.js is a clone of its own (src/core/money.ts): exact at every magnitude the reader accepts (a cell
 * holds a double, up to ±1.797…·10³⁰⁸, shown with decimals, converted 万元↔元), while the package's shared `Decimal`
 * keeps its default precision (20 significant digits) for any other user in the same process.
 */
import DecimalJs from 'decimal.js';
import { cellAmount, Decimal, parseAmountText, type NumberAmount } from '../../src/core/money';

const value = (v: unknown, format?: string) => (cellAmount(v, format) as NumberAmount).value;

it('a fresh import of decimal.js keeps its defaults after money is loaded', () => {
  expect(DecimalJs.precision).toBe(20);
  expect(new DecimalJs('1E+308').plus('439.20').minus('1E+308').toFixed(2)).toBe('0.00'); // its own rounding
  expect(Decimal.precision).toBe(330);
  expect(Decimal).not.toBe(DecimalJs);
});

it('a module that sets decimal.js globally does not change money', () => {
  DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
  try {
    expect(new Decimal('123456.789').plus('0.001').toFixed(3)).toBe('123456.790');
  } finally {
    DecimalJs.set({ precision: 20, rounding: DecimalJs.ROUND_HALF_UP });
  }
});

const MAX = Number.MAX_VALUE; // 1.7976931348623157e308: the largest value a cell can hold

it.each([
  ['1E+308 + 439.20 − 1E+308', [1e308, 439.2, -1e308], '439.20'],
  ['the largest double, twice, and its negative', [MAX, 0.01, -MAX], '0.01'],
  ['−1E+308, a small amount, +1E+308', [-1e308, 1038.38, 1e308, -0.38], '1038.00'],
  ['1E+300 of 万元 in 元 (× 10000) and back', [1e300 * 1e4, -1e304, 12.34], '12.34'],
])('sums stay exact: %s', (_name, values, sum) => {
  const total = (values as number[]).reduce((s, v) => s.plus(value(v, '0.00')), new Decimal(0));
  expect(total.toFixed(2)).toBe(sum);
});

it('a shown figure of 309 digits with decimals is kept whole', () => {
  const text = `${'9'.repeat(309)}.25`;
  const a = parseAmountText(text) as NumberAmount;
  expect(a.value.toFixed(2)).toBe(text);
  expect(a.value.plus('0.75').minus(a.value).toFixed(2)).toBe('0.75');
  expect(a.value.times(10000).div(10000).toFixed(2)).toBe(text);
});
