/**
 * A 说明 as the reader sees it: half-width digits and punctuation, straight quotes, and lines joined back into
 * paragraphs where a PDF or a pasted page broke them mid-sentence ("37188.34\n万元"). Page markers and the page
 * number printed just before them ("17", "- 15 -") are dropped. Headings (一、… （一）… 1、… without an amount) stay paragraphs of
 * their own; a line break is otherwise a soft boundary. Every character of the result keeps the index of the line it came from (for locating findings).
 */
import { toHalfWidth } from '../text';

export interface NormalText {
  text: string;
  /** Original line index of each character of `text`. */
  lineOf: number[];
  /** Lines that are headings (a sentence ends before and after them). */
  headings: Set<number>;
}

const PAGE_MARK = /^=+\s*page\s+(\d+)\s*=+$/i;
const FOOTER = /^(?:\d{1,3}|-\s*\d{1,3}\s*-|第\s*\d{1,3}\s*页(?:\s*共\s*\d+\s*页)?)$/;
const HEADING = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[(][一二三四五六七八九十]+[)]、?|\d{1,2}[、.．](?!\d))/;
const AMOUNT = /\d\s*(?:万元|元|%)/;
const ENDS_SENTENCE = /[。!?；;:：]$/;

export const isHeading = (line: string) => HEADING.test(line) && line.length <= 40 && !AMOUNT.test(line);

export function normalize(raw: string): NormalText {
  const lines = toHalfWidth(raw)
    .replace(/[“”„‟＂]/g, '"')
    .replace(/[‘’]/g, "'")
    .split(/\r?\n/)
    .map((l) => l.trim());
  const drop = new Set<number>();
  lines.forEach((l, i) => {
    const m = PAGE_MARK.exec(l);
    if (!m) return;
    drop.add(i);
    // The page footer printed before the marker: a page number ("17", "- 15 -", "第3页").
    if (i > 0 && FOOTER.test(lines[i - 1]!)) drop.add(i - 1);
  });
  let text = '';
  const lineOf: number[] = [];
  const add = (s: string, line: number) => {
    text += s;
    for (let k = 0; k < s.length; k++) lineOf.push(line);
  };
  const headings = new Set<number>();
  let prev: string | null = null;
  lines.forEach((l, i) => {
    if (drop.has(i) || l === '') {
      if (l === '' && prev !== null && !drop.has(i)) {
        add('\n', i);
        prev = null;
      }
      return;
    }
    if (prev !== null) {
      const joined = !ENDS_SENTENCE.test(prev) && !isHeading(prev) && !isHeading(l) && !/^(?:第[一二三四五六七八九十]+部分)/.test(l);
      add(joined ? '' : '\n', i);
    }
    add(l, i);
    if (isHeading(l)) headings.add(i);
    prev = l;
  });
  return { text, lineOf, headings };
}
