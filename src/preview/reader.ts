/** The preview's lazily loaded reader: the CLI's bounded workbook reader and the browser's inflater, in one chunk. */
export { readWorkbookBytes } from '../xlsx/read-workbook';
export { jszipInflater } from '../xlsx/inflater';
