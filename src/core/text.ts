/**
 * Text normalisation for matching printed labels: full-width → half-width ASCII, one kind of quotes,
 * all whitespace removed (Word line-fill spaces, wrapped header lines), Word bookmark artefacts dropped.
 */

/** Full-width ASCII range (！…～) to half-width; ideographic space to a space. */
const WIDE = /[\uFF01-\uFF5E\u3000]/;
export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** Characters labelKey may change; a string without any is its own key (most cells: numbers, plain labels). */
const NEEDS_WORK = /[\s\uFF01-\uFF5E\u3000“”„‟"‘’'（）[]/;
/** Keys of strings seen before (recognition asks for the same labels in every table); bounded. */
const KEYS = new Map<string, string>();

/** Key used to compare labels: no whitespace, half-width, straight quotes, no bookmarks. */
export function labelKey(s: unknown): string {
  if (s === null || s === undefined) return '';
  const str = typeof s === 'string' ? s : String(s);
  if (!NEEDS_WORK.test(str)) return str;
  let k = KEYS.get(str);
  if (k !== undefined) return k;
  k = toHalfWidth(str)
    .replace(/\[bookmark: [^\]]*\]/g, '')
    .replace(/[“”„‟"＂]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/\s+/g, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')');
  if (KEYS.size >= 50_000) KEYS.clear();
  KEYS.set(str, k);
  return k;
}

const ORDINAL = /^(?:[一二三四五六七八九十]+|\d+)[、.．]\s*/;

/** Label without its leading ordinal ("十五、资源勘探…" → "资源勘探…", "1、房屋" → "房屋") and without 其中：. */
export function bareLabel(s: unknown): string {
  return labelKey(s)
    .replace(ORDINAL, '')
    .replace(/^其中[:：]/, '');
}
