/**
 * ExcelJS's Workbook class without the rest of the package: `require('exceljs')` also loads the streaming reader
 * and writer (unzipper, archiver chains), about half of its start-up time, which no command here uses.
 */
import type ExcelJS from 'exceljs';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a deep entry of exceljs 4.4.0 (pinned)
export const Workbook: typeof ExcelJS.Workbook = require('exceljs/lib/doc/workbook');
