/**
 * How the reader inflates a zip part, per platform: Node's zlib for the CLI (./node-inflater.ts), JSZip's own
 * streamed inflater in the browser (here: the preview and the 离线版). Either way a part is inflated in chunks and
 * stopped as soon as it passes what is left of the budget, whatever size its header states.
 */
import type JSZip from 'jszip';

export interface Inflater {
  /** The part's bytes; throws InflateTooLarge once they pass `max`. */
  whole(zip: JSZip, name: string, max: number): Promise<Uint8Array>;
  /** The part's bytes in chunks through `take`, until it returns false or the part ends. */
  stream(zip: JSZip, name: string, take: (bytes: Uint8Array) => boolean): Promise<void>;
}

export class InflateTooLarge extends Error {}

/** Corrupt compressed data (a message for the part, not the inflater's English). */
export class InflateBroken extends Error {}

interface StreamHelper {
  on(event: 'data', f: (chunk: Uint8Array) => void): StreamHelper;
  on(event: 'end', f: () => void): StreamHelper;
  on(event: 'error', f: (e: Error) => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

function pump(zip: JSZip, name: string, take: (bytes: Uint8Array) => boolean): Promise<void> {
  const entry = zip.file(name) as unknown as { internalStream(type: 'uint8array'): StreamHelper };
  return new Promise<void>((done, fail) => {
    let stopped = false;
    const s = entry.internalStream('uint8array');
    s.on('data', (chunk) => {
      if (stopped) return;
      if (take(chunk)) return;
      stopped = true;
      s.pause();
      done();
    })
      .on('end', () => done())
      .on('error', (e) => fail(stopped ? e : new InflateBroken(e.message)));
    s.resume();
  });
}

/** JSZip's inflater (pako), chunk by chunk: no platform API needed. */
export const jszipInflater: Inflater = {
  async whole(zip, name, max) {
    const parts: Uint8Array[] = [];
    let size = 0;
    let over = false;
    await pump(zip, name, (chunk) => {
      size += chunk.length;
      if (size > max) {
        over = true;
        return false;
      }
      parts.push(chunk);
      return true;
    });
    if (over) throw new InflateTooLarge(name);
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  },
  stream: pump,
};
