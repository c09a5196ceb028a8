/**
 * The preview host's workbook view: the in-memory workbook behind the Office.js fake, drawn as a grid with
 * sheet tabs, merges, borders, alignment, fills and number formats, so the real pane can be tried in a browser.
 */
import { useEffect, useReducer, useState, type CSSProperties } from 'react';
import { columnLetter, type RangeRef } from '../core/a1';
import { displayText } from '../office/fake/fake-excel';
import type { FakeCell, FakeSheet, FakeWorkbook } from '../office/fake/model';

const PT_TO_PX = 4 / 3;

function cellStyle(c: FakeCell | undefined): CSSProperties {
  const f = c?.format ?? {};
  const hasBorder = f.borders && Object.keys(f.borders).length > 0;
  return {
    fontWeight: f.bold ? 700 : 400,
    fontSize: f.fontSize ? `${f.fontSize * PT_TO_PX}px` : '14px',
    textAlign: (f.hAlign?.toLowerCase() as CSSProperties['textAlign']) ?? (typeof c?.value === 'number' ? 'right' : 'left'),
    verticalAlign: f.vAlign === 'Top' ? 'top' : f.vAlign === 'Bottom' ? 'bottom' : 'middle',
    whiteSpace: f.wrap ? 'pre-wrap' : 'pre',
    background: f.fill ?? undefined,
    border: hasBorder ? '1px solid #444' : '1px solid #e3e3e3',
    padding: '1px 4px',
    overflow: 'hidden',
  };
}

function SheetTable({ sheet, model }: { sheet: FakeSheet; model: FakeWorkbook }) {
  const [editing, setEditing] = useState<{ r: number; c: number } | null>(null);
  const selected = model.selection?.sheet === sheet.name ? new Set(model.selection.cell.split(',')) : null;
  const used = sheet.usedRange(false) ?? { r0: 0, c0: 0, r1: 20, c1: 8 };
  const rows = used.r1 + 3;
  const cols = Math.max(used.c1 + 2, 6);
  const origin = new Map<string, RangeRef>();
  const hidden = new Set<string>();
  for (const m of sheet.merges) {
    origin.set(`${m.r0},${m.c0}`, m);
    for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) hidden.add(`${r},${c}`);
  }
  const width = (c: number) => Math.round((sheet.columnWidths[c] ?? 48) * PT_TO_PX);
  const commit = (text: string) => {
    if (!editing) return;
    const t = text.trim();
    const n = t !== '' && /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
    model.userEdit(sheet.name, editing.r, editing.c, t === '' ? null : (n ?? t));
    setEditing(null);
  };
  return (
    <table className="grid" data-sheet={sheet.name} style={{ borderCollapse: 'collapse', tableLayout: 'fixed' }}>
      <colgroup>
        <col style={{ width: 36 }} />
        {Array.from({ length: cols }, (_, c) => (
          <col key={c} style={{ width: width(c) }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="corner" />
          {Array.from({ length: cols }, (_, c) => (
            <th key={c} className="colhead">
              {columnLetter(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, r) => (
          <tr
            key={r}
            style={{ height: Math.round((sheet.rowHeights[r] ?? 15) * PT_TO_PX) }}
            className={r < sheet.freezeRows ? 'frozen' : undefined}
          >
            <th className="rowhead">{r + 1}</th>
            {Array.from({ length: cols }, (_, c) => {
              const key = `${r},${c}`;
              if (hidden.has(key)) return null;
              const m = origin.get(key);
              const cell = sheet.peek(r, c);
              const addr = `${columnLetter(c)}${r + 1}`;
              const style = cellStyle(cell);
              if (selected?.has(addr)) style.outline = '2px solid #1e7145';
              return (
                <td
                  key={c}
                  data-addr={addr}
                  colSpan={m ? m.c1 - m.c0 + 1 : undefined}
                  rowSpan={m ? m.r1 - m.r0 + 1 : undefined}
                  style={style}
                  onClick={() => {
                    model.selection = { sheet: sheet.name, cell: addr };
                    model.notify();
                  }}
                  onDoubleClick={() => setEditing({ r, c })}
                  title="双击编辑"
                >
                  {editing && editing.r === r && editing.c === c ? (
                    <input
                      autoFocus
                      aria-label={`编辑 ${addr}`}
                      defaultValue={cell?.value === null || cell?.value === undefined ? '' : String(cell.value)}
                      style={{ width: '100%', font: 'inherit', boxSizing: 'border-box' }}
                      onBlur={(e) => commit(e.currentTarget.value)}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') commit(e.currentTarget.value);
                        if (e.key === 'Escape') setEditing(null);
                      }}
                    />
                  ) : (
                    displayText(cell)
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WorkbookGrid({ model }: { model: FakeWorkbook }) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [active, setActive] = useState(0);
  useEffect(
    () =>
      model.onChange(() => {
        setActive(model.activeSheet);
        rerender();
      }),
    [model],
  );
  const visible = model.sheets.filter((s) => s.visibility === 'Visible');
  const sheet =
    model.sheets[Math.min(active, model.sheets.length - 1)]?.visibility === 'Visible'
      ? model.sheets[Math.min(active, model.sheets.length - 1)]
      : visible[0];
  return (
    <section className="workbook" aria-label="工作簿预览">
      <div className="sheet-area">
        {sheet ? (
          <SheetTable key={sheet.name} sheet={sheet} model={model} />
        ) : (
          <p className="empty">空白工作簿：在右侧任务窗格中点击“插入模板”，或在上方打开一个 .xlsx 文件。</p>
        )}
      </div>
      <nav className="tabs" role="tablist" aria-label="工作表">
        {visible.map((s) => (
          <button
            key={s.name}
            role="tab"
            aria-selected={s === sheet}
            className={s === sheet ? 'tab active' : 'tab'}
            onClick={() => {
              model.activeSheet = model.sheets.indexOf(s);
              setActive(model.activeSheet);
            }}
          >
            {s.name}
          </button>
        ))}
      </nav>
    </section>
  );
}
