// An output file written in large appends: rows arrive as many small pieces, and one write system
// call per piece would cost more than rendering them. Pieces are UTF-8 bytes when they were
// rendered in a worker (encoded there, so the main thread only copies them to the file).
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
    const bytes = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    if (!out.write(bytes)) await once(out, 'drain');
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
