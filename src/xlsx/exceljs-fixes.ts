/**
 * Cell values ExcelJS 4.4.0's cell parser reads wrongly, corrected where it parses them (installed once, on import):
 * - a formula whose cached result is the empty string (`<c t="str"><f>IF(E9=0,1,"")</f><v></v></c>`, as LibreOffice
 *   and Excel write it) keeps the result "" — ExcelJS leaves it without a result, which reads as 公式未计算;
 * - an ISO 8601 date cell (`<c t="d"><v>2023-05-01</v></c>`) is its text — ExcelJS reads it with parseFloat, 2023.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- ExcelJS's xforms have no public entry point */
const CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform');
const Enums = require('exceljs/lib/doc/enums');
/* eslint-enable @typescript-eslint/no-require-imports */

interface CellParser {
  t?: string;
  parser?: unknown;
  sawValue?: boolean;
  model: { type?: number; value?: unknown; result?: unknown; formula?: string; shareType?: string };
}

const proto = CellXform.prototype as {
  parseOpen(this: CellParser, node: { name: string }): boolean;
  parseClose(this: CellParser, name: string): boolean;
  __budgetFixes?: boolean;
};

if (!proto.__budgetFixes) {
  proto.__budgetFixes = true;
  const open = proto.parseOpen;
  const close = proto.parseClose;
  proto.parseOpen = function parseOpen(node) {
    if (!this.parser) {
      if (node.name === 'c') this.sawValue = false;
      else if (node.name === 'v') this.sawValue = true;
    }
    return open.call(this, node);
  };
  proto.parseClose = function parseClose(name) {
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
