/**
 * The file port's own guarantees: Excel's _xHHHH_ escapes are decoded (no false 名称不符 on an escaped name);
 * a formula without a stored result is kept as its text, never read as blank; an interrupted save leaves the
 * previous file intact and no temporary file behind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeXString, plainValue } from '../../src/xlsx/read-snapshot';
import { writeAtomic } from '../../src/xlsx/atomic-write';

it.each([
  ['行政_x000D_运行', '行政\r运行'],
  ['_x0020_前导空格', ' 前导空格'],
  ['no escapes', 'no escapes'],
  ['_x005F_x0020_', '_x0020_'], // an escaped underscore: the literal text "_x0020_"
])('decodes %j', (raw, decoded) => {
  expect(decodeXString(raw)).toBe(decoded);
  expect(plainValue(raw)).toBe(decoded);
});

it('a formula without a stored result is its text; with one, its result', () => {
  expect(plainValue({ formula: 'SUM(D7:D9)' } as never)).toBe('=SUM(D7:D9)');
  expect(plainValue({ formula: 'SUM(D7:D9)', result: 12.5 } as never)).toBe(12.5);
  expect(plainValue({ formula: 'A1/0', result: { error: '#DIV/0!' } } as never)).toBe('#DIV/0!');
});

it('an interrupted save leaves the previous file intact and no temporary file', async () => {
  const d = mkdtempSync(join(tmpdir(), 'bd-atomic-'));
  const target = join(d, 'out.xlsx');
  writeFileSync(target, 'previous');
  await expect(
    writeAtomic(target, () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    }),
  ).rejects.toThrow(/无法写入.*磁盘空间不足.*原有文件未改动/);
  expect(readFileSync(target, 'utf8')).toBe('previous');
  expect(readdirSync(d)).toEqual(['out.xlsx']);
  await writeAtomic(target, () => 'complete');
  expect(readFileSync(target, 'utf8')).toBe('complete');
  expect(existsSync(join(d, 'out.xlsx'))).toBe(true);
});
