import { readFileSync, writeFileSync } from 'node:fs';
import * as H from './test/fixtures/hostile-files';
import { loadWorkbook } from './src/xlsx/files';
import { readSnapshot } from './src/xlsx/read-snapshot';
function withoutPositions(xml: string): string {
  let row = 0;
  let col = 0;
  return xml.replace(/<(row|c) r="([A-Z]*)(\d+)"/g, (m, tag: string, letters: string, digits: string) => {
    if (tag === 'row') { const n = Number(digits); const next = n === row + 1; row = n; col = 0; return next ? '<row' : m; }
    const c = [...letters].reduce((v, ch) => v * 26 + ch.charCodeAt(0) - 64, 0);
    const next = c === col + 1; col = c; return next ? '<c' : m;
  });
}
(async () => {
  const seed = readFileSync('/tmp/i19h/seed.xlsx');
  writeFileSync('/tmp/i19h/nor2.xlsx', await H.withPart(seed, H.SHEET1, withoutPositions));
  const a = readSnapshot(await loadWorkbook("/tmp/i19h/seed.xlsx")).sheets[0]! as any;
  const b = readSnapshot(await loadWorkbook("/tmp/i19h/nor2.xlsx")).sheets[0]! as any;
  console.log(JSON.stringify(a) === JSON.stringify(b));
  for (const r of Object.keys(a)) if (JSON.stringify(a[r]) !== JSON.stringify(b[r])) { console.log(r, JSON.stringify(a[r]), JSON.stringify(b[r])); break; }
})();
