/**
 * Preview host (no Excel needed): the real task pane runs against the strict Office.js fake, beside a grid
 * view of the in-memory workbook. Opens a .xlsx and saves it back (保存为 .xlsx, the CLI's ExcelJS writer), so a
 * whole session can be done without Excel. Served by the same dev server as the add-in, at /preview.html.
 */
import { createRoot } from 'react-dom/client';
import type { ExcelHost } from '../office/excel-host';
import { createFakeExcel } from '../office/fake/fake-excel';
import { officeWorkbookHost } from '../office/office-host';
import { App } from '../taskpane/App';
import { savePending, unsavedWork } from '../taskpane/pending-saves';
import { FileError } from '../xlsx/file-error';
import { WorkbookGrid } from './WorkbookGrid';
import { loadXlsxInto } from './load-xlsx';
import { saveModelAsXlsx } from './save-xlsx';

declare const __BD_OFFLINE__: boolean | undefined;
/** The same page is the 离线版 product (webpack.offline.config.js defines __BD_OFFLINE__) and the developer's preview. */
const PAGE_TITLE = typeof __BD_OFFLINE__ !== 'undefined' && __BD_OFFLINE__ ? '预算公开助手 · 离线版' : '预算公开助手 · 浏览器预览';

// ?excelapi=1.14 runs the pane as that client (e.g. LTSC 2021): the fake refuses calls above it, the pane says what differs.
const apiLevel = new URLSearchParams(location.search).get('excelapi');
const excel = createFakeExcel(undefined, apiLevel && /^1\.\d{1,2}$/.test(apiLevel) ? apiLevel : undefined);
/** Files opened so far: each one is another workbook to the pane (ExcelHost.workbookId). */
let opened = 0;
const host: ExcelHost = {
  run: (batch) => excel.run(batch as never),
  supports: (v) => excel.supports(v),
  workbookId: () => `preview-${opened}`,
  watchChanges: async (handler) => {
    const registration = await excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.onChanged.add(() => handler({ ours: false }));
      await ctx.sync();
      return r;
    });
    return async () => {
      registration.remove();
      await registration.context.sync();
    };
  },
};

let fileName = '预算公开.xlsx';

async function openFile(file: File | undefined) {
  if (!file) return;
  const status = document.getElementById('open-status')!;
  try {
    const left = unsavedWork();
    status.removeAttribute('title');
    const size = file.size >= 1e6 ? `，${(file.size / 1e6).toFixed(1)} MB` : '';
    const n = await loadXlsxInto(
      excel.model,
      await file.arrayBuffer(),
      (step) => (status.textContent = `正在打开 ${file.name}${size}：${step}`),
      file.name,
    );
    opened += 1;
    fileName = file.name;
    const lost = left.length ? `上一个文件中${left.join('、')}未保存，不会写入这个文件。` : '';
    status.textContent = `已打开 ${file.name}（${n} 个工作表）。${lost}`;
    status.removeAttribute('title');
    // Another workbook now: the pane learns of it by the change event and clears what it found in the previous one.
    for (const h of excel.model.changeHandlers) h({ worksheetId: '', address: '', changeType: 'RangeEdited' });
  } catch (e) {
    // The reader's refusal is Chinese already (what is wrong, what to do); nothing else was opened.
    if (e instanceof FileError) {
      status.textContent = `${e.message.replace(/。$/, '')}。${opened ? '仍显示原来打开的文件。' : ''}`;
      status.removeAttribute('title');
      return;
    }
    // Chinese for the user, with what to do; the library's own text only as a detail (hover).
    status.textContent = `无法打开 ${file.name}：不是有效的 Excel 工作簿（.xlsx）。请在 Excel 中“另存为 Excel 工作簿”后再打开。`;
    status.title = `详细信息：${(e as Error).message}`;
  }
}
/**
 * 保存为 .xlsx: the in-memory workbook through the CLI's ExcelJS writer, offered as a download. What the pane holds
 * unsaved for this workbook (the 情况说明 inputs being typed) is put into it first, so the file has it.
 */
async function saveFile() {
  const status = document.getElementById('open-status')!;
  let pending: Awaited<ReturnType<typeof savePending>>;
  try {
    pending = await savePending(host.workbookId!());
  } catch (e) {
    status.textContent = '未能先保存任务窗格中的填写内容，未生成文件。请在“情况说明”页点“保存填写内容到工作簿”后重试。';
    status.title = `详细信息：${(e as Error).message}`;
    return;
  }
  try {
    const bytes = await saveModelAsXlsx(excel.model);
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    // What happened, not more: the browser decides where (and whether) the file is saved.
    const also = pending.saved.length ? `${pending.saved.join('、')}已先保存到工作簿，一并写入。` : '';
    status.textContent = `已生成 ${fileName}，交给浏览器下载（请在浏览器的下载列表中查看）。${also}`;
    status.removeAttribute('title');
  } catch (e) {
    status.textContent = '未能生成 .xlsx 文件，工作簿未改动。请重试。';
    status.title = `详细信息：${(e as Error).message}`;
  }
}

// ?pane=320 sets the task pane's width (default 350 px, Excel's usual width).
const paneWidth = Number(new URLSearchParams(location.search).get('pane'));
if (paneWidth >= 200 && paneWidth <= 800) document.documentElement.style.setProperty('--pane-width', `${paneWidth}px`);

// Exposed for browser tests and for curious users (sync counts, model).
(window as unknown as { __previewExcel: typeof excel }).__previewExcel = excel;

createRoot(document.getElementById('root')!).render(
  <div className="preview">
    <div className="left">
      <header className="toolbar">
        <strong>{PAGE_TITLE}</strong>
        <label className="open">
          打开 .xlsx 文件
          <input type="file" accept=".xlsx" aria-label="打开 .xlsx 文件" onChange={(e) => void openFile(e.currentTarget.files?.[0])} />
        </label>
        <button type="button" onClick={() => void saveFile()}>
          保存为 .xlsx
        </button>
        <span id="open-status" role="status" />
        <span className="hint">双击单元格可编辑；文件只在本机浏览器中处理。</span>
      </header>
      <WorkbookGrid model={excel.model} />
    </div>
    <aside className="pane">
      <App host={officeWorkbookHost(host)} />
    </aside>
  </div>,
);
