/**
 * One way every panel runs an action: the busy state while it runs, the outcome as a message, and any error mapped
 * to a Chinese sentence (messages.ts) with the raw text only as a detail. Returns the action's value, or undefined
 * when it failed (the status then says so).
 */
import { useCallback, useRef, useState } from 'react';
import { userMessage } from './messages';
import type { PanelStatus } from './pane-kit';

export interface PanelAction {
  status: PanelStatus;
  setStatus: (s: PanelStatus) => void;
  busy: boolean;
  /** Runs `fn` unless another action runs; `done` turns its value into the message shown (none: idle). */
  run<T>(busyText: string, failure: string, fn: () => Promise<T>, done?: (value: T) => PanelStatus | string | void): Promise<T | undefined>;
}

export function usePanelAction(): PanelAction {
  const [status, setStatus] = useState<PanelStatus>({ kind: 'idle' });
  const running = useRef(false);
  const run = useCallback(
    async <T>(busyText: string, failure: string, fn: () => Promise<T>, done?: (value: T) => PanelStatus | string | void) => {
      if (running.current) return undefined;
      running.current = true;
      setStatus({ kind: 'busy', text: busyText });
      try {
        const value = await fn();
        const next = done?.(value);
        setStatus(typeof next === 'string' ? { kind: 'info', text: next } : (next ?? { kind: 'idle' }));
        return value;
      } catch (e) {
        setStatus({ kind: 'error', ...userMessage(e, failure) });
        return undefined;
      } finally {
        running.current = false;
      }
    },
    [],
  );
  return { status, setStatus, busy: status.kind === 'busy', run };
}
