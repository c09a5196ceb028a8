/**
 * Editions imported from a 财政局 样表 (or loaded from an edition JSON file), kept in this browser's localStorage;
 * exportable as JSON so colleagues can load the same edition.
 */
import { BUILTIN_DELTAS, resolveEdition, type EditionDelta } from '../core/catalog/editions';
import type { Edition } from '../core/catalog/types';

const KEY = 'budget-disclosure.editions';

export function loadCustomEditions(storage: Pick<Storage, 'getItem'> | undefined): EditionDelta[] {
  try {
    const v = JSON.parse(storage?.getItem(KEY) ?? '[]') as EditionDelta[];
    return Array.isArray(v) ? v.filter((d) => validDelta(d)) : [];
  } catch {
    return [];
  }
}

export function saveCustomEditions(storage: Pick<Storage, 'setItem'> | undefined, list: EditionDelta[]): void {
  try {
    storage?.setItem(KEY, JSON.stringify(list));
  } catch {
    /* storage full or disabled */
  }
}

/** An edition file can be used when it resolves against the built-in editions. */
export function validDelta(d: unknown): d is EditionDelta {
  const x = d as EditionDelta;
  if (!x || typeof x.id !== 'string' || typeof x.year !== 'number' || !Array.isArray(x.ops)) return false;
  try {
    resolveEdition(x.id, [...BUILTIN_DELTAS, x]);
    return true;
  } catch {
    return false;
  }
}

export const allDeltas = (custom: EditionDelta[]) => [
  ...BUILTIN_DELTAS,
  ...custom.filter((c) => !BUILTIN_DELTAS.some((b) => b.id === c.id)),
];
export const resolvedCustom = (custom: EditionDelta[]): Edition[] => custom.map((c) => resolveEdition(c.id, allDeltas(custom)));
