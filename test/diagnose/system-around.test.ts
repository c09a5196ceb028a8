/**
 * 诊断 builds the linear system only around the broken identities (system.ts `buildSystemAround`): the parts it holds,
 * and what 诊断 finds in them, must be those of the whole system. Five 部门 each with their 单位 (seed 000), 1–3 random
 * typing mistakes anywhere; once with the catalog as it is, once with U-01 (部门＝Σ单位) made strict, so that an identity
 * of the 部门 reads cells of its 单位' tables and the parts cross groups.
 */
import fc from 'fast-check';
import { analyzeWorkbook } from '../../src/core/analysis';
import { RULES } from '../../src/core/check/rules';
import type { Rule } from '../../src/core/check/types';
import { diagnose, showUnits } from '../../src/core/diagnose/diagnose';
import { buildSystem, buildSystemAround, components } from '../../src/core/diagnose/system';
import type { WorkbookSnapshot } from '../../src/core/model/snapshot';
import { manyDepartments, seedSnapshot } from '../fixtures/seed-workbooks';
import { CHANGES, mistake, withValue } from './helpers';

const STRICT_U01: readonly Rule[] = RULES.map((r) => (r.id === 'U-01' ? { ...r, severity: 'strict' as const } : r));

let base: WorkbookSnapshot;
beforeAll(async () => {
  base = manyDepartments(await seedSnapshot('000'), 5);
});

describe.each([
  ['the catalog', RULES],
  ['U-01 strict (parts across 部门 and 单位)', STRICT_U01],
])('%s: the system around the broken identities gives the whole system’s 诊断', (_name, rules) => {
  it('on 40 random workbooks with 1–3 mistakes', () => {
    const cells = analyzeWorkbook(base, { rules })
      .rules()
      .system.cells.filter((c) => c.value !== 0);
    const cases = fc.sample(fc.array(fc.tuple(fc.nat(cells.length - 1), fc.nat(CHANGES.length - 1)), { minLength: 1, maxLength: 3 }), {
      numRuns: 40,
      seed: 20261206,
    });
    let broken = 0;
    let crossing = 0;
    for (const edits of cases) {
      let snap = base;
      for (const [i, k] of edits) {
        const c = cells[i]!;
        const typed = mistake(showUnits(c, c.value), CHANGES[k]!, c.term.table.money === '元');
        if (typed !== undefined) snap = withValue(snap, c.sheet, c.address, typed);
      }
      const { identities, result } = analyzeWorkbook(snap, { rules }).rules();
      const around = result.findings.filter(
        (f) => f.severity === 'error' && f.identity !== undefined && identities[f.identity]!.rule.severity === 'strict',
      );
      if (!around.length) continue;
      broken++;
      const whole = buildSystem(identities);
      const part = buildSystemAround(
        identities,
        around.map((f) => f.identity!),
      );
      if (components(part).some((rows) => new Set(rows.map((k) => part.rows[k]!.identity.group.key)).size > 1)) crossing++;
      expect(part.rows.length).toBeLessThan(whole.rows.length);
      // The parts holding a broken identity, as identity indices: the same in both, whole.
      const brokenParts = (sys: typeof whole) =>
        components(sys)
          .map((rows) => rows.map((k) => sys.rows[k]!.identity.index))
          .filter((ids) => ids.some((i) => around.some((f) => f.identity === i)));
      expect(brokenParts(part)).toEqual(brokenParts(whole));
      expect(diagnose(part)).toEqual(diagnose(whole));
      expect(diagnose(part).diagnoses.length + diagnose(part).undiagnosed.length).toBeGreaterThan(0);
    }
    expect(broken).toBeGreaterThan(30);
    if (rules === STRICT_U01) expect(crossing).toBeGreaterThan(0);
  });
});
