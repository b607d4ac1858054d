// An output file written in large appends: rows arrive as many small strings, and one write
// system call per string would cost more than rendering them.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const FLUSH_CHARS = 256 * 1024;

export interface TextFile {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

export function openTextFile(path: string): TextFile {
  const out = createWriteStream(path);
  let pending: string[] = [];
  let pendingChars = 0;
  let failed: Error | null = null;
  out.on('error', (error) => (failed = error));
  const flush = async (): Promise<void> => {
    if (failed) throw failed;
    if (!pending.length) return;
    const text = pending.join('');
    pending = [];
    pendingChars = 0;
    if (!out.write(text)) await once(out, 'drain');
  };
  return {
    async write(text) {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= FLUSH_CHARS) await flush();
    },
    async close() {
      await flush();
      out.end();
      await once(out, 'close');
      if (failed) throw failed;
    },
  };
}
