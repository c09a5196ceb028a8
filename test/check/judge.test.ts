/**
 * Judging an identity in integer base units (the fast path) gives exactly what decimal.js gives: same verdict
 * (holds / 尾差 / 错误 / 提示) and the same sides and difference, for any printed figures, decimals and operator.
 */
import fc from 'fast-check';
import { judge } from '../../src/core/check/evaluate';
import type { Identity } from '../../src/core/check/identity';
import { BASE_PER_WAN, type Term } from '../../src/core/check/terms';
import type { Rule } from '../../src/core/check/types';
import { Decimal, halfUnit } from '../../src/core/money';

/** A printed 万元 figure with `d` decimals, as a term with (or without) its integer form. */
function term(scaled: number, d: number, withUnits: boolean): Term {
  const value = new Decimal(scaled).div(10 ** d);
  const perUnit = BASE_PER_WAN / 10 ** d;
  return {
    value,
    tol: halfUnit(d),
    decimals: d,
    units: withUnits ? { value: scaled * perUnit, tol: perUnit / 2, step: perUnit } : null,
  } as unknown as Term;
}

const figure = fc.record({ scaled: fc.integer({ min: -5_000_000, max: 5_000_000 }), d: fc.integer({ min: 0, max: 4 }) });
const side = fc.array(figure, { minLength: 0, maxLength: 6 });

it('integer and decimal judging agree (5000 random identities)', () => {
  fc.assert(
    fc.property(
      side,
      side,
      fc.constantFrom('=', '<=', '>='),
      fc.constantFrom('strict', 'advisory'),
      fc.boolean(),
      (l, r, op, severity, near) => {
        // Half the cases nearly hold: the right side's first figure is moved to within a few units of balance.
        if (near && r.length) {
          const sum = (xs: typeof l) => xs.reduce((s, x) => s.plus(new Decimal(x.scaled).div(10 ** x.d)), new Decimal(0));
          const gap = sum(l).minus(sum(r.slice(1)));
          r[0] = { scaled: gap.times(100).round().toNumber() + (r[0]!.scaled % 3), d: 2 };
        }
        const make = (withUnits: boolean) =>
          ({
            rule: { severity } as Rule,
            op,
            left: l.map((x) => term(x.scaled, x.d, withUnits)),
            right: r.map((x) => term(x.scaled, x.d, withUnits)),
          }) as unknown as Identity;
        const fast = judge(make(true));
        const slow = judge(make(false));
        expect(fast?.severity).toBe(slow?.severity);
        if (fast && slow) {
          expect(fast.diff.toString()).toBe(slow.diff.toString());
          expect(fast.left.toString()).toBe(slow.left.toString());
          expect(fast.right.toString()).toBe(slow.right.toString());
        }
      },
    ),
    { numRuns: 5000 },
  );
});

it('sums that could pass 2⁵³ are judged by decimal.js, exactly', () => {
  const big = 2 ** 50 - 1; // odd, at 7 decimals: units of one base unit, just under the 2⁵⁰ bound
  const id = {
    rule: { severity: 'strict' } as Rule,
    op: '=',
    left: Array.from({ length: 9 }, () => term(big, 7, true)),
    right: [...Array.from({ length: 8 }, () => term(big, 7, true)), term(big - 21, 7, true)],
  } as unknown as Identity;
  const o = judge(id);
  expect(o?.severity).toBe('error');
  expect(o?.diff.toString()).toBe('0.0000021');
});
