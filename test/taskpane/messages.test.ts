/**
 * Every error that can reach the pane is shown in Chinese with what to do; the library's or Office's own words only
 * as a detail. Fed: each Office error code, unknown Office codes, zip/file, download, clipboard and network errors,
 * and our own Chinese messages. Also: no panel puts an error's raw text into its visible status.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { userMessage } from '../../src/taskpane/messages';

/** Three Latin words in a row: an English sentence. */
const LATIN_SENTENCE = /[A-Za-z]+[\s,.'’:()-]+[A-Za-z]+[\s,.'’:()-]+[A-Za-z]+/;
const officeError = (code: string, message: string) => Object.assign(new Error(message), { code, name: 'RichApi.Error' });

it.each<[string, unknown]>([
  ['ItemNotFound', officeError('ItemNotFound', "The requested resource doesn't exist.")],
  ['InvalidArgument', officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.')],
  ['InvalidOperation', officeError('InvalidOperation', 'The requested operation is invalid.')],
  ['AccessDenied', officeError('AccessDenied', 'You cannot perform the requested operation.')],
  ['RequestPayloadSizeLimitExceeded', officeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.')],
  [
    'ResponsePayloadSizeLimitExceeded',
    officeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.'),
  ],
  ['GeneralException', officeError('GeneralException', 'There was an internal error while processing the request.')],
  ['an unknown Office code', officeError('InsertDeleteConflict', 'The insert or delete operation attempted resulted in a conflict.')],
  [
    'a zip error (JSZip)',
    new Error(
      'End of data reached (data length = 17, asked index = 65536). Corrupted zip ? See https://stuk.github.io/jszip/documentation/howto/read_zip.html',
    ),
  ],
  ['a download blocked', new DOMException('Failed to execute click on HTMLAnchorElement: blocked', 'SecurityError')],
  ['the clipboard refused', new DOMException('Write permission denied.', 'NotAllowedError')],
  ['a failed chunk load', new Error('Loading chunk docx failed. (error: https://localhost:3000/docx.js)')],
  ['a TypeError', new TypeError("Cannot read properties of undefined (reading 'values')")],
  ['a string thrown', 'Something went wrong in the host'],
  ['nothing useful', undefined],
])('%s: a Chinese sentence that says what to do, the raw text only as a detail', (_what, e) => {
  const m = userMessage(e, '检查未完成');
  expect(m.text).toMatch(/^检查未完成：/);
  expect(m.text).toMatch(/[\u4e00-\u9fff]{4}/);
  expect(m.text).not.toMatch(LATIN_SENTENCE);
  expect(m.text).not.toMatch(/https?:/);
  expect(m.text).toMatch(/请|重试|重新/);
});

it('our own Chinese messages are shown as they are', () => {
  expect(userMessage(new Error('找不到工作表“部门预算收支总表”'), '检查未完成').text).toBe('检查未完成：找不到工作表“部门预算收支总表”');
});

it('no panel shows an error’s raw text in its status (every catch goes through userMessage)', () => {
  const dir = join(__dirname, '..', '..', 'src', 'taskpane');
  const raw = readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f) && f !== 'messages.ts')
    .flatMap((f) =>
      readFileSync(join(dir, f), 'utf8')
        .split('\n')
        .map((l, i) => [f, i + 1, l] as const)
        .filter(([, , l]) => /\$\{\(?\w+( as Error)?\)?\.message\}/.test(l)),
    );
  expect(raw).toEqual([]);
});
