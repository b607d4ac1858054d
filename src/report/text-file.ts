// An output file written in large appends: rows arrive as many small pieces, and one write system
// call per piece would cost more than rendering them, so they go out a few hundred KB at a time.
// Pieces are UTF-8 bytes when they were rendered in a worker (encoded there and handed over, so
// the main thread only passes them to the file).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const FLUSH_BYTES = 256 * 1024;

export interface TextFile {
  write(text: string | Uint8Array): Promise<void>;
  close(): Promise<void>;
}

export function openTextFile(path: string): TextFile {
  const out = createWriteStream(path);
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let failed: Error | null = null;
  out.on('error', (error) => (failed = error));
  const flush = async (): Promise<void> => {
    if (failed) throw failed;
    if (!pending.length) return;
    // Corked, the pieces go out in one writev call: no copy into a fresh buffer of their total size
    // (about 130 MB of them in a 10k run, each flush's in newly mapped pages).
    const pieces = pending;
    pending = [];
    pendingBytes = 0;
    out.cork();
    let more = true;
    for (const piece of pieces) more = out.write(piece);
    out.uncork();
    if (!more) await once(out, 'drain');
  };
  return {
    async write(text) {
      const bytes = typeof text === 'string' ? Buffer.from(text) : text;
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= FLUSH_BYTES) await flush();
    },
    async close() {
      await flush();
      out.end();
      await once(out, 'close');
      if (failed) throw failed;
    },
  };
}
