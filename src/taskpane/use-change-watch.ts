/**
 * Edits outside the add-in: with 自动检查 on, a check 1.2 s after the last one; otherwise, once results exist, they
 * are marked stale. Our own writes are told apart by Excel's triggerSource (ExcelApi 1.14), else by a short quiet
 * window after them; a change while a check runs marks its result stale when it lands.
 */
import { useEffect, useRef } from 'react';
import type { WorkbookHost } from '../host/workbook-host';

export interface ChangeWatch {
  /** Call around our own writes: changes until `ms` after now are not the user's (where Excel cannot say). */
  quiet(ms: number): void;
  /** True when someone else changed the workbook since `reset()` (during a check). */
  changedDuring(): boolean;
  reset(): void;
}

export function useChangeWatch(
  host: WorkbookHost,
  o: { auto: boolean; watching: boolean; busy: () => boolean; onEdit: () => void; onStale: () => void; onError: (e: unknown) => void },
): ChangeWatch {
  const quietUntil = useRef(0);
  const during = useRef(false);
  const cb = useRef(o);
  cb.current = o;
  useEffect(() => {
    if (!host.watchChanges || (!o.auto && !o.watching)) return;
    let off: (() => Promise<void>) | null = null;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    host
      .watchChanges((change) => {
        if (change.ours) return; // our own marks and repairs
        if (change.ours === undefined && Date.now() < quietUntil.current) return;
        if (cb.current.auto) {
          if (timer) clearTimeout(timer);
          timer = setTimeout(() => cb.current.onEdit(), 1200);
        } else if (cb.current.busy()) during.current = true;
        else cb.current.onStale();
      })
      .then((f) => (cancelled ? void f() : (off = f)))
      .catch((e: unknown) => (cb.current.auto ? cb.current.onError(e) : undefined)); // without events, staleness shows on the next click
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      if (off) void off();
    };
  }, [o.auto, o.watching]);
  return {
    quiet: (ms) => (quietUntil.current = Date.now() + ms),
    changedDuring: () => during.current,
    reset: () => (during.current = false),
  };
}
