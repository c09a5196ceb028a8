/**
 * Task-pane entry inside Excel: waits for Office, then renders the pane against the real Excel host.
 * Opened outside Office (office.js unreachable), it says so and points to the browser preview.
 */
import { createRoot } from 'react-dom/client';
import { officeHost } from '../office/excel-host';
import { officeWorkbookHost } from '../office/office-host';
import { App } from './App';

const root = createRoot(document.getElementById('root')!);
if (typeof Office === 'undefined') {
  root.render(
    <p style={{ padding: '1em', fontFamily: 'sans-serif' }}>
      此页面需要在 Excel 中作为加载项打开。没有 Excel 时，请打开 <a href="preview.html">浏览器预览</a>。
    </p>,
  );
} else {
  Office.onReady(() => root.render(<App host={officeWorkbookHost(officeHost())} />));
}
