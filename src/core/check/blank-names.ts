/**
 * Names describe, codes decide: a row with a 科目编码 and no 科目名称 is still matched by its code in every identity;
 * the blank names are one 提示 per table (K-07), saying how to fill them — never an identity 错误.
 */
import { cellAddress } from '../a1';
import type { Recognition } from '../recognize/types';
import { makeFinding } from './finding';
import { tableName } from './terms';
import type { Finding } from './types';

export function blankNameFindings(rec: Recognition): Finding[] {
  const out: Finding[] = [];
  for (const t of rec.tables) {
    const rows = t.rows.filter((r) => r.code && !r.label.trim());
    if (!rows.length) continue;
    const codes = rows.map((r) => r.code!);
    const shown = codes.length > 4 ? `${codes.slice(0, 4).join('、')}等` : codes.join('、');
    out.push(
      makeFinding({
        rule: 'K-07',
        title: '科目名称未填写',
        severity: 'advisory',
        message: `${tableName(t.id)}有 ${rows.length} 行只填了科目编码（${shown}），科目名称未填写：请用“填充科目名称”按编码补齐`,
        at: { sheet: t.sheet, cell: cellAddress(rows[0]!.row, t.columns.seq !== undefined ? t.columns.seq + 2 : t.titleCol) },
        unit: t.unitCode ?? t.unitName,
        table: t.id,
      }),
    );
  }
  return out;
}
