/**
 * Cell values ExcelJS 4.4.0's cell parser reads wrongly, corrected on the parsers our reader makes (./zlib-load.ts)
 * and on no other: the fixes are set on one parser instance (`fixCellParser`), ExcelJS's classes stay as they are for
 * anyone else who uses ExcelJS in the same process or page.
 * - a formula whose cached result is the empty string (`<c t="str"><f>IF(E9=0,1,"")</f><v></v></c>`, as LibreOffice
 *   and Excel write it) keeps the result "" — ExcelJS leaves it without a result, which reads as 公式未计算;
 * - an ISO 8601 date cell (`<c t="d"><v>2023-05-01</v></c>`) is its text — ExcelJS reads it with parseFloat, 2023.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS's xforms have no public entry point */
const Enums = require('exceljs/lib/doc/enums');
/* eslint-enable @typescript-eslint/no-require-imports */

interface CellParser {
  t?: string;
  parser?: unknown;
  sawValue?: boolean;
  model: { type?: number; value?: unknown; result?: unknown; formula?: string; shareType?: string };
  parseOpen(this: CellParser, node: { name: string }): boolean;
  parseClose(this: CellParser, name: string): boolean;
}

/** Sets the fixes on one ExcelJS CellXform instance (its prototype's methods are called for the rest). */
export function fixCellParser(parser: unknown): void {
  const p = parser as CellParser;
  const open = p.parseOpen;
  const close = p.parseClose;
  p.parseOpen = function parseOpen(node) {
    if (!this.parser) {
      if (node.name === 'c') this.sawValue = false;
      else if (node.name === 'v') this.sawValue = true;
    }
    return open.call(this, node);
  };
  p.parseClose = function parseClose(name) {
    if (name === 'c' && !this.parser) {
      const m = this.model;
      const formula = !!(m.formula || m.shareType);
      if (this.t === 'd' && typeof m.value === 'string') {
        const text = m.value;
        const done = close.call(this, name);
        if (formula) m.result = text;
        else {
          m.type = Enums.ValueType.String;
          m.value = text;
        }
        return done;
      }
      const done = close.call(this, name);
      if (formula && this.t === 'str' && this.sawValue && m.result === undefined) m.result = '';
      return done;
    }
    return close.call(this, name);
  };
}
