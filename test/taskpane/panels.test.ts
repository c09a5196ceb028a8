/**
 * Thin panels (issue #13): every panel is a view of at most 150 lines; nothing in the pane calls the Office host
 * directly (only the adapter in src/office does), and every panel shows its status through the one StatusBar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', 'src', 'taskpane');
const files = readdirSync(DIR).filter((f) => /\.tsx?$/.test(f));
const panels = files.filter((f) => /Panel\.tsx$/.test(f));

it.each(panels)('%s has at most 150 lines and shows its status with StatusBar', (f) => {
  const text = readFileSync(join(DIR, f), 'utf8');
  expect(text.split('\n').length).toBeLessThanOrEqual(151);
  expect(text).toContain('<StatusBar status=');
});

it('no pane file calls the Office host directly', () => {
  const direct = files.filter((f) =>
    /\bhost\.run\(|\bExcel\.run\(|\bctx\.workbook\b|\bcontext\.sync\(/.test(readFileSync(join(DIR, f), 'utf8')),
  );
  expect(direct).toEqual([]);
});
