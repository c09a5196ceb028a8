/**
 * Amounts as shown: parsed into decimal.js from the displayed text (or the stored value and its number format),
 * never from binary floats. Blank ("", "-", "--", "—") stays distinct from 0. Decimals are kept for the
 * rounding interval (XBRL Calculations 1.1: a figure shown with d decimals stands for v ± ½·10⁻ᵈ).
 */
import Decimal from 'decimal.js';
import { toHalfWidth } from './text';

export { Decimal };

export type Amount = { kind: 'blank' } | { kind: 'number'; value: Decimal; decimals: number } | { kind: 'text'; text: string };

const BLANK = /^(?:|-|--|—|——|－|－－|\/)$/;

/** Decimals a number format shows: "0.00" → 2, "#,##0.0" → 1, "General"/"@" → undefined. */
export function formatDecimals(numberFormat: string | undefined): number | undefined {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return undefined;
  const first = numberFormat.split(';')[0]!;
  const m = /\.([0#?]+)/.exec(first);
  if (m) return m[1]!.length;
  return /[0#]/.test(first) ? 0 : undefined;
}

/** Parses a displayed amount: "1,240.26", "４６．６４", " 12 ", "(3.00)" or "-3.00". */
export function parseAmountText(raw: string): Amount {
  const s = toHalfWidth(raw).replace(/[\s,，]/g, '');
  if (BLANK.test(s)) return { kind: 'blank' };
  const neg = /^\((.*)\)$/.exec(s);
  const body = neg ? `-${neg[1]}` : s;
  if (!/^[-+]?\d+(?:\.\d+)?$/.test(body) && !/^[-+]?\.\d+$/.test(body)) return { kind: 'text', text: raw };
  const dot = body.indexOf('.');
  return { kind: 'number', value: new Decimal(body), decimals: dot < 0 ? 0 : body.length - dot - 1 };
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
      return { kind: 'number', value: new Decimal(value.toPrecision(15)).toDecimalPlaces(d, Decimal.ROUND_HALF_UP), decimals: d };
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

/** "1234.5" shown with 2 decimals: "1234.50"; used in messages. */
export function show(d: Decimal, decimals = 2): string {
  return d.toFixed(decimals);
}
