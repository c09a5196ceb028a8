/**
 * Editions imported from a 财政局 样表 (or loaded from an edition JSON file), kept in this browser's localStorage;
 * exportable as JSON so colleagues can load the same edition.
 */
import { BUILTIN_DELTAS, resolveEdition, type EditionDelta } from '../core/catalog/editions';
import type { Edition } from '../core/catalog/types';
import { storedList } from './browser-store';

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

const store = storedList<EditionDelta>('budget-disclosure.editions', validDelta);
export const loadCustomEditions = store.load;
export const saveCustomEditions = store.save;

export const allDeltas = (custom: EditionDelta[]) => [
  ...BUILTIN_DELTAS,
  ...custom.filter((c) => !BUILTIN_DELTAS.some((b) => b.id === c.id)),
];
export const resolvedCustom = (custom: EditionDelta[]): Edition[] => custom.map((c) => resolveEdition(c.id, allDeltas(custom)));
