/**
 * What recognition and the rule engine know of labels and layouts, derived from the editions in use (built-in,
 * plus any imported or delta editions): every 类 label, every income label, label aliases (a row renamed by an
 * edition keeps its role), and every printed variant of each table. A new edition is data: nothing here changes.
 */
import { bareLabel } from '../text';
import { BUILTIN_DELTAS, resolveEdition } from './editions';
import { CATEGORY_LABELS, T1_INCOME_LABELS, T4_INCOME_LABELS } from './row-roles';
import type { Edition, TableId, TableTemplate } from './types';

export interface Vocabulary {
  categories: string[];
  t1Income: string[];
  t4Income: string[];
  /** bare new label → bare label whose role it keeps. */
  aliases: Record<string, string>;
  /** Every variant of each table, newest edition first. */
  templates: Map<TableId, TableTemplate[]>;
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

export function buildVocabulary(editions: Edition[]): Vocabulary {
  let categories = [...CATEGORY_LABELS];
  let t1Income = [...T1_INCOME_LABELS];
  let t4Income = [...T4_INCOME_LABELS];
  const aliases: Record<string, string> = {};
  const templates = new Map<TableId, TableTemplate[]>();
  for (const e of [...editions].sort((a, b) => b.year - a.year)) {
    categories = union(categories, e.categories.map(bareLabel));
    for (const [to, from] of Object.entries(e.aliases ?? {})) aliases[bareLabel(to)] = bareLabel(from);
    for (const t of e.tables) {
      if (t.body.kind === 'sides') {
        const left = t.body.left.map(bareLabel).filter(Boolean);
        if (t.id === 'T1') t1Income = union(t1Income, left);
        if (t.id === 'T4') t4Income = union(t4Income, left);
      }
      const list = templates.get(t.id) ?? [];
      if (!list.some((x) => x.variant === t.variant && JSON.stringify(x.columns) === JSON.stringify(t.columns))) list.push(t);
      templates.set(t.id, list);
    }
  }
  // An alias stands for its original everywhere.
  categories = categories.filter((c) => !(c in aliases));
  return {
    categories,
    t1Income: t1Income.filter((c) => !(c in aliases)),
    t4Income: t4Income.filter((c) => !(c in aliases)),
    aliases,
    templates,
  };
}

let builtin: Vocabulary | null = null;
export function builtinVocabulary(): Vocabulary {
  return (builtin ??= buildVocabulary(BUILTIN_DELTAS.map((d) => resolveEdition(d.id))));
}
