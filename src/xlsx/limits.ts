/**
 * What the file reader reads at most (README «大小限制»). Beyond a sheet's row or column limit, a few stray cells are
 * skipped and said; a real table that large (more than `strayCells` cells beyond the limit) is refused before reading.
 */
export const LIMITS = {
  fileBytes: 200 * 2 ** 20,
  inflatedBytes: 600 * 2 ** 20,
  rows: 200_000,
  columns: 2_000,
  mergeCells: 1_000_000,
  strayCells: 1_000,
  /** Bytes the reader may spend on one workbook's cells; unset: half of this process's heap (files.ts memoryBudget). */
  memoryBytes: undefined as number | undefined,
};
