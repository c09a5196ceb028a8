/**
 * Excel on the web accepts at most 5 MB per request and per response (office-js-docs-pr #2846; desktop has no such
 * limit). The adapter keeps each round trip under BUDGET by estimating what it sends and asks for, and syncs early
 * only when a batch would pass it: a workbook of ordinary size still takes the same few round trips; a large one
 * takes one more per ~4 MB. Estimates are checked by the strict fake, which throws past 5 MB as Excel does.
 */
export const BUDGET = 4 * 1024 * 1024;

/**
 * What the pane reads of one sheet at most: the file reader's row and column limits (src/xlsx/limits.ts), and no more
 * rows than keep the sheet within `cells` — a used range stretched by one stray value at XFD1048576 is not read
 * cell by cell (the part beyond is said, as the file reader says it).
 */
export const READ_LIMIT = { rows: 200_000, cols: 2_000, cells: 1_000_000 };

/** Bytes per cell of a used-range read: values + number formats, and the fill properties when read. */
export const READ_BYTES_PER_CELL = { plain: 64, withFills: 160 };

/** UTF-8 JSON size of a value sent to Excel (a matrix of values, an address…). */
export function sentBytes(v: unknown): number {
  const s = JSON.stringify(v) ?? '';
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x800) n += 2;
    else if (c >= 0x80) n += 1;
  }
  return n;
}

/** Queues operations and syncs before the queued request would pass BUDGET. */
export class Batch {
  private bytes = 0;
  syncs = 0;
  constructor(private readonly ctx: Excel.RequestContext) {}
  /** Reserve room for an operation of `n` bytes, syncing what is queued first if it would not fit. */
  async room(n: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + n > BUDGET) await this.flush();
    this.bytes += n;
  }
  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    await this.ctx.sync();
    this.syncs++;
    this.bytes = 0;
  }
}
