/**
 * 本 Excel 的功能限制: what works differently in this host (Office: the requirement sets it lacks, from
 * src/office/requirements.ts), said once above the panels in Chinese — nothing is switched off silently. Nothing
 * shown on current Excel.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { WorkbookHost } from '../host/workbook-host';

export function ApiNotes({ host }: { host: WorkbookHost }) {
  const notes = useMemo(() => host.limitations?.() ?? [], [host]);
  if (!notes.length) return null;
  return (
    <section aria-label="本 Excel 的功能限制">
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>本 Excel 版本较旧，以下功能有所不同</MessageBarTitle>
          <ul style={{ margin: '4px 0 0', paddingLeft: '1.2em' }}>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
