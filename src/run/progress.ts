// Progress on stderr while the pipeline runs (stdout stays for the summary and --json):
// a bar redrawn in place on a terminal, a plain line every few seconds otherwise (logs, CI).

/** What the pipeline says of its progress (pipeline.ts runPipeline's onProgress). */
export interface ProgressEvent {
  pass: 'scan' | 'analyze' | 'report';
  /** Articles (or input items) done in this pass. */
  done: number;
  /** Items in this pass, when known (from the first pass on). */
  total: number | null;
}

const PASS_LABEL: Record<ProgressEvent['pass'], string> = { scan: 'Scanning', analyze: 'Analysing', report: 'Writing reports' };
const BAR_WIDTH = 24;

interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
}

interface ProgressOptions {
  /** Milliseconds between redraws on a terminal, and between lines otherwise. */
  intervalMs?: number;
  now?: () => number;
}

/** `1:05`, `12:00:03`: what is left, at a glance. */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return hours ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** One progress line: pass, done/total, a bar on terminals, rate and time left when known. */
export function formatProgress(event: ProgressEvent, elapsedSeconds: number, bar: boolean): string {
  const rate = elapsedSeconds > 0 ? event.done / elapsedSeconds : 0;
  const parts = [`${PASS_LABEL[event.pass]}:`];
  if (event.total) {
    const share = Math.min(1, event.done / event.total);
    if (bar) parts.push(`[${'#'.repeat(Math.round(share * BAR_WIDTH)).padEnd(BAR_WIDTH, '.')}]`);
    parts.push(`${event.done}/${event.total} articles (${Math.floor(share * 100)}%)`);
  } else {
    parts.push(`${event.done} articles`);
  }
  if (rate > 0) parts.push(`${rate.toFixed(rate < 10 ? 1 : 0)}/s`);
  if (event.total && rate > 0 && event.done < event.total) parts.push(`ETA ${formatDuration((event.total - event.done) / rate)}`);
  return parts.join(' ');
}

/**
 * A progress reporter for runPipeline's onProgress. Rates and ETA are per pass (each pass goes
 * over every article once). Without a terminal a pass prints only once it has taken longer than
 * the interval, so short runs stay silent. `done()` clears the bar before the summary is printed.
 */
export type ProgressReporter = ReturnType<typeof progressReporter>;

export function progressReporter(output: ProgressOutput, options: ProgressOptions = {}) {
  const tty = Boolean(output.isTTY);
  const interval = options.intervalMs ?? (tty ? 100 : 5_000);
  const now = options.now ?? Date.now;
  let pass: ProgressEvent['pass'] | null = null;
  let passStarted = 0;
  let lastShown = -Infinity;
  let shownOnTerminal = false;
  let shownThisPass = false;

  const show = (event: ProgressEvent, last: boolean): void => {
    const time = now();
    if (!(last && shownThisPass) && time - lastShown < interval) return;
    shownThisPass = true;
    lastShown = time;
    const line = formatProgress(event, (time - passStarted) / 1000, tty);
    if (tty) {
      output.write(`\r\x1b[2K${line}`);
      shownOnTerminal = true;
    } else output.write(`${line}\n`);
  };

  return {
    onProgress(event: ProgressEvent): void {
      if (event.pass !== pass) {
        pass = event.pass;
        passStarted = now();
        lastShown = tty ? -Infinity : passStarted;
        shownThisPass = false;
      }
      show(event, event.total !== null && event.done >= event.total);
    },
    done(): void {
      if (shownOnTerminal) output.write('\r\x1b[2K');
      shownOnTerminal = false;
    },
  };
}
