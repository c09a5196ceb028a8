/**
 * What a 财政局 reviewer sends a 说明 back for that is not a figure: placeholders left in the text (the product's own
 * 〔请填写…〕 / 〔缺：…〕 markers, 待填写 — 错误; XX / ×× — 提示), years that are neither the budget year nor the year
 * before (N-13, 提示), the nine headings of the Hebei 说明 missing, unnumbered or out of order (U-04, only when the
 * text follows that template: at least five of its headings are there; a 说明 whose headings are the template's
 * first ones, numbered 一、二、… in order, and stops early gets one 提示 naming the sections missing), and a 名词解释 written for another level of
 * government (N-12, 提示: 「省级」 in a 市/区/县 department's text).
 */
import { toHalfWidth } from '../text';
import type { Issue } from './judge';

const lines = (text: string) => toHalfWidth(text).replace(/[“”]/g, '"').split(/\r?\n/);

/**
 * Every placeholder of every line (two on one line are two to fill). `raw`: the lines as written (the same lengths:
 * half-width forms and straight quotes map one character to one), for quoting what the preparer sees.
 */
function placeholders(ls: string[], raw: string[], push: (i: Issue) => void): void {
  const OURS = /〔(?:请填写|缺[:：])[^〕]*〕|待填写|待补充|(?:此处|这里)填写/g;
  const XX = /(?<![A-Za-z])(?:XX|xx|××|xxx|XXX)(?![A-Za-z])/g;
  ls.forEach((l, i) => {
    for (const [re, severity] of [
      [OURS, 'error'],
      [XX, 'advisory'],
    ] as const)
      for (const hit of l.matchAll(re)) {
        const written = raw[i]!.slice(hit.index, hit.index + hit[0].length);
        // 「…」 around a placeholder that holds “…” itself
        const quoted = /[“”"]/.test(written) ? `「${written}」` : `“${written}”`;
        push({
          rule: 'U-05',
          severity,
          paragraph: i,
          message: `说明中还有未填写的占位内容${quoted}：请填写后再报送`,
          expected: '',
          actual: written,
          difference: '',
        });
      }
  });
}

function staleYears(ls: string[], year: number, push: (i: Issue) => void): void {
  const re = /(\d{4})\s*年度?\s*(?:发展规划目标|绩效目标|工作目标|工作计划|部门预算|单位预算|预算信息公开)/g;
  ls.forEach((l, i) => {
    for (const m of l.matchAll(re)) {
      const y = Number(m[1]);
      if (y === year || y === year - 1) continue;
      push({
        rule: 'N-13',
        severity: 'advisory',
        paragraph: i,
        message: `说明中“${m[0]}”的年份与预算年度 ${year} 年不符：请确认是否沿用了往年的文字`,
        expected: `${year}年`,
        actual: `${y}年`,
        difference: '',
      });
    }
  });
}

/** The nine headings of the Hebei 情况说明 (templates.md), by the words that identify each. */
const HEADINGS: [string, RegExp, string][] = [
  ['一', /职责及机构设置情况$/, '职责及机构设置情况'],
  ['二', /预算安排的总体情况$/, '预算安排的总体情况'],
  ['三', /机关运行经费安排情况$/, '机关运行经费安排情况'],
  ['四', /"?三公"?经费预算情况及增减变化原因$/, '财政拨款“三公”经费预算情况及增减变化原因'],
  ['五', /(?:预算)?绩效信息$/, '预算绩效信息'],
  ['六', /政府采购预算情况$/, '政府采购预算情况'],
  ['七', /国有资产信息$/, '国有资产信息'],
  ['八', /名词解释$/, '名词解释'],
  ['九', /其他需要说明的事项$/, '其他需要说明的事项'],
];

function headings(ls: string[], push: (i: Issue) => void): void {
  const found = HEADINGS.map(([num, re, name]) => {
    const i = ls.findIndex((l) => l.trim().length <= 40 && re.test(l.trim()));
    return { num, name, i, line: i < 0 ? '' : ls[i]!.trim() };
  });
  if (found.filter((h) => h.i >= 0).length < 5) {
    truncated(found, push);
    return;
  }
  let last = -1;
  for (const h of found) {
    let message: string | null = null;
    if (h.i < 0) message = `说明缺少第${h.num}部分的标题（“${h.num}、…${h.name}”）`;
    else if (!h.line.startsWith(`${h.num}、`)) message = `说明第${h.num}部分的标题“${h.line}”缺少序号“${h.num}、”`;
    else if (h.i < last) message = `说明第${h.num}部分的标题“${h.line}”顺序不对`;
    if (h.i >= 0) last = Math.max(last, h.i);
    if (message)
      push({
        rule: 'U-04',
        severity: 'error',
        paragraph: Math.max(h.i, 0),
        message: `${message}：请按模板的九部分顺序编写`,
        expected: `${h.num}、`,
        actual: h.line,
        difference: '',
      });
  }
}

/**
 * Fewer than five headings: when those present are the template's first ones, in order, 一、 and 二、 numbered, the
 * text stopped early — one 提示 naming the sections missing after the last (and one per heading left unnumbered).
 */
function truncated(found: { num: string; name: string; i: number; line: string }[], push: (i: Issue) => void): void {
  const n = found.findIndex((h) => h.i < 0);
  if (n < 2 || found.slice(n).some((h) => h.i >= 0)) return;
  const head = found.slice(0, n);
  const numbered = (h: (typeof head)[number]) => h.line.startsWith(`${h.num}、`);
  if (!numbered(head[0]!) || !numbered(head[1]!) || head.some((h, k) => k > 0 && h.i < head[k - 1]!.i)) return;
  for (const h of head.filter((x) => !numbered(x)))
    push({
      rule: 'U-04',
      severity: 'advisory',
      paragraph: h.i,
      message: `说明第${h.num}部分的标题“${h.line}”缺少序号“${h.num}、”：请按模板的九部分顺序编写`,
      expected: `${h.num}、`,
      actual: h.line,
      difference: '',
    });
  const missing = found.slice(n);
  push({
    rule: 'U-04',
    severity: 'advisory',
    paragraph: head[n - 1]!.i,
    message: `说明只写到第${head[n - 1]!.num}部分，缺少${missing.map((h) => `“${h.num}、${h.name}”`).join('、')}：请按模板的九部分补全`,
    expected: missing.map((h) => `${h.num}、`).join(''),
    actual: head[n - 1]!.line,
    difference: '',
  });
}

/** The level of government a department belongs to, from its name (null: cannot tell). */
export function levelOfName(name: string): ('省级' | '市级' | '区级' | '县级')[] | null {
  const n = name.replace(/社区|区域|地区|园区|辖区/g, '');
  if (/区/.test(n)) return ['区级', '县级'];
  if (/县/.test(n)) return ['县级', '区级'];
  if (/市/.test(n)) return ['市级'];
  if (/省/.test(n)) return ['省级'];
  return null;
}

function glossaryLevel(ls: string[], name: string | null, push: (i: Issue) => void): void {
  const start = ls.findIndex((l) => /名词解释$/.test(l.trim()));
  if (start < 0 || !name) return;
  const allowed = levelOfName(name);
  if (!allowed) return;
  for (let i = start + 1; i < ls.length && !/^[九十]、/.test(ls[i]!.trim()); i++) {
    const m = /(省级|市级|区级|县级)(?:财政|部门)/.exec(ls[i]!);
    if (!m || allowed.includes(m[1] as '省级')) continue;
    push({
      rule: 'N-12',
      severity: 'advisory',
      paragraph: i,
      message: `名词解释写的是“${m[0]}”，而${name}是${allowed[0]}部门：请改为本级的说法`,
      expected: allowed[0]!,
      actual: m[1]!,
      difference: '',
    });
    return;
  }
}

export function checkHygiene(text: string, year: number | null, name: string | null, push: (i: Issue) => void): void {
  const ls = lines(text);
  placeholders(ls, text.split(/\r?\n/), push);
  if (year) staleYears(ls, year, push);
  headings(ls, push);
  glossaryLevel(ls, name, push);
}

/** The department's name as the title of the 说明 gives it (「XX局2023年部门预算信息公开情况说明」). */
export function nameFromTitle(text: string): string | null {
  const m = /^(?:第一部分\s*)?(.{2,40}?)\s*\d{4}\s*年度?\s*(?:部门|单位)预算(?:信息)?公开/m.exec(toHalfWidth(text));
  return m ? m[1]!.trim() : null;
}
