/**
 * Worksheet names: Excel's rules (≤ 31 characters, none of : \ / ? * [ ], not blank, unique ignoring case)
 * and the numbered suffix that keeps an insert from ever touching an existing sheet.
 */
const FORBIDDEN = /[:\\/?*[\]]/g;
export const MAX_SHEET_NAME = 31;

export function sanitizeSheetName(name: string): string {
  const s = name
    .replace(FORBIDDEN, '')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (s || '工作表').slice(0, MAX_SHEET_NAME);
}

/** Returns a name not in `taken` (compared ignoring case); adds it to `taken`. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = sanitizeSheetName(wanted);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = `(${i})`;
    name = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}
