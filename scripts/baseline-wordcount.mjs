// The bench's reference point: read every .txt file below a directory (or the lines of a .jsonl
// file) and count words with one regular expression into a Map, in one thread. Prints JSON.
// Reads are synchronous, as the pipeline's are: with fs/promises' readFile the whole script took
// 5-6 CPU s on 10,000 small files on one host instead of 1.2-1.6, which would make the baseline
// slow for a reason that has nothing to do with counting words.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WORD = /\w+/g;
const counts = new Map();
let bytes = 0;
let documents = 0;

function count(text) {
  documents++;
  for (const word of text.toLowerCase().match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
}

function walk(dir) {
  const entries = readdirSync(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.txt')) {
      const data = readFileSync(path);
      bytes += data.length;
      count(data.toString('utf8'));
    }
  }
}

const input = process.argv[2];
const started = performance.now();
if (statSync(input).isDirectory()) walk(input);
else {
  const data = readFileSync(input);
  bytes = data.length;
  for (const line of data.toString('utf8').split('\n')) if (line) count(JSON.parse(line).text);
}
console.log(JSON.stringify({ documents, bytes, distinctWords: counts.size, ms: performance.now() - started }));
