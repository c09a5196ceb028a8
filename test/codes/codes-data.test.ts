/**
 * The bundled code tables: the generated module is current (same sources, same hash), every row of the source
 * CSV files round-trips, and every code printed in the seeds resolves to the name printed there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBooks } from '../../src/core/codes/books';
import * as DATA from '../../src/core/codes/data.generated';
import { buildModule, readSeedRows, readSourceRows } from '../../scripts/build-codes';
import { sameName } from '../../src/core/codes/codebook';

const books = buildBooks(DATA);

it('src/core/codes/data.generated.ts is what npm run build:codes makes from ../shared today', () => {
  expect(readFileSync(join(__dirname, '..', '..', 'src', 'core', 'codes', 'data.generated.ts'), 'utf8')).toBe(buildModule());
});

it('every row of every source file round-trips: its code has its name in its own year', () => {
  const rows = readSourceRows();
  expect(rows.length).toBeGreaterThan(1500);
  const bad = rows.filter((r) => {
    const book = books[r.kind];
    // the name of the code in that year is one of the names attested that year (a few codes carry two names)
    const names = DATA[r.kind === 'function' ? 'FUNCTION_CODES' : 'ECONOMIC_CODES']
      .split('\n')
      .filter(
        (l) =>
          l.startsWith(`${r.code}\t`) &&
          l
            .split('\t')[2]!
            .split(',')
            .some((y) => y.replace('*', '') === String(r.year)),
      )
      .map((l) => l.split('\t')[1]);
    return !names.includes(r.name) || !book.get(r.code, r.year);
  });
  expect(bad).toEqual([]);
});

it('every code printed in the seeds resolves to the name printed there (in the seed’s year)', () => {
  const rows = readSeedRows();
  expect(rows.length).toBeGreaterThan(60);
  const bad = rows
    .filter((r) => !sameName(books[r.kind].get(r.code, r.year)?.name ?? '', r.name))
    .map((r) => `${r.source} ${r.code} ${r.name} → ${books[r.kind].get(r.code, r.year)?.name}`);
  expect(bad).toEqual([]);
});

it.each([
  ['function', '2013201', 2023, '行政运行', 2023],
  ['function', '2080505', 2022, '机关事业单位基本养老保险缴费支出', 2022],
  ['economic', '30217', 2023, '公务接待费', 2023],
  ['economic', '30108', 2027, '机关事业单位基本养老保险缴费', 2026],
] as const)('%s %s in %i → %s (edition %i)', (kind, code, year, name, edition) => {
  const r = books[kind].get(code, year)!;
  expect(r.name).toBe(name);
  expect(r.year).toBeLessThanOrEqual(year);
  expect(books[kind].editionFor(year)).toBe(edition);
});

it('the lookup finds by code prefix and by part of a name, with the 类/款/项 path', () => {
  expect(books.function.search('20132', 2023).map((r) => r.code)).toEqual(expect.arrayContaining(['20132', '2013201', '2013202']));
  expect(books.economic.search('接待', 2023).map((r) => r.code)).toContain('30217');
  expect(books.function.path('2013201', 2023).map((r) => `${r.level}${r.name}`)).toEqual([
    '类一般公共服务支出',
    '款组织事务',
    '项行政运行',
  ]);
});
