/**
 * WPS 加载项 entry (index.html loads this as main.js): the ribbon callbacks ribbon.xml names — global, synchronous
 * functions (async callbacks broke custom ribbons on some WPS builds; delivery notes §3.5) — and the one action, open
 * the task pane with Application.CreateTaskPane. The pane's id is kept in PluginStorage (shared by this add-in's
 * pages for the session, not persisted) so a second click shows or hides the same pane instead of opening another.
 */
/// <reference types="et-jsapi-declare" />

const PANE_KEY = 'budget_disclosure_taskpane_id';
/** The pane page, next to this entry page: relative, so the same folder works online (http) and offline (file). */
export const paneUrl = (here: string): string => new URL('taskpane.html', here).href;

function openPane(): boolean {
  const app = window.Application;
  const storage = app.PluginStorage;
  const id = storage.getItem(PANE_KEY);
  if (id) {
    const pane = app.GetTaskPane(Number(id));
    pane.Visible = !pane.Visible;
    return true;
  }
  const pane = app.CreateTaskPane(paneUrl(document.location.href), '预算公开助手');
  storage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
  return true;
}

interface RibbonControl {
  Id: string;
}

const callbacks = {
  OnAddinLoad: (_ribbon: unknown): boolean => true,
  OnAction: (control: RibbonControl): boolean => (control.Id === 'budgetOpenPane' ? openPane() : true),
  GetImage: (_control: RibbonControl): string => 'images/icon-32.png',
  OnGetEnabled: (_control: RibbonControl): boolean => true,
};
Object.assign(window, callbacks);
