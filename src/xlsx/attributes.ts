/** XML attribute values read from one element's text, whatever the quotes and spacing, entities decoded. */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const point = (n: number) => {
  try {
    return String.fromCodePoint(n);
  } catch {
    return '\uFFFD';
  }
};

/** The expression for each attribute name asked for (made once: a thousand sheets' parts ask for the same few). */
const EXPRESSIONS = new Map<string, RegExp>();

/** An attribute's value in one element's text (`<c r='A1'>`, `<c r = "A1">`, `<c r="A&#49;">` → "A1"). */
export function attribute(tag: string, name: string): string | undefined {
  let re = EXPRESSIONS.get(name);
  if (!re) EXPRESSIONS.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = re.exec(tag);
  const v = m ? (m[1] ?? m[2]) : undefined;
  return v?.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (_e, d?: string, h?: string, n?: string) =>
    d ? point(Number(d)) : h ? point(parseInt(h, 16)) : NAMED[n!]!,
  );
}
