/**
 * The one status shape every panel shows: busy (spinner), done (with a 点此保存 link for downloads), error (detail on
 * hover). Message bars are always multiline: Fluent's automatic layout measured once and kept a later, longer text on
 * one clipped line (seen after a second check at 350 px).
 */
import { Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { PanelStatus } from './pane-kit';

export function StatusBar({ status }: { status: PanelStatus }) {
  if (status.kind === 'busy') return <Spinner size="tiny" label={status.text} />;
  if (status.kind === 'info')
    return (
      <MessageBar layout="multiline" intent="success">
        <MessageBarBody>
          {status.text}
          {status.link && (
            <>
              {' '}
              <Link href={status.link} download>
                如未开始下载，点此保存
              </Link>
            </>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  if (status.kind === 'error')
    return (
      <MessageBar layout="multiline" intent="error">
        <MessageBarBody title={status.detail ? `详细信息：${status.detail}` : undefined}>{status.text}</MessageBarBody>
      </MessageBar>
    );
  return null;
}
