/** 写入说明工作表: the 说明 as a new worksheet, one paragraph per row (so 说明核对 can read it later), never replacing one. */
import { uniqueSheetName } from '../insert/sheet-names';
import type { EditPlan } from '../model/plan';
import type { NarrativeDoc } from './generate';

export function planNarrativeSheet(doc: NarrativeDoc, existing: readonly string[]): EditPlan {
  const name = uniqueSheetName('说明', new Set(existing.map((n) => n.toLowerCase())));
  const rows: string[][] = [
    ...doc.title.map((t) => [t]),
    ...doc.blocks.flatMap((b) => (b.kind === 'table' ? [[b.title], ...b.rows.map((r) => [r.join('  ')])] : [[b.text]])),
  ];
  return {
    description: '写入情况说明工作表',
    styles: { body: { fontName: '仿宋', fontSize: 12, wrap: true, vAlign: 'top' } },
    addSheets: [{ name, values: rows, merges: [], formats: [{ address: `A1:A${rows.length}`, style: 'body' }], columnWidths: [110] }],
  };
}
