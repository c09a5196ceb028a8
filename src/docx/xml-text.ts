/**
 * Text as XML 1.0 can hold it: the characters it forbids (C0 controls other than tab, line feed and carriage return;
 * U+FFFE, U+FFFF; unpaired surrogates) are left out, so a label that carried one (an `_xFFFF_` escape decoded) never
 * makes an output LibreOffice or Word refuses to open.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ANY = new RegExp(FORBIDDEN.source);

export const xmlSafe = (s: string): string => (ANY.test(s) ? s.replace(FORBIDDEN, '') : s);
