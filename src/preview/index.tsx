/**
 * Preview host (no Excel needed): the real task pane runs against the strict Office.js fake, beside a grid
 * view of the in-memory workbook. Served by the same dev server as the add-in, at /preview.html.
 */
import { createRoot } from 'react-dom/client';
import type { ExcelHost } from '../office/excel-host';
import { createFakeExcel } from '../office/fake/fake-excel';
import { App } from '../taskpane/App';
import { WorkbookGrid } from './WorkbookGrid';

const excel = createFakeExcel();
const host: ExcelHost = {
  run: (batch) => excel.run(batch as never),
  supports: () => true,
};
// Exposed for browser tests and for curious users (sync counts, model).
(window as unknown as { __previewExcel: typeof excel }).__previewExcel = excel;

createRoot(document.getElementById('root')!).render(
  <div className="preview">
    <WorkbookGrid model={excel.model} />
    <aside className="pane">
      <App host={host} />
    </aside>
  </div>,
);
