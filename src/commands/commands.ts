/** Ribbon function file. The only button opens the task pane (ShowTaskpane in the manifest), so nothing runs here yet. */
Office.onReady(() => undefined);
