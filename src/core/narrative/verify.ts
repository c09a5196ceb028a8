/**
 * 说明核对: finds the figures of an existing 情况说明 next to their keywords and compares them with the tables
 * (identities N-01 三公, N-02 收入/支出 totals and sources, N-03 基本/人员/公用 and in-text sums, N-05 政府采购,
 * A-01 固定资产, N-06 机关运行经费 = 公用经费 and N-08 项目支出, advisory). Amounts in 元 are converted;
 * a sentence about 增加/减少 is a change, not a level, and is skipped. Findings are of the checker's kind.
 */
import type { Finding, FindingSeverity } from '../check/types';
import { Decimal, halfUnit } from '../money';
import { toHalfWidth } from '../text';
import type { Amount, Facts } from './facts';
import { pushTo } from '../collections';

interface KeywordRule {
  id: string;
  words: string[];
  fact: (f: Facts) => Amount;
  what: string;
  severity: 'strict' | 'advisory';
}

/** Longest keywords first, so 公务用车购置费 is not read as 公务用车购置及运维费 and 一般公共预算收入 not as 预算收入. */
const KEYWORDS: KeywordRule[] = [
  {
    id: 'N-01',
    words: ['公务用车购置及运维费', '公务用车购置及运行费'],
    fact: (f) => f.sanGong.car,
    what: '公务用车购置及运维费',
    severity: 'strict',
  },
  { id: 'N-01', words: ['公务用车运行维护费'], fact: (f) => f.sanGong.carRunning, what: '公务用车运行维护费', severity: 'strict' },
  { id: 'N-01', words: ['公务用车购置费'], fact: (f) => f.sanGong.carPurchase, what: '公务用车购置费', severity: 'strict' },
  { id: 'N-01', words: ['因公出国(境)费'], fact: (f) => f.sanGong.abroad, what: '因公出国（境）费', severity: 'strict' },
  { id: 'N-01', words: ['公务接待费'], fact: (f) => f.sanGong.reception, what: '公务接待费', severity: 'strict' },
  { id: 'N-01', words: ['"三公"经费预算安排', '"三公"经费'], fact: (f) => f.sanGong.total, what: '“三公”经费', severity: 'strict' },
  { id: 'N-02', words: ['一般公共预算收入'], fact: (f) => f.income.general, what: '一般公共预算收入', severity: 'strict' },
  { id: 'N-02', words: ['基金预算收入'], fact: (f) => f.income.fund, what: '基金预算收入', severity: 'strict' },
  { id: 'N-02', words: ['财政专户核拨收入'], fact: (f) => f.income.specialAccount, what: '财政专户核拨收入', severity: 'strict' },
  { id: 'N-02', words: ['单位资金收入', '其他来源收入'], fact: (f) => f.income.unitFunds, what: '单位资金收入', severity: 'strict' },
  { id: 'N-02', words: ['上年结转结余'], fact: (f) => f.income.carryOver, what: '上年结转结余', severity: 'strict' },
  { id: 'N-02', words: ['收入预算', '预算收入'], fact: (f) => f.income.total, what: '收入总计', severity: 'strict' },
  { id: 'N-02', words: ['支出预算', '预算支出', '预算收支安排'], fact: (f) => f.expense.total, what: '本年支出合计', severity: 'strict' },
  { id: 'N-03', words: ['日常公用经费'], fact: (f) => f.expense.public, what: '公用经费', severity: 'strict' },
  { id: 'N-03', words: ['人员经费'], fact: (f) => f.expense.personnel, what: '人员经费', severity: 'strict' },
  { id: 'N-03', words: ['基本支出'], fact: (f) => f.expense.basic, what: '基本支出', severity: 'strict' },
  {
    id: 'N-06',
    words: ['机关运行经费共计安排', '机关运行经费安排支出', '机关运行经费'],
    fact: (f) => f.expense.public,
    what: '机关运行经费（公用经费）',
    severity: 'advisory',
  },
  { id: 'N-08', words: ['项目支出'], fact: (f) => f.expense.project, what: '项目支出', severity: 'advisory' },
  { id: 'N-05', words: ['政府采购预算'], fact: (f) => f.procurement, what: '政府采购预算', severity: 'strict' },
  {
    id: 'A-01',
    words: ['上年末固定资产金额为', '上年末固定资产金额'],
    fact: (f) => f.assets,
    what: '上年末固定资产金额',
    severity: 'strict',
  },
];

