/**
 * Defaults of the 插入模板 form: the edition for next calendar year's budget (or the newest one, said so), and
 * the code/name the user typed last time (kept in this browser's localStorage only; nothing leaves the machine).
 */
import { BUILTIN_DELTAS, editionForYear } from '../core/catalog/editions';
import type { Level } from '../core/catalog/types';

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

const KEY = 'budget-disclosure.insert';

export function loadRemembered(storage: Pick<Storage, 'getItem'> | undefined): Remembered | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw) return null;
    const r = JSON.parse(raw) as Partial<Remembered>;
    if ((r.level === '部门' || r.level === '单位') && typeof r.code === 'string' && typeof r.name === 'string') return r as Remembered;
  } catch {
    /* a damaged entry is ignored */
  }
  return null;
}

export function saveRemembered(storage: Pick<Storage, 'setItem'> | undefined, r: Remembered): void {
  try {
    storage?.setItem(KEY, JSON.stringify(r));
  } catch {
    /* storage full or disabled: nothing to do */
  }
}
