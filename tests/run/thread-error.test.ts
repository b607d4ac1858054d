import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config-file.js';
import { InstallationError } from '../../src/installation-error.js';
import { receivedError, sendableError } from '../../src/run/thread-error.js';

/** What the main thread gets of an error a task throws in a worker thread: a structured clone, as postMessage makes. */
const acrossThreads = (error: unknown): unknown => receivedError(structuredClone(sendableError(error)));

describe('sendableError, receivedError', () => {
  it('keep the class the command line tells errors apart by, the message and the stack', () => {
    for (const [error, kind] of [
      [new InstallationError('data/x.txt: cannot be read (ENOENT)'), InstallationError],
      [new ConfigError('"output": out is inside the input'), ConfigError],
    ] as const) {
      const received = acrossThreads(error) as Error;
      expect(received).toBeInstanceOf(kind);
      expect(received.name).toBe(error.name);
      expect(received.message).toBe(error.message);
      expect(received.stack).toBe(error.stack);
    }
  });

  it('keep the name and code of other errors, and what is no Error as it is', () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    expect(acrossThreads(missing)).toMatchObject({ name: 'Error', message: missing.message, code: 'ENOENT' });
    class SpoolError extends Error {
      override name = 'SpoolError';
    }
    expect(acrossThreads(new SpoolError('cut short'))).toMatchObject({ name: 'SpoolError', message: 'cut short' });
    expect(acrossThreads(new RangeError('too deep'))).toMatchObject({ name: 'RangeError', message: 'too deep' });
    expect(acrossThreads('a string')).toBe('a string');
  });

  it('are needed: a structured clone alone loses the name and the code', () => {
    const clone = structuredClone(Object.assign(new InstallationError('x'), { code: 'ENOENT' }));
    expect(clone).toMatchObject({ name: 'Error', message: 'x' });
    expect((clone as { code?: string }).code).toBeUndefined();
  });
});
