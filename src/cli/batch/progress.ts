// What a batch says on stderr: failures (always), notes and the summary line (unless --quiet),
// and a progress bar redrawn in place only when stderr is a terminal; a log file or a CI log
// gets no animation.
import type { Stream } from '../io.js';

export interface Counts {
  converted: number;
  failed: number;
  skipped: number;
}

const REDRAW_MS = 100;
const WIDTH = 20;
const CLEAR_LINE = '\r\x1b[K';

/** Milliseconds now: Date.now(), since the global `performance` loads Node's perf_hooks on first use (start-up). */
const now = () => Date.now();

export class Reporter {
  private readonly started = now();
  private lastDraw = -Infinity;
  private drawn = false;

  constructor(
    private readonly stderr: Stream,
    private readonly options: { quiet: boolean; bar: boolean; total: number },
  ) {}

  error(line: string): void {
    this.clear();
    this.stderr.write(`minutes: ${line}\n`);
  }

  note(line: string): void {
    if (this.options.quiet) return;
    this.clear();
    this.stderr.write(`minutes: ${line}\n`);
  }

  progress(counts: Counts): void {
    if (this.options.quiet || !this.options.bar) return;
    const at = now();
    if (at - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = at;
    const { total } = this.options;
    const worked = counts.converted + counts.failed;
    const done = worked + counts.skipped;
    const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
    const rate = worked / Math.max((at - this.started) / 1000, 1e-3);
    const failed = counts.failed > 0 ? ` · ${counts.failed} failed` : '';
    this.stderr.write(`${CLEAR_LINE}${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${done}/${total} files${failed} · ${rate.toFixed(1)} files/s`);
    this.drawn = true;
  }

  /** The last line of a batch: "N converted, M failed, K skipped". */
  summary(counts: Counts): void {
    this.clear();
    if (this.options.quiet) return;
    this.stderr.write(`${counts.converted} converted, ${counts.failed} failed, ${counts.skipped} skipped\n`);
  }

  private clear(): void {
    if (!this.drawn) return;
    this.stderr.write(CLEAR_LINE);
    this.drawn = false;
  }
}
