/**
 * ExcelJS's Workbook class without the rest of the package: `require('exceljs')` also loads the streaming reader
 * and writer (unzipper, archiver chains), about half of its start-up time, which no command here uses. The CSV
 * reader/writer that `lib/doc/workbook` requires at its top (fast-csv, dayjs and their helpers: 55 modules, a fifth of
 * what a `check` loads) is loaded only if `workbook.csv` is ever used: nothing here does.
 */
import type ExcelJS from 'exceljs';

/* eslint-disable @typescript-eslint/no-require-imports -- deep entries of exceljs 4.4.0 (pinned) */
const csvPath = require.resolve('exceljs/lib/csv/csv');
/** Node's module class; in the page's bundle `node:module` is an empty stub (webpack), and the CSV module is aliased away. */
const NodeModule = require('node:module') as typeof import('node:module') | Record<string, never>;
if (typeof NodeModule === 'function' && !require.cache[csvPath]) {
  // The module ExcelJS's workbook gets for '../csv/csv': a constructor that loads the real CSV class when called.
  const lazy = new NodeModule(csvPath, module);
  lazy.filename = csvPath;
  lazy.loaded = true;
  lazy.exports = function CSV(this: unknown, workbook: unknown) {
    delete require.cache[csvPath];
    const Real = require(csvPath) as new (wb: unknown) => unknown;
    return new Real(workbook);
  };
  require.cache[csvPath] = lazy;
}

export const Workbook: typeof ExcelJS.Workbook = require('exceljs/lib/doc/workbook');
/* eslint-enable @typescript-eslint/no-require-imports */
