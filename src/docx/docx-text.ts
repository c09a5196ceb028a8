/**
 * The text of a .docx (last year's 情况说明): word/document.xml read with JSZip — in the browser and in Node — one
 * line per paragraph (<w:p>), <w:tab/> as a tab, <w:br/> as a line break, table cells as paragraphs. Bounded: the
 * file at most 50 MB, the document part inflated as a stream and stopped past 64 MB whatever its header claims, at
 * most 2 million paragraphs. Anything else (not a zip, no document part, an encrypted file) is a DocxTextError with
 * a message for the user.
 */
import JSZip from 'jszip';

export class DocxTextError extends Error {}

export const DOCX_LIMITS = { fileBytes: 50 * 2 ** 20, documentBytes: 64 * 2 ** 20, paragraphs: 2_000_000 };

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITY[e]!;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The text of document.xml: paragraphs as lines. */
export function documentXmlText(xml: string): string {
  const lines: string[] = [];
  for (const p of xml.split(/<\/w:p>/)) {
    if (lines.length >= DOCX_LIMITS.paragraphs) break;
    let line = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:cr\/>/g)) {
      if (m[1] !== undefined) line += decodeEntities(m[1]);
      else line += m[0] === '<w:tab/>' ? '\t' : '\n';
    }
    if (/<w:p[\s>]/.test(p) || line) lines.push(line);
  }
  return lines.join('\n').replace(/\n+$/, '');
}

/** JSZip's documented `internalStream` (StreamHelper), absent from its type declarations. */
interface StreamHelper {
  on(event: 'data', f: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'error', f: (e: Error) => void): StreamHelper;
  on(event: 'end', f: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/** Inflates one part as a stream, refusing it past `limit` bytes. */
function boundedText(file: JSZip.JSZipObject, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const stream = (file as unknown as { internalStream(type: 'uint8array'): StreamHelper }).internalStream('uint8array');
    stream
      .on('data', (chunk) => {
        total += chunk.length;
        if (total > limit) {
          stream.pause();
          reject(new DocxTextError(`Word 文件的正文超过 ${limit / 2 ** 20} MB，未读取`));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', (e) => reject(new DocxTextError(`Word 文件已损坏，无法读取（${e.message.slice(0, 80)}）`)))
      .on('end', () => {
        const all = new Uint8Array(total);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        resolve(new TextDecoder('utf-8').decode(all));
      })
      .resume();
  });
}

export async function docxText(bytes: Uint8Array): Promise<string> {
  if (bytes.length > DOCX_LIMITS.fileBytes) throw new DocxTextError(`Word 文件超过 ${DOCX_LIMITS.fileBytes / 2 ** 20} MB，未读取`);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf)
    throw new DocxTextError('这是旧版 .doc 或加密的 Word 文件：请在 Word 中另存为 .docx，或复制正文粘贴为 .txt');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    throw new DocxTextError('不是有效的 .docx 文件（无法解压）');
  }
  const doc = zip.file('word/document.xml');
  if (!doc) throw new DocxTextError('不是 Word 文档：.docx 中没有正文（word/document.xml）');
  return documentXmlText(await boundedText(doc, DOCX_LIMITS.documentBytes));
}
