/**
 * The rest of a worksheet — its text without the sheetData's content [start, end), read by ./sheet-data.ts — as the
 * events saxes gives ExcelJS's parser (ExcelJS's parse-sax: `{ eventType, value }`, opentag and closetag with saxes's
 * tag object, text decoded), made by ./xml-scan.ts: the same events in the same order, so ExcelJS's WorksheetXform
 * builds the same model from them. Null where the text holds anything that scanner does not read as saxes does
 * (markup, a carriage return, …: see there), a declaration other than the usual one, anything but whitespace outside
 * the root element, or a root left open: then saxes reads the text. `test/xlsx/sheet-data.test.ts` compares both.
 */
import { Give, Scanner, SLASH, type SaxTag } from './xml-scan';

export type SaxEvent = { eventType: 'opentag' | 'closetag'; value: SaxTag } | { eventType: 'text'; value: string };

/** The XML declaration writers put first. */
const DECLARATION = /<\?xml version="1\.0"(?: encoding="UTF-8")?(?: standalone="(?:yes|no)")?\?>/y;
const WHITESPACE = /^[ \t\n]*$/;

/** The events for `text` without text[start, end) (see the header), or null. */
export function restEvents(text: string, start: number, end: number): SaxEvent[] | null {
  const events: SaxEvent[] = [];
  const s = new Scanner(text, 0);
  const stack: SaxTag[] = [];
  let skipped = false;
  try {
    if (text.startsWith('<?')) {
      DECLARATION.lastIndex = 0;
      if (!DECLARATION.exec(text)) return null;
      s.i = DECLARATION.lastIndex;
    }
    for (;;) {
      if (s.i === start && !skipped) {
        s.i = end;
        skipped = true;
      }
      const from = s.i;
      if (stack.length) {
        const data = s.chars(true)!;
        if (data) events.push({ eventType: 'text', value: data });
      } else {
        s.chars(false); // whitespace before the root, reported as it is
        if (s.i > from) events.push({ eventType: 'text', value: text.slice(from, s.i) });
      }
      if (text.charCodeAt(s.i + 1) === SLASH) {
        const tag = stack.pop();
        if (!tag) return null;
        s.tag(tag.name);
        events.push({ eventType: 'closetag', value: tag });
      } else {
        const tag = s.openAll();
        events.push({ eventType: 'opentag', value: tag });
        if (tag.isSelfClosing) events.push({ eventType: 'closetag', value: tag });
        else stack.push(tag);
      }
      // The root closed: nothing but whitespace may follow (saxes reports none of it before the end).
      if (!stack.length) return skipped && WHITESPACE.test(text.slice(s.i)) ? events : null;
    }
  } catch (e) {
    if (e instanceof Give) return null;
    throw e;
  }
}
