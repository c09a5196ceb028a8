/**
 * The CLI's inflater: Node's zlib, once per part (a third faster than JSZip's JavaScript inflater over a thousand
 * sheets), bounded by `maxOutputLength`; a large part streamed in 1 MiB chunks. A part that is stored (not deflated)
 * goes through JSZip.
 */
import type JSZip from 'jszip';
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { InflateBroken, InflateTooLarge, jszipInflater, type Inflater } from './inflater';

interface RawEntry {
  compressedContent?: Uint8Array;
  compression?: { magic?: string };
}

const deflated = (zip: JSZip, name: string): Uint8Array | null => {
  const raw = (zip.file(name) as unknown as { _data?: RawEntry })._data;
  return raw?.compressedContent && raw.compression?.magic === '\x08\x00' ? raw.compressedContent : null;
};

export const nodeInflater: Inflater = {
  async whole(zip, name, max) {
    const raw = deflated(zip, name);
    if (!raw) {
      const out = await zip.file(name)!.async('uint8array');
      if (out.length > max) throw new InflateTooLarge(name);
      return out;
    }
    try {
      return inflateRawSync(raw, { maxOutputLength: Math.max(1, max) });
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new InflateTooLarge(name);
      throw new InflateBroken(name);
    }
  },
  async stream(zip, name, take) {
    const raw = deflated(zip, name);
    if (!raw) return jszipInflater.stream(zip, name, take);
    const source = createInflateRaw({ chunkSize: 1 << 20 }).end(raw);
    await new Promise<void>((done, fail) => {
      source.on('data', (b: Buffer) => {
        if (take(b)) return;
        source.destroy();
        done();
      });
      source.on('end', () => done());
      source.on('error', fail);
    });
  },
};
