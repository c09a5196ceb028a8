/**
 * 比上年 figures for `npm run bench` (alone: `npm run bench -- prior`): the multi-year external series (each later
 * year's 说明 against the earlier year's document) and the seeds against their own 比上年 sentences — prior figures
 * read (from tables / text), 比上年 statements read and judged (一致 / 不一致 / 口径不同 / 未核对), disagreements found
 * (and how many of them the hand review lists), and the time to read a prior source and judge against it.
 */
import { gatherFacts } from '../src/core/narrative/facts';
import { reviewNarrative } from '../src/core/narrative/verify';
import { priorFromStatedChanges, priorFromWorkbook } from '../src/core/narrative/read-prior';
import { seedSnapshot } from '../test/fixtures/seed-workbooks';
import { priorOf, reviewWithPrior, SERIES } from '../test/narrative/prior-series';
import { seedNarrative } from '../test/seeds/seed-narrative';

export async function priorYearBench(line: (what: string, value: string) => void): Promise<void> {
  let read = 0;
  let fromTable = 0;
  let statements = 0;
  let disagreements = 0;
  const verdicts: Record<string, number> = { 一致: 0, 不一致: 0, 尾差: 0, 口径不同: 0, 未核对: 0 };
  let issues = 0;
  let noReason = 0;
  const t0 = process.hrtime.bigint();
  for (const [earlier, later] of SERIES) {
    const prior = priorOf(earlier);
    read += Object.keys(prior.values).length;
    fromTable += Object.values(prior.values).filter((v) => v.from === 'table').length;
    const r = reviewWithPrior(later, prior);
    statements += r.yearOverYear.length;
    for (const x of r.yearOverYear) verdicts[x.verdict]!++;
    disagreements += prior.disagreements.length;
    issues += r.issues.filter((i) => i.rule === 'N-04' || i.rule === 'N-14').length;
    noReason += r.issues.filter((i) => i.rule === 'N-15').length;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const judged = statements - verdicts['未核对']!;
  line(`比上年, external series (${SERIES.length} pairs): prior figures read`, `${read} (tables ${fromTable}, text ${read - fromTable})`);
  line('比上年, external series: statements read / judged', `${statements} / ${judged} (${((100 * judged) / statements).toFixed(1)}%)`);
  line(
    '比上年, external series: 一致 / 不一致 / 口径不同 / 未核对',
    `${verdicts['一致']} / ${verdicts['不一致']} / ${verdicts['口径不同']} / ${verdicts['未核对']}`,
  );
  line('比上年, external series: N-04/N-14 findings, N-15 (no reason)', `${issues}, ${noReason}`);
  line('比上年, external series: last-year table/text disagreements', `${disagreements}`);
  line('比上年, external series: read prior + judge, all pairs', `${ms.toFixed(0)} ms`);
  let seedStatements = 0;
  let seedAgree = 0;
  let seedPrior = 0;
  for (const seed of ['000', '001', '003', '004']) {
    const f = seed === '004' ? null : (gatherFacts(await seedSnapshot(seed))[0] ?? null);
    const prior = priorFromStatedChanges(seedNarrative(seed), f);
    seedPrior += Object.keys(prior.values).length;
    const r = reviewNarrative(seedNarrative(seed), f, { prior });
    seedStatements += r.yearOverYear.length;
    seedAgree += r.yearOverYear.filter((x) => x.verdict === '一致').length;
  }
  line('比上年, seeds’ own sentences as prior: figures / statements / 一致', `${seedPrior} / ${seedStatements} / ${seedAgree}`);
  // Each seed workbook with its 说明 in a sheet, read as a prior source: tables win, disagreements listed.
  let wbTable = 0;
  let wbText = 0;
  const found: string[] = [];
  for (const seed of ['000', '001', '003']) {
    const snap = await seedSnapshot(seed);
    const sheet = {
      name: '说明',
      origin: { row: 0, col: 0 },
      values: seedNarrative(seed)
        .split('\n')
        .map((l) => [l]),
    };
    const p = priorFromWorkbook({ sheets: [...snap.sheets, sheet] }, `seed-${seed}.xlsx`);
    wbTable += Object.values(p.values).filter((v) => v.from === 'table').length;
    wbText += Object.values(p.values).filter((v) => v.from === 'text').length;
    found.push(...p.disagreements.map((d) => `${seed} ${d.what} ${d.table.value.toFixed(2)}≠${d.text.value.toFixed(2)}`));
  }
  line('prior from seed workbooks + 说明 sheet: tables / text only', `${wbTable} / ${wbText}`);
  line('prior from seed workbooks: table/text disagreements', `${found.length}${found.length ? `: ${found.join('; ')}` : ''}`);
}
