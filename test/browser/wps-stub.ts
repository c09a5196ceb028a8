/**
 * Browser stub for the packaged WPS 加载项 tests: the strict WPS fake as the page's `Application` (as WPS injects it
 * before the page's scripts), over a workbook with one blank sheet. Bundled by the test with esbuild and added as
 * an init script; `window.__fakeEt` lets the test read the fake's task panes, calls and model.
 */
import { FakeWorkbook } from '../../src/office/fake/model';
import { createFakeEt } from '../../src/wps/fake/fake-et';

const model = new FakeWorkbook();
model.addSheet('Sheet1');
const et = createFakeEt(model);
Object.assign(window, { Application: et.Application, wps: et.Application, __fakeEt: et });
