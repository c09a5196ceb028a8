/**
 * The reader of stated figures (issue #12): every amount a 说明 states (万元/亿元/元 with thousands separators,
 * full-width digits, and percentages) becomes a record — the phrase that governs it, its subject (subjects.ts: the
 * specific subject named nearest before the amount, a generic one only when no specific one is named), qualifiers
 * (上年 / another year, 财政拨款 / 一般公共预算 scope, inside an explanation 主要原因是…), and its kind: a level, a
 * change (比上年增加/减少 X), a growth rate (增长 X%), a share (占 X%). 其中 / 包括 / 主要为 lists bind their items to
 * the figure before them (nested lists close when an item names a subject outside the inner figure's parts).
 * A change or rate without a subject of its own belongs to the figure before it in the same sentence.
 * 「与上年持平」 is a change of 0. The reader never decides right or wrong: that is judge.ts.
 */
import { Decimal } from '../money';
import { labelKey } from '../text';
import { isHeading, normalize } from './normalize';
import { SUBJECTS, type Subject } from './subjects';

export type StatementKind = 'level' | 'change' | 'share' | 'growth' | 'percent';

export interface Statement {
  index: number;
  /** Line of the original text (for the cell of a 说明 kept in a worksheet). */
  paragraph: number;
  /** Where the amount is in the normalized text (normalize.ts). */
  offset: number;
  sentence: string;
  phrase: string;
  subject: Subject | null;
  kind: StatementKind;
  /** Money in 万元 (signed for changes); percentages as printed (signed for growth). */
  value: Decimal;
  decimals: number;
  unit: '万元' | '亿元' | '元' | '%';
  /** As printed, e.g. 「人员经费426.49万元」. */
  text: string;
  /** Of another year than the budget year (上年, 「2022 年…」, or the 其中 list under such a figure). */
  lastYear: boolean;
  /** The year a figure of another year is of (上年 → the budget year − 1), when known. */
  ofYear: number | null;
  scope: '财政拨款' | '一般公共预算' | null;
  /** Inside an explanation (主要原因是…): listed, not judged against the tables. */
  reason: boolean;
  /** The figure whose 其中/包括 list this one belongs to. */
  parent: number | null;
  /** For a share: what it is a share of (null: the figure its list belongs to). */
  denominator: Subject | null;
  /** 与上年持平 (no amount printed). */
  implicit: boolean;
  /** The heading of the section it is in. */
  section: string;
  /** The list it opens ends with 等 (not complete). */
  openList?: boolean;
}

const NUMBER = String.raw`(?<![A-Za-z0-9%./_-])(?:-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)`;
const TOKEN = new RegExp(
  [
    String.raw`(其中|包括|主要为|主要是(?!因为|由于)|主要用于|具体如下|具体包括)`,
    String.raw`(主要原因|原因是|主要是因为|主要是由于|由于)`,
    String.raw`([;；])`,
    String.raw`([。!?])`,
    String.raw`(\n)`,
    String.raw`(持平|无增减变化|与上年一致|与上年相同)`,
    String.raw`(${NUMBER})\s*(万\s*元|亿\s*元|元|%)`,
  ].join('|'),
  'g',
);
const PHRASE_BOUNDARY = /[,，、;；。!?\n:：]/g;
const CHANGE = /(增加|减少|增长|下降|降低|上升|压减|节约|减|增|多|少)(?:\([^)]*\))?(?:了|额|为|约)?\s*$/;
const DOWN = /(减少|下降|降低|压减|节约|减|少)(?:\([^)]*\))?(?:了|额|为|约)?\s*$/;
const GROWTH = /(增长|下降|减少|增加|降低|上升|增幅|降幅|提高)/;
const ENUMERATED = /^\s*(?:[(][一二三四五六七八九十\d]+[)]|\d+[.、]|[一二三四五六七八九十]+、)/;
const FUND_WORDS = /国有资本|政府性基金|财政专户|单位资金|事业|上级补助|附属单位|经营|其他资金/;
/** Words that only place a figure in time or say it is budgeted: the figure restates the sentence's subject. */
const RESTATING = /^(?:\d{4}\s*年度?)?(?:当年|本年|上年|全年)?(?:预算)?(?:执行数|安排|数)?(?:为|是)?$/;
const LAST_YEAR = /(?<![比较与同和])(?:上年|去年|上一年)(?!末|结转|度末)/;

interface Match {
  subject: Subject;
  end: number;
  length: number;
}

