/**
 * The prior-year source kept with the workbook (a very hidden sheet, JSON in column A: hidden-store.ts): the file's
 * name and the prior facts read from it (and the reason threshold chosen with it), so the next check uses them without
 * the file. Damaged or foreign content
 * reads as none (the check then says 未提供上年公开文件), never as wrong figures.
 */
import { Decimal } from '../money';
import type { EditPlan } from '../model/plan';
import type { WorkbookSnapshot } from '../model/snapshot';
import { jsonStore, type Sheets } from '../hidden-store';
import { PRIOR_SHEET } from '../internal-sheets';
import { SUBJECTS } from './subjects';
import { mergePrior, type PriorFacts, type PriorValue } from './prior-facts';
import { priorProblems } from './prior-schema';

const VERSION = 1;

interface StoredValue {
  value: string;
  from: 'table' | 'text';
  where: string;
}

interface Stored {
  version: number;
  source: string;
  year: number | null;
  unitName: string | null;
  values: Record<string, StoredValue>;
  disagreements: { subject: string; table: StoredValue; text: StoredValue }[];
  /** The reason threshold chosen with it (percent of last year; absent: the default 10). */
  reasonShare?: number;
}

const out = (v: PriorValue): StoredValue => ({ value: v.value.toString(), from: v.from, where: v.where });

export function serializePrior(p: PriorFacts, reasonShare?: number): string {
  const s: Stored = {
    ...(reasonShare !== undefined ? { reasonShare } : {}),
    version: VERSION,
    source: p.source,
    year: p.year,
    unitName: p.unitName,
    values: Object.fromEntries(Object.entries(p.values).map(([k, v]) => [k, out(v)])),
    disagreements: p.disagreements.map((d) => ({ subject: d.subject, table: out(d.table), text: out(d.text) })),
  };
  return JSON.stringify(s);
}

const NUMBER = /^-?\d{1,15}(\.\d{1,10})?$/;

function back(v: unknown): PriorValue | null {
  if (!v || typeof v !== 'object') return null;
  const x = v as Partial<StoredValue>;
  if (typeof x.value !== 'string' || !NUMBER.test(x.value) || (x.from !== 'table' && x.from !== 'text')) return null;
  return { value: new Decimal(x.value), from: x.from, where: typeof x.where === 'string' ? x.where.slice(0, 200) : '' };
}

export function parsePrior(json: string | null | undefined): PriorFacts | null {
  if (!json) return null;
  let s: Partial<Stored>;
  try {
    s = JSON.parse(json) as Partial<Stored>;
  } catch {
    return null;
  }
  if (!s || s.version !== VERSION || typeof s.source !== 'string' || !s.values || typeof s.values !== 'object') return null;
  const values: Record<string, PriorValue> = {};
  for (const [k, v] of Object.entries(s.values)) {
    const b = back(v);
    if (b) values[k] = b;
  }
  const year = typeof s.year === 'number' && Number.isInteger(s.year) ? s.year : null;
  const p = mergePrior(s.source.slice(0, 260), year, typeof s.unitName === 'string' ? s.unitName : null, values, {});
  for (const d of Array.isArray(s.disagreements) ? s.disagreements : []) {
    const table = back(d?.table);
    const text = back(d?.text);
    if (table && text && typeof d.subject === 'string')
      p.disagreements.push({ subject: d.subject, what: SUBJECTS.find((x) => x.id === d.subject)?.what ?? d.subject, table, text });
  }
  return p;
}

/** The reason threshold kept beside the facts, when it is one (percent of last year, above 0 and below 1000). */
function reasonShareOf(json: string): number | undefined {
  try {
    const v = (JSON.parse(json) as Partial<Stored> | null)?.reasonShare;
    return typeof v === 'number' && v > 0 && v < 1000 ? v : undefined;
  } catch {
    return undefined;
  }
}

interface Kept {
  prior: PriorFacts;
  reasonShare?: number;
}

const store = jsonStore<Kept | null>(
  PRIOR_SHEET,
  (json) => {
    const prior = parsePrior(json);
    const reasonShare = json ? reasonShareOf(json) : undefined;
    return prior && { prior, ...(reasonShare !== undefined ? { reasonShare } : {}) };
  },
  (kept) => (kept ? serializePrior(kept.prior, kept.reasonShare) : ''),
  (json) => priorProblems(json, VERSION), // the schema (./prior-schema.ts): what parsePrior leaves out, said
);

export const readStoredPrior = (wb: WorkbookSnapshot): PriorFacts | null => store.read(wb)?.prior ?? null;

/** What is wrong with the stored source, part by part; empty when sound or absent. */
export const storedPriorProblems = (wb: WorkbookSnapshot): string[] => store.problems(wb);

/** The reason threshold kept with the 上年公开文件 (undefined: none chosen, out of range, or no 上年公开文件 kept). */
export const readStoredReasonShare = (wb: WorkbookSnapshot): number | undefined => store.read(wb)?.reasonShare;

/** Keeps (or, with null, removes) the prior-year source in the workbook, with the reason threshold chosen. */
export function planStorePrior(wb: Sheets, prior: PriorFacts | null, reasonShare?: number): EditPlan {
  return store.plan(wb, prior && { prior, reasonShare }, prior ? `保存上年公开文件（${prior.source}）` : '移除上年公开文件');
}