const NUMBER = /^(?:为|是|共计|安排|合计|总计|：|:|共)?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(万元|元)/;

export interface TextFigure {
  rule: string;
  what: string;
  value: Decimal; // 万元
  decimals: number;
  yuan: boolean;
  text: string;
  paragraph: number;
}

/** Reads the figures of a narrative: keyword, then (after at most a few words) a number with 万元/元. */
export function readFigures(text: string): TextFigure[] {
  const out: TextFigure[] = [];
  const paragraphs = toHalfWidth(text).replace(/[“”]/g, '"').split(/\r?\n/);
  paragraphs.forEach((raw, pi) => {
    const para = raw.replace(/(\d)\s+(?=[\d.])/g, '$1').replace(/\s+(?=万?元)/g, '');
    const taken: [number, number][] = [];
    for (const k of KEYWORDS) {
      for (const w of k.words) {
        let from = 0;
        for (;;) {
          const at = para.indexOf(w, from);
          if (at < 0) break;
          from = at + w.length;
          if (taken.some(([a, b]) => at >= a && at < b)) continue;
          const rest = para.slice(from, from + 24);
          const m = NUMBER.exec(rest);
          if (!m) continue;
          taken.push([at, from + m.index + m[0].length]);
          const raw = m[1]!.replace(/,/g, '');
          const yuan = m[2] === '元';
          const dot = raw.indexOf('.');
          out.push({
            rule: k.id,
            what: k.what,
            value: yuan ? new Decimal(raw).div(10000) : new Decimal(raw),
            decimals: dot < 0 ? 0 : raw.length - dot - 1,
            yuan,
            text: `${w}${m[0]}`,
            paragraph: pi,
          });
        }
      }
    }
  });
  return out;
}

export interface VerifyOptions {
  sheet: string;
  /** Cell address of each paragraph (when the narrative sits in a worksheet), for locating findings. */
  cellOf?: (paragraph: number) => string;
}

/** Paragraph indexes of section 三 (机关运行经费): its 公务接待费/公务用车运行维护费 are 302 items, not 三公. */
function sectionThree(text: string): Set<number> {
  const out = new Set<number>();
  let inside = false;
  text.split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (/^三、\s*机关运行经费/.test(t)) inside = true;
    else if (/^(四、)?\s*财政拨款[“"]?三公/.test(t) || /^[四五六七八九]、/.test(t)) inside = false;
    else if (inside) out.add(i);
  });
  return out;
}

type Push = (
  rule: string,
  severity: FindingSeverity,
  paragraph: number,
  message: string,
  expected: string,
  actual: string,
  difference: string,
) => void;

function collector(f: Facts, o: VerifyOptions): { findings: Finding[]; push: Push } {
  const findings: Finding[] = [];
  const push: Push = (rule, severity, paragraph, message, expected, actual, difference) =>
    findings.push({
      id: `${rule}@${o.sheet}!${o.cellOf?.(paragraph) ?? `P${paragraph + 1}`}#${findings.length + 1}`,
      rule,
      title: '说明核对',
      severity,
      message,
      sheet: o.sheet,
      cell: o.cellOf?.(paragraph) ?? `A${paragraph + 1}`,
      related: [],
      expected,
      actual,
      difference,
      unit: f.unitCode,
      table: null,
    });
  return { findings, push };
}

const show = (d: Decimal, yuan: boolean) => (yuan ? `${d.times(10000).toFixed(0)}元` : `${d.toFixed(2)}万元`);