/** The subject the phrase names nearest before the amount: specific before generic, latest end, longest word. */
export function subjectOf(phrase: string): Subject | null {
  const key = labelKey(phrase);
  let best: Match | null = null;
  let generic: Match | null = null;
  for (const s of SUBJECTS) {
    for (const w of s.words) {
      const at = key.lastIndexOf(w);
      if (at < 0) continue;
      const m = { subject: s, end: at + w.length, length: w.length };
      const better = (b: Match | null) => !b || m.end > b.end || (m.end === b.end && m.length > b.length);
      if (s.generic) {
        if (better(generic)) generic = m;
      } else if (better(best)) best = m;
    }
  }
  if (best) return best.subject;
  // A fund or source the vocabulary does not name (国有资本经营预算拨款支出预算) is not the total.
  if (generic && FUND_WORDS.test(key.slice(0, generic.end))) return null;
  return generic?.subject ?? null;
}

function amountOf(digits: string, unit: string): { value: Decimal; decimals: number; unit: Statement['unit'] } {
  const raw = digits.replace(/,/g, '');
  const dot = raw.indexOf('.');
  const decimals = dot < 0 ? 0 : raw.length - dot - 1;
  const u = unit.replace(/\s+/g, '') as Statement['unit'];
  const d = new Decimal(raw);
  const value = u === '元' ? d.div(10000) : u === '亿元' ? d.times(10000) : d;
  return { value, decimals, unit: u };
}

