/**
 * 本 Excel 的功能限制: where the host lacks a requirement set (src/office/requirements.ts), what works differently,
 * said once above the panels in Chinese — nothing is switched off silently. Nothing shown on current Excel.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ExcelHost } from '../office/excel-host';
import { capabilitiesOf, degradationNotes } from '../office/requirements';

export function ApiNotes({ host }: { host: ExcelHost }) {
  const notes = useMemo(() => degradationNotes(capabilitiesOf(host)), [host]);
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
