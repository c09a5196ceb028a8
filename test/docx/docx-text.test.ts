/** The .docx text reader for last year's 说明: paragraphs, tabs, entities; bounded and hostile-input safe. */
import JSZip from 'jszip';
import { DOCX_LIMITS, docxText, DocxTextError, documentXmlText } from '../../src/docx/docx-text';
import { decodeText, priorFromBytes, PriorSourceError } from '../../src/docx/prior-source';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const zipOf = async (files: Record<string, string>) => {
  const z = new JSZip();
  for (const [k, v] of Object.entries(files)) z.file(k, v);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
};

it('paragraphs become lines; runs join; tabs, breaks and entities are read', () => {
  const xml = `<w:document ${W}><w:body><w:p><w:r><w:t>2021年收入</w:t></w:r><w:r><w:t xml:space="preserve">预算 100.00</w:t></w:r><w:r><w:t>万元</w:t></w:r></w:p><w:p/><w:p><w:r><w:t>A&amp;B&lt;C&#x4E00;&#20108;</w:t><w:tab/><w:t>x</w:t><w:br/><w:t>y</w:t></w:r></w:p></w:body></w:document>`;
  expect(documentXmlText(xml)).toBe('2021年收入预算 100.00万元\nA&B<C一二\tx\ny'); // an empty <w:p/> adds no line
});

it.each([
  ['not a zip', new TextEncoder().encode('hello'), /不是有效的 .docx/],
  ['an old .doc / encrypted file', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), /旧版 .doc 或加密/],
])('%s → a message, not a crash', async (_, bytes, message) => {
  await expect(docxText(bytes)).rejects.toThrow(message);
});

it('a zip without word/document.xml is not a Word document', async () => {
  await expect(docxText(await zipOf({ 'a.txt': 'x' }))).rejects.toThrow(/没有正文/);
});

it('a document part inflating past the limit is refused while streaming (a zip bomb never fills memory)', async () => {
  const saved = DOCX_LIMITS.documentBytes;
  DOCX_LIMITS.documentBytes = 100_000;
  try {
    const bomb = await zipOf({
      'word/document.xml': `<w:document ${W}><w:body>${'<w:p><w:r><w:t>0</w:t></w:r></w:p>'.repeat(20_000)}</w:body></w:document>`,
    });
    expect(bomb.length).toBeLessThan(20_000);
    await expect(docxText(bomb)).rejects.toBeInstanceOf(DocxTextError);
  } finally {
    DOCX_LIMITS.documentBytes = saved;
  }
});

it('text files: UTF-8 with BOM and GB18030 both read', () => {
  expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('收入')]))).toBe('收入');
  expect(decodeText(Uint8Array.from([0xca, 0xd5, 0xc8, 0xeb]))).toBe('收入'); // GBK 收入
});

it('a prior file with no figures, or of another kind, is refused with a message', async () => {
  const never = () => Promise.reject(new Error('not called'));
  await expect(priorFromBytes(new TextEncoder().encode('没有数字'), 'a.txt', never)).rejects.toThrow(/没有读到上年的预算数字/);
  await expect(priorFromBytes(new Uint8Array(1), 'a.pdf', never)).rejects.toBeInstanceOf(PriorSourceError);
  await expect(priorFromBytes(new Uint8Array(1), 'a.xlsx', never)).rejects.toThrow(/不是有效的 .xlsx/);
});