/** The budget year a 说明 is about: from its title (「2023年区级部门预算」, 「2022年部门预算信息公开」). */
export function budgetYearOf(text: string): number | null {
  const m = /(\d{4})\s*年度?[^\d,，。\n]{0,4}?(?:部门|单位)预算/.exec(text) ?? /(\d{4})\s*年度?\s*预算/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Year-end words: 「2022年末固定资产」 is a fact of this year's disclosure (资产 at the end of last year). */
const YEAR_END = /^\s*(?:年度?)?\s*(?:末|底|12月31日|年末|年底)/;
/** A year that only says what is compared with (「比2022年增加」) does not govern the figure. */
const COMPARED = /[比较与同和对]\s*$/;

/**
 * The other year a phrase places its figure in (null: the budget year or none named). The year nearest the amount
 * decides (「2017年度…与2016年度相比(2016年度…安排为X万元」); 上年/去年 is the year before.
 */
function otherYearOf(phrase: string, year: number | null): number | null | undefined {
  const years = [...phrase.matchAll(/(\d{4})\s*年/g)].filter(
    (m) => !COMPARED.test(phrase.slice(0, m.index)) && !YEAR_END.test(phrase.slice(m.index! + m[0].length)),
  );
  const m = years.at(-1);
  const last = LAST_YEAR.exec(phrase);
  if (last && (!m || last.index > m.index!)) return year === null ? null : year - 1;
  if (m && year !== null) return Number(m[1]) === year ? undefined : Number(m[1]);
  if (last) return null;
  return undefined;
}

function scopeOf(phrase: string): Statement['scope'] {
  if (phrase.includes('财政拨款')) return '财政拨款';
  if (phrase.includes('一般公共预算')) return '一般公共预算';
  return null;
}

/** Reads every stated figure of a 说明. `year`: the budget year (else read from the title). */
export function readStatements(raw: string, year: number | null = null): Statement[] {
  return new Reader(raw, year).read();
}

class Reader {
  private readonly out: Statement[] = [];
  private readonly n;
  private readonly year: number | null;
  private sentenceStart = 0;
  private phraseStart = 0;
  /** Open lists: the figure(s) a list belongs to, by kind (a list after 「…X万元，比上年增加Y万元，其中」 serves both). */
  private stack: Anchor[] = [];
  private reason = false;
  private lastInSentence: Statement | null = null;
  private current: Anchor = {};
  private previous: Anchor = {};
  private previousRoot: number | undefined;
  /** The lists open when the last sentence ended: 「（二）…」 items of a 三公 list are sentences of their own. */
  private carried: Anchor[] = [];
  private firstLevel: number | undefined;
  private levelsInSentence = 0;
  private section = '';

  constructor(raw: string, year: number | null) {
    this.n = normalize(raw);
    this.year = year ?? budgetYearOf(this.n.text);
  }

  read(): Statement[] {
    const t = this.n.text;
    for (const m of t.matchAll(TOKEN)) {
      const at = m.index!;
      if (m[1]) this.openList(at);
      else if (m[2]) this.reason = true;
      else if (m[3]) this.reason = false;
      else if (m[4]) this.endSentence(at + 1);
      else if (m[5]) this.lineBreak(at);
      else if (m[6]) this.flat(at, m[0]);
      else this.amount(at, m[0], m[7]!, m[8]!);
      if (!m[7] && !m[6]) this.phraseStart = at + m[0].length;
    }
    this.endSentence(t.length);
    return this.out;
  }

  private sentenceText(end?: number): string {
    const t = this.n.text;
    // A sentence after one that ended a line starts after that line break.
    let from = this.sentenceStart;
    while (from < t.length && /\s/.test(t[from]!)) from++;
    let e = end ?? t.slice(from).search(/[。!?\n]/);
    e = end ?? (e < 0 ? t.length : from + e + 1);
    return t.slice(from, e).trim();
  }

  private openList(at: number): void {
    const before = this.n.text.slice(this.sentenceStart, at).trim();
    const anchor = this.lastInSentence ? { ...this.current } : before === '' ? { ...this.previous } : null;
    if (!anchor || (anchor.level === undefined && anchor.change === undefined)) return;
    if (!this.lastInSentence && this.stack.length === 0) this.resume();
    const top = this.stack.at(-1);
    if (top && top.level === anchor.level && top.change === anchor.change) return;
    this.stack.push(anchor);
  }

  private endSentence(next: number): void {
    const closing = this.n.text.slice(Math.max(this.sentenceStart, next - 3), next);
    if (/等[。]?$/.test(closing)) this.markOpen();
    this.carried = this.stack;
    this.previous = this.current;
    // What a subjectless change opening the next sentence is about: the one figure of this sentence, else the
    // figure its list belongs to, else its first figure.
    this.previousRoot = this.levelsInSentence === 1 ? this.firstLevel : (this.stack[0]?.level ?? this.firstLevel);
    this.firstLevel = undefined;
    this.levelsInSentence = 0;
    this.current = {};
    this.sentenceStart = this.phraseStart = next;
    this.stack = [];
    this.reason = false;
    this.lastInSentence = null;
  }

  private lineBreak(at: number): void {
    const line = this.n.lineOf[at + 1];
    const prevLine = this.n.lineOf[at - 1];
    const heading = (line !== undefined && this.n.headings.has(line)) || (prevLine !== undefined && this.n.headings.has(prevLine));
    if (heading) {
      this.endSentence(at + 1);
      if (line !== undefined && this.n.headings.has(line)) this.section = this.lineText(at + 1);
      return;
    }
    this.phraseStart = at + 1;
  }

  private lineText(from: number): string {
    const t = this.n.text;
    const e = t.indexOf('\n', from);
    return t.slice(from, e < 0 ? t.length : e);
  }

  /**
   * The subject of a change or rate that names none: the figure before it in the same sentence; at the start of a
   * sentence, the first figure of the previous one (「…三公经费3.84万元，其中…。与上年相比增加0.01万元」).
   */
  private governing(): Subject | null {
    if (this.lastInSentence) return this.lastInSentence.subject;
    const prev = this.previousRoot;
    return prev === undefined ? null : this.out[prev]!.subject;
  }

  private markOpen(): void {
    const top = this.stack.at(-1);
    for (const i of [top?.level, top?.change]) if (i !== undefined) this.out[i]!.openList = true;
  }

  /** The words since the last boundary; 「计划为：2.5万元」 reaches back over a colon that only introduces the amount. */
  private phrase(at: number): string {
    const raw = this.n.text.slice(this.phraseStart, at);
    const cuts = [0, ...[...raw.matchAll(PHRASE_BOUNDARY)].map((b) => b.index! + 1)];
    let from = cuts.at(-1)!;
    if (!/[\u4e00-\u9fff]/.test(raw.slice(from)) && cuts.length > 1 && /[:：]$/.test(raw.slice(0, from))) from = cuts.at(-2)!;
    return raw.slice(from).trim();
  }

  private flat(at: number, word: string): void {
    const phrase = this.phrase(at);
    const subject = subjectOf(phrase) ?? this.governing();
    if (!subject) return;
    this.push(at, { phrase, subject, kind: 'change', value: new Decimal(0), decimals: 2, unit: '万元', text: word, implicit: true });
  }

  private amount(at: number, printed: string, digits: string, unit: string): void {
    const phrase = this.phrase(at);
    const a = amountOf(digits, unit);
    let kind: StatementKind;
    let subject = subjectOf(phrase);
    let denominator: Subject | null = null;
    let value = a.value;
    if (a.unit === '%') {
      const share = phrase.lastIndexOf('占');
      if (share >= 0) {
        kind = 'share';
        denominator = subjectOf(phrase.slice(share));
        subject = subjectOf(phrase.slice(0, share));
      } else if (GROWTH.test(phrase)) {
        kind = 'growth';
        if (DOWN.test(phrase.replace(/[\d.\s]+$/, '')) || /(下降|减少|降低|降幅)/.test(phrase)) value = value.neg();
      } else kind = 'percent';
    } else if (CHANGE.test(phrase)) {
      kind = 'change';
      if (DOWN.test(phrase)) value = value.neg();
    } else kind = 'level';
    if (!subject && (kind !== 'level' ? kind !== 'percent' : RESTATING.test(labelKey(phrase)) && phrase !== '')) subject = this.governing();
    // As the user wrote it: straight quotes back to Chinese ones.
    const text = `${phrase.slice(-24)}${printed}`.replace(/"([^"]*)"/g, '“$1”');
    this.push(at, { phrase, subject, kind, value, decimals: a.decimals, unit: a.unit, text, implicit: false, denominator });
    this.phraseStart = at + printed.length;
  }

  private push(
    at: number,
    s: Pick<Statement, 'phrase' | 'subject' | 'kind' | 'value' | 'decimals' | 'unit' | 'text' | 'implicit'> & {
      denominator?: Subject | null;
    },
  ): void {
    const sentenceHead = this.n.text.slice(this.sentenceStart, at);
    const st: Statement = {
      index: this.out.length,
      paragraph: this.n.lineOf[at] ?? 0,
      offset: at,
      sentence: this.sentenceText(),
      denominator: s.denominator ?? null,
      lastYear: false,
      ofYear: null,
      scope: scopeOf(s.phrase) ?? (s.kind === 'level' ? null : scopeOf(sentenceHead)),
      reason: this.reason,
      parent: null,
      section: this.section,
      ...s,
    };
    if (this.lastInSentence === null && this.stack.length === 0 && ENUMERATED.test(sentenceHead)) this.resume();
    this.carried = [];
    if (st.kind === 'level' || st.kind === 'change') st.parent = this.parentFor(st);
    if (st.kind === 'level') this.placeInTime(st, sentenceHead);
    // An explanation run on with commas ends where the next item of the open list begins.
    if (st.reason && st.parent !== null && st.subject && this.out[st.parent]!.subject?.parts?.some((p) => p.includes(st.subject!.id))) {
      st.reason = this.reason = false;
    }
    if (st.kind === 'level') {
      this.firstLevel ??= st.index;
      this.levelsInSentence++;
    }
    this.out.push(st);
    if (st.kind === 'level' || st.kind === 'change') {
      this.lastInSentence = st;
      this.current[st.kind] = st.index;
    }
  }

  /**
   * The year of a level: its own phrase names one (「2022 年“三公经费”为」, 「上年」); else the item of a list under a
   * figure of another year is of that year too (across sentences: the list resumes there); else a year opening the
   * sentence (「2022年，收入预算X万元，支出预算Y万元」) governs every figure of it that names none.
   */
  private placeInTime(st: Statement, sentenceHead: string): void {
    const own = otherYearOf(st.phrase, this.year);
    if (own !== undefined) {
      st.lastYear = true;
      st.ofYear = own;
      return;
    }
    if (/\d{4}\s*年|本年|今年|当年/.test(st.phrase)) return;
    const parent = st.parent === null ? null : this.out[st.parent]!;
    if (parent?.lastYear) {
      st.lastYear = true;
      st.ofYear = parent.ofYear;
      return;
    }
    const opening = /^[\s(（一二三四五六七八九十\d、.]*(\d{4})\s*年度?(?:[,，]|\s*(?:预算|安排|执行数|决算))/.exec(sentenceHead);
    if (opening && this.year !== null && Number(opening[1]) !== this.year) {
      st.lastYear = true;
      st.ofYear = Number(opening[1]);
    }
  }

  /** Reopens the lists of the last sentence whose figures have known parts (三公 = 出国 + 车 + 接待). */
  private resume(): void {
    const known = (a: Anchor) => a.level !== undefined && !!this.out[a.level]!.subject?.parts;
    const kept = [...this.carried];
    while (kept.length && !known(kept.at(-1)!)) kept.pop();
    this.stack = kept;
  }

  /** The innermost open list this figure belongs to; lists whose parts do not include its subject are closed. */
  private parentFor(st: Statement): number | null {
    const kind = st.kind as 'level' | 'change';
    while (this.stack.length > 0) {
      const i = this.stack.at(-1)![kind];
      const parts = i === undefined ? undefined : this.out[i]!.subject?.parts;
      const outside = i === undefined ? this.stack.length > 1 : st.subject && parts && !parts.some((p) => p.includes(st.subject!.id));
      if (!outside) break;
      this.stack.pop();
    }
    return this.stack.at(-1)?.[kind] ?? null;
  }
}

interface Anchor {
  level?: number;
  change?: number;
}

export { isHeading };
