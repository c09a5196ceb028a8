/**
 * Code tables of 政府收支分类科目 by edition: 支出功能分类 (201…, 3/5/7 digits: 类/款/项) and 部门支出经济分类
 * (301…, 3/5 digits: 类/款). The bundled lists are partial (codes attested in public documents, SOURCES.md): a code
 * missing from them is "not in the bundled list", never "invalid". A user's own list (from the 预算管理一体化系统
 * export) takes precedence for its edition.
 */
import { labelKey } from '../text';
import { pushTo } from '../collections';

export type CodeKind = 'function' | 'economic';
export type CodeSource = 'attested' | 'seed' | 'user';

export interface CodeEntry {
  code: string;
  name: string;
  /** Years in which this code carried this name, with where it was seen. */
  years: { year: number; source: CodeSource }[];
}

export interface Resolved {
  code: string;
  name: string;
  level: '类' | '款' | '项';
  /** Edition the name comes from. */
  year: number;
  source: CodeSource;
  /** Taken from an edition later than the one asked for (no earlier one has the code). */
  later: boolean;
}

export const levelOf = (code: string): Resolved['level'] => (code.length <= 3 ? '类' : code.length <= 5 ? '款' : '项');

export function parseCodeText(text: string): CodeEntry[] {
  const out: CodeEntry[] = [];
  for (const line of text.split('\n')) {
    const [code, name, years] = line.split('\t');
    if (!code || !name || !years) continue;
    out.push({
      code,
      name,
      years: years
        .split(',')
        .map((y) => ({ year: Number(y.replace('*', '')), source: y.endsWith('*') ? ('seed' as const) : ('attested' as const) })),
    });
  }
  return out;
}

export interface UserCodeList {
  kind: CodeKind;
  year: number;
  label: string;
  entries: { code: string; name: string }[];
}

/** One code table (function or economic) across editions, with lookups per edition. */
export class CodeBook {
  private readonly byCode = new Map<string, CodeEntry[]>();
  readonly years: number[];
  constructor(
    readonly kind: CodeKind,
    entries: CodeEntry[],
    readonly user: UserCodeList[] = [],
  ) {
    for (const e of entries) pushTo(this.byCode, e.code, e);
    for (const u of user)
      for (const e of u.entries)
        this.byCode.set(e.code, [
          ...(this.byCode.get(e.code) ?? []),
          { code: e.code, name: e.name, years: [{ year: u.year, source: 'user' }] },
        ]);
    this.years = [...new Set(entries.flatMap((e) => e.years.map((y) => y.year)))].sort((a, b) => a - b);
  }

  /** Latest edition not later than `year` (the earliest when `year` precedes them all). */
  editionFor(year: number): number {
    return [...this.years].reverse().find((y) => y <= year) ?? this.years[0] ?? year;
  }

  /** The name of `code` in edition `year`: user list of that edition first, then the latest attested ≤ year, else the earliest later. */
  get(code: string, year: number): Resolved | undefined {
    const entries = this.byCode.get(code);
    if (!entries) return undefined;
    type Cand = { e: CodeEntry; y: number; source: CodeSource };
    const cands: Cand[] = entries.flatMap((e) => e.years.map((y) => ({ e, y: y.year, source: y.source })));
    const rank = (c: Cand) => (c.source === 'user' ? 2 : c.source === 'attested' ? 1 : 0);
    const before = cands.filter((c) => c.y <= year).sort((a, b) => b.y - a.y || rank(b) - rank(a));
    const pick = before[0] ?? cands.filter((c) => c.y > year).sort((a, b) => a.y - b.y || rank(b) - rank(a))[0];
    if (!pick) return undefined;
    return { code, name: pick.e.name, level: levelOf(code), year: pick.y, source: pick.source, later: pick.y > year };
  }

  /** The 类/款/项 path of a code (those levels that are known). */
  path(code: string, year: number): Resolved[] {
    const lens = this.kind === 'function' ? [3, 5, 7] : [3, 5];
    return lens
      .filter((n) => n <= code.length)
      .map((n) => this.get(code.slice(0, n), year))
      .filter((x): x is Resolved => !!x);
  }

  /** Codes or names containing `query` (digits match code prefixes), for the lookup box. */
  search(query: string, year: number, limit = 30): Resolved[] {
    const q = labelKey(query);
    if (!q) return [];
    const digits = /^\d+$/.test(q);
    const out: Resolved[] = [];
    for (const code of [...this.byCode.keys()].sort()) {
      const r = this.get(code, year)!;
      if (digits ? code.startsWith(q) : labelKey(r.name).includes(q)) out.push(r);
      if (out.length >= limit) break;
    }
    return out;
  }

  get size(): number {
    return this.byCode.size;
  }
}

/** Same name, ignoring whitespace, full/half-width forms and bracket styles. */
export const sameName = (a: string, b: string) => labelKey(a) === labelKey(b);

/**
 * A user's code list pasted from a 科目 export or a CSV: each line "code,name" / "code<TAB>name" / "code name".
 * Returns the entries and the lines it could not read.
 */
export function parseUserCodes(text: string): { entries: { code: string; name: string }[]; rejected: string[] } {
  const entries: { code: string; name: string }[] = [];
  const rejected: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^"?\s*(\d[\d\s]*\d|\d)\s*"?\s*[,，\t ]\s*"?(.+?)"?\s*(?:[,，\t].*)?$/.exec(line);
    const code = m?.[1]?.replace(/\s+/g, '');
    if (!m || !code || !/^\d{3}(\d{2}){0,2}$/.test(code)) {
      if (!/科目|编码|代码|名称/.test(line)) rejected.push(line);
      continue;
    }
    entries.push({ code, name: m[2]!.replace(/\s+/g, '') });
  }
  return { entries, rejected };
}