/** Each stated figure against its table quantity (N-01 … A-01). */
function checkLevels(figures: TextFigure[], f: Facts, push: Push): void {
  for (const fig of figures) {
    const rule = KEYWORDS.find((k) => k.id === fig.rule && k.what === fig.what)!;
    const expected = rule.fact(f);
    if (expected === null) continue; // the table is absent: not evaluated
    const diff = fig.value.minus(expected);
    if (diff.isZero()) continue;
    // The text shows fig.decimals decimals: it stands for ± half a unit (a figure printed "1万元" is 1.00).
    const tol = halfUnit(fig.yuan ? 0 : fig.decimals).div(fig.yuan ? 10000 : 1);
    const severity: FindingSeverity =
      rule.severity === 'advisory' ? 'advisory' : diff.abs().lte(tol) && fig.decimals < 2 && !fig.yuan ? 'rounding' : 'error';
    push(
      fig.rule,
      severity,
      fig.paragraph,
      `说明中“${fig.text}”与表中${fig.what} ${show(expected, fig.yuan)}不一致，差 ${show(diff, fig.yuan)}`,
      show(expected, fig.yuan),
      show(fig.value, fig.yuan),
      show(diff, fig.yuan),
    );
  }
}

/** N-07 (advisory): the items listed in section 三 against the 302 rows of 基本支出表. */
function checkPublicItems(text: string, three: Set<number>, f: Facts, push: Push): void {
  const lines = toHalfWidth(text).split(/\r?\n/);
  for (const pi of three) {
    const line = lines[pi]!.replace(/\s+/g, '');
    for (const item of f.publicItems) {
      const m = new RegExp(`${item.name.replace(/[()（）]/g, '.')}(?:为)?(-?\\d[\\d,]*(?:\\.\\d+)?)(万元|元)`).exec(line);
      if (!m) continue;
      const yuan = m[2] === '元';
      const v = yuan ? new Decimal(m[1]!.replace(/,/g, '')).div(10000) : new Decimal(m[1]!.replace(/,/g, ''));
      if (v.minus(item.amount).isZero()) continue;
      const message = `说明中机关运行经费“${item.name}${m[1]}${m[2]}”与基本支出表${item.code} ${show(item.amount, yuan)}不一致`;
      push('N-07', 'advisory', pi, message, show(item.amount, yuan), show(v, yuan), show(v.minus(item.amount), yuan));
    }
  }
}

/** In-text arithmetic (N-03): 基本支出 = 人员经费 + 日常公用经费, when the same paragraph states all three. */
function checkInTextSums(figures: TextFigure[], push: Push): void {
  const byPara = new Map<number, TextFigure[]>();
  for (const fig of figures) pushTo(byPara, fig.paragraph, fig);
  for (const [pi, figs] of byPara) {
    const get = (w: string) => figs.find((x) => x.what === w);
    const basic = get('基本支出');
    const personnel = get('人员经费');
    const pub = get('公用经费');
    if (!basic || !personnel || !pub) continue;
    const diff = basic.value.minus(personnel.value).minus(pub.value);
    if (diff.isZero()) continue;
    const tol = [basic, personnel, pub].reduce((s, x) => s.plus(halfUnit(x.yuan ? 0 : x.decimals).div(x.yuan ? 10000 : 1)), new Decimal(0));
    push(
      'N-03',
      diff.abs().lte(tol) ? 'rounding' : 'error',
      pi,
      `说明中基本支出 ${show(basic.value, basic.yuan)} ≠ 人员经费＋日常公用经费 ${show(personnel.value.plus(pub.value), basic.yuan)}，差 ${show(diff, basic.yuan)}`,
      show(personnel.value.plus(pub.value), basic.yuan),
      show(basic.value, basic.yuan),
      show(diff, basic.yuan),
    );
  }
}

export function verifyNarrative(text: string, f: Facts, o: VerifyOptions): Finding[] {
  const { findings, push } = collector(f, o);
  const three = sectionThree(text);
  const figures = readFigures(text).filter((x) => !(three.has(x.paragraph) && x.rule === 'N-01'));
  checkLevels(figures, f, push);
  checkPublicItems(text, three, f, push);
  checkInTextSums(figures, push);
  return findings;
}
