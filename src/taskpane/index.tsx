/** Task-pane entry inside Excel: waits for Office, then renders the pane against the real Excel host. */
import { createRoot } from 'react-dom/client';
import { officeHost } from '../office/excel-host';
import { App } from './App';

Office.onReady(() => {
  createRoot(document.getElementById('root')!).render(<App host={officeHost()} />);
});
