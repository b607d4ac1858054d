// The file the pool's threads load (pool.ts). piscina loads it with require() before trying import(),
// and Node 20.19+ lets require() load an ES module, linking it synchronously: a thread ended during
// that link (early threads closed unused, see early-workers.ts) aborted the whole process with a fatal
// V8 error ("IsGraphAsync must be used on an instantiated module"). This file is CommonJS, so require()
// only runs it; it exports a promise of the handler (a form piscina documents) loaded with import(),
// which an ending thread stops cleanly. A flag on the threads' command line could switch require() of
// ES modules off instead, but Node then refuses any V8 option given to node for the whole process
// (`node --max-old-space-size=4096 dist/cli.js`), so the threads keep Node's own inheritance.
export = import('./worker.js').then((worker) => worker.default);
