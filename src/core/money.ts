/**
 * Amounts as shown: parsed exactly from the displayed text (or the stored value and its number format), never through
 * binary floats — an integer of the shown decimals when it fits, a decimal.js value made only when asked for. Blank ("", "-", "--", "—") stays distinct from 0. Decimals are kept for the
 * rounding interval (XBRL Calculations 1.1: a figure shown with d decimals stands for v ± ½·10⁻ᵈ).
 */
import DecimalJs from 'decimal.js';
import { toHalfWidth } from './text';

/**
 * decimal.js for money, a clone of its own: exact at any magnitude a cell can hold (a double reaches 1.8·10³⁰⁸;
 * figures keep a few decimals, and 万元/元 conversions four more), where decimal.js's default of 20 significant
 * digits would round 1E+308 + 439.20. The shared `Decimal` of the package keeps its defaults for anyone else.
 */
export const Decimal: DecimalJs.Constructor = DecimalJs.clone({ precision: 330 });
export type Decimal = DecimalJs;

/**
 * A number as shown. `scaled` is the figure as an exact integer of 10⁻ᵈᵉᶜⁱᵐᵃˡˢ (23813 for "238.13"), or null when it
 * has more than 15 significant digits; `value` (decimal.js) is built only when asked for — most figures are only
 * added up, which `scaled` does exactly without allocating.
 */
export interface NumberAmount {
  kind: 'number';
  readonly value: Decimal;
  decimals: number;
  scaled: number | null;
}

export type Amount = { kind: 'blank' } | NumberAmount | { kind: 'text'; text: string };

/** A number shown with `decimals`; its Decimal is made on first use (a class: no closures per amount). */
class ShownNumber implements NumberAmount {
  readonly kind = 'number' as const;
  private v: Decimal | undefined;
  constructor(
    private readonly text: string,
    readonly decimals: number,
    readonly scaled: number | null,
  ) {}
  get value(): Decimal {
    return (this.v ??= new Decimal(this.text));
  }
}

/** A number from its plain decimal text ("-238.1") shown with `decimals` (≥ the text's own). */
function numberAmount(raw: string, decimals: number): NumberAmount {
  const dot = raw.indexOf('.');
  const own = dot < 0 ? 0 : raw.length - dot - 1;
  const text = own >= decimals ? raw : `${dot < 0 ? `${raw}.` : raw}${'0'.repeat(decimals - own)}`;
  // The digits without the point, read as an integer: exact up to 15 significant digits, i.e. below 10¹⁵.
  const point = text.indexOf('.');
  const n = Number(point < 0 ? text : text.slice(0, point) + text.slice(point + 1));
  return new ShownNumber(text, decimals, Math.abs(n) < 1e15 ? n : null);
}

const BLANK = /^(?:|-|--|—|——|－|－－|\/)$/;

const FORMAT_DECIMALS = new Map<string, number | undefined>();
/** Decimals a number format shows: "0.00" → 2, "#,##0.0" → 1, "General"/"@" → undefined (memoized per format). */
export function formatDecimals(numberFormat: string | undefined): number | undefined {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return undefined;
  if (FORMAT_DECIMALS.has(numberFormat)) return FORMAT_DECIMALS.get(numberFormat);
  const d = decimalsOf(numberFormat);
  // A workbook uses a handful of formats; the memo is bounded all the same.
  if (FORMAT_DECIMALS.size < 1000) FORMAT_DECIMALS.set(numberFormat, d);
  return d;
}

function decimalsOf(numberFormat: string): number | undefined {
  const first = numberFormat.split(';')[0]!;
  const m = /\.([0#?]+)/.exec(first);
  if (m) return m[1]!.length;
  return /[0#]/.test(first) ? 0 : undefined;
}

/** Separators only between groups of three digits of the whole part ("1,240.26", "1 240.26"). */
const GROUPED = /^\d{1,3}(?:[,，\s]\d{3})+(?:\.\d+)?$/;

/**
 * Parses a displayed amount: "1,240.26", "４６．６４", " 12 ", "(3.00)" or "-3.00". A separator anywhere else
 * ("7,08.68", "708，68", "12 34") is not guessed at: the text is unreadable, as a typo should be.
 */
export function parseAmountText(raw: string): Amount {
  const wide = toHalfWidth(raw).trim();
  const s = wide.replace(/[\s,，]/g, '');
  if (BLANK.test(s)) return { kind: 'blank' };
  const digits = wide.replace(/^\(\s*(.*?)\s*\)$/, '$1').replace(/^[-+]\s*/, '');
  if (/[\s,，]/.test(digits) && !GROUPED.test(digits)) return { kind: 'text', text: raw };
  const neg = /^\((.*)\)$/.exec(s);
  const body = neg ? `-${neg[1]}` : s;
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(body) && !/^[-+]?\.\d+$/.test(body)) return { kind: 'text', text: raw };
  const dot = body.indexOf('.');
  return numberAmount(
    body.startsWith('.') || body.startsWith('-.') || body.startsWith('+.') ? body.replace('.', '0.') : body,
    dot < 0 ? 0 : body.length - dot - 1,
  );
}

/** A float as plain decimal text of at most 15 significant digits ("238.13"), or null in exponent form. */
function plainDecimal(value: number): string {
  // Up to 15 characters without an exponent: at most 15 significant digits already, the same as below.
  const shortest = String(value);
  if (shortest.length <= 15 && !shortest.includes('e')) return shortest;
  const p = value.toPrecision(15);
  const s = String(Number(p));
  // Near the largest double, 15 digits round past it (Number("1.79769313486232e+308") is Infinity): kept exact.
  return /e|Infinity/i.test(s) ? new Decimal(p).toFixed() : s;
}

/**
 * An amount from a cell: its displayed text when the host gave one, else the stored value shown with its
 * number format's decimals (a stored float is rounded to those decimals, half away from zero, as Excel shows it).
 */
export function cellAmount(value: unknown, numberFormat?: string, text?: string): Amount {
  if (text !== undefined && text !== null && String(text).trim() !== '' && typeof value === 'number') return parseAmountText(String(text));
  if (value === null || value === undefined) return { kind: 'blank' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'text', text: String(value) };
    const d = formatDecimals(numberFormat);
    if (d !== undefined) {
      const plain = plainDecimal(value);
      const dot = plain.indexOf('.');
      // Already within the shown decimals: exact as it is; otherwise rounded half away from zero, as Excel shows it.
      if (dot < 0 || plain.length - dot - 1 <= d) return numberAmount(plain, d);
      return numberAmount(new Decimal(value.toPrecision(15)).toDecimalPlaces(d, Decimal.ROUND_HALF_UP).toFixed(d), d);
    }
    const str = new Decimal(value.toPrecision(15)).toString();
    return parseAmountText(str);
  }
  if (typeof value === 'boolean') return { kind: 'text', text: String(value) };
  return parseAmountText(String(value));
}

const HALF_UNITS: Decimal[] = [];
/** Half a unit of the last shown decimal: 2 decimals → 0.005. */
export function halfUnit(decimals: number): Decimal {
  return (HALF_UNITS[decimals] ??= new Decimal(5).times(new Decimal(10).pow(-(decimals + 1))));
}
