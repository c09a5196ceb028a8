/**
 * What the pane holds that is not yet in the workbook (the 情况说明 inputs being typed), so that a host that saves the
 * file itself (the preview's 保存为 .xlsx) can put it in first rather than lose it. A panel registers while it has
 * unsaved work; the host saves every entry of the workbook that is open now — an entry typed for another workbook is
 * never written into this one, only reported.
 */
import { useEffect, useRef } from 'react';

interface Pending {
  what: string;
  workbook: string | undefined;
  save: () => Promise<void>;
}

const pending = new Set<Pending>();

/** While `dirty`, registers `save` (the latest one is called) under `what`, for the workbook `workbook`. */
export function usePendingSave(what: string, dirty: boolean, workbook: string | undefined, save: () => Promise<void>): void {
  const latest = useRef(save);
  latest.current = save;
  useEffect(() => {
    if (!dirty) return;
    const entry: Pending = { what, workbook, save: () => latest.current() };
    pending.add(entry);
    return () => void pending.delete(entry);
  }, [dirty, what, workbook]);
}

/** Unsaved work, by name. */
export const unsavedWork = (): string[] => [...pending].map((p) => p.what);

/**
 * Saves every entry of `workbook` into it (one at a time); returns what was saved and what was left because it was
 * typed for another workbook. A failing save rejects (the caller then does not write the file).
 */
export async function savePending(workbook: string | undefined): Promise<{ saved: string[]; other: string[] }> {
  const saved: string[] = [];
  const other: string[] = [];
  for (const p of [...pending]) {
    if (p.workbook !== workbook) {
      other.push(p.what);
      continue;
    }
    await p.save();
    pending.delete(p);
    saved.push(p.what);
  }
  return { saved, other };
}
