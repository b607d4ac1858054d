// V8 settings for the whole process, made when the CLI loads, before any worker thread starts (a
// thread's own command line may not carry V8 options). Each was measured on the 10k bench corpus;
// docs/scale-history.md has the runs, found by the flag's name.
import { setFlagsFromString } from 'node:v8';

// TurboFan inlines Array.prototype.map into optimised code as a loop that fills a holey array,
// while the builtin it replaces returns a packed one. Code that reads a map's result was optimised
// on the packed arrays of the warm-up and is thrown away ("wrong map") as soon as the function
// making the array is optimised, once per isolate and site: most per-article functions are
// compiled twice or three times per worker (cleanArticle three, at 0.3 s each). With the array
// builtins called instead of inlined (process-wide, so before the threads start), a 10k run had
// 9 "wrong map" deoptimisations instead of 91 and 581 compilations instead of 694, and took 4.9%
// less CPU over six pairs run side by side.
setFlagsFromString('--no-turbo-inline-array-builtins');

// V8 lets a busy heap grow to several times its live size between full collections. The worker
// threads allocate fast and wait in Atomics.wait between tasks, where no idle-time collection runs,
// so each keeps a few hundred MB of garbage. Growing by at most half after each full collection
// (a process-wide setting, so before the threads start) took a 10k-article run from about 780 MB
// to about 500 MB peak RSS; its CPU cost was within the noise of a shared machine. V8 adds the
// young generation's capacity to that growth (a worker's: a 32 MB semi-space at a heap limit of 1 GB
// or more, V8's 16 MB below, pool.ts workerResourceLimits), so at half a worker's old
// space still reached about twice its live size, and a heap keeps most of what it once committed: at 100k
// articles the workers' heaps reached 217 and 241 MB; with a tenth, 189 and 200 in a run beside it
// (peak RSS 790 -> 712 MB), for more full collections (the workers' 24 -> 59).
setFlagsFromString('--heap-growing-percent=10');
// A young-generation collection copies what survives it, in parallel tasks by default. The
// workers' survivors are small (0.1-1.5 MB per collection in a 10k run, by --trace-gc-nvp), yet
// their collections pause them 2-70 ms: each waits for helper tasks that the two cores, busy
// with the other worker and the main thread, run late. Copied by the collecting thread alone
// (also process-wide, so here), a 10k run took 6% less CPU over eight alternating pairs on a
// host loaded by other jobs, and the same on an idle one.
setFlagsFromString('--no-parallel-scavenge');
