/**
 * Defaults of the 插入模板 form: the edition for next calendar year's budget (or the newest one, said so), and
 * the code/name the user typed last time (kept in this browser's localStorage only; nothing leaves the machine).
 */
import { BUILTIN_DELTAS, editionForYear } from '../core/catalog/editions';
import type { Level } from '../core/catalog/types';
import { browserStore } from './browser-store';

export interface EditionChoice {
  id: string;
  /** Shown under the selector when the budget year has no edition of its own. */
  note: string | null;
}

export function defaultEdition(today: Date, deltas = BUILTIN_DELTAS): EditionChoice {
  const budgetYear = today.getFullYear() + 1;
  const { edition, exact } = editionForYear(budgetYear, deltas);
  return {
    id: edition.id,
    note: exact ? null : `尚无${budgetYear}年版式，暂用${edition.label}（${edition.provenance}）。`,
  };
}

export interface Remembered {
  level: Level;
  code: string;
  name: string;
}

const isRemembered = (r: Partial<Remembered> | null | undefined): r is Remembered =>
  (r?.level === '部门' || r?.level === '单位') && typeof r.code === 'string' && typeof r.name === 'string';

const store = browserStore<Remembered | null>('budget-disclosure.insert', (v) =>
  isRemembered(v as Partial<Remembered> | undefined) ? (v as Remembered) : null,
);
export const loadRemembered = store.load;
export const saveRemembered = store.save;
