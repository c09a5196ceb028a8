/**
 * Task-pane entry inside WPS 表格: the same pane as in Excel, talking to WPS through the host seam (wps-host.ts).
 * WPS gives the page its `Application` global before the page's scripts run; opened anywhere else, it says so.
 */
/// <reference types="et-jsapi-declare" />
import { createRoot } from 'react-dom/client';
import { App } from '../../taskpane/App';
import { wpsWorkbookHost } from '../wps-host';

const root = createRoot(document.getElementById('root')!);
const app = (window as { Application?: WPSMergedRoot }).Application;
if (!app) {
  root.render(
    <p style={{ padding: '1em', fontFamily: 'sans-serif' }}>
      此页面需要在 WPS 表格中作为加载项打开：请在 WPS 表格的“预算公开助手”选项卡中点击“预算公开”。
    </p>,
  );
} else root.render(<App host={wpsWorkbookHost(app)} />);
