/**
 * A one-line progress bar for a terminal (stderr): files done of the total,
 * the rate and the time left, redrawn in place at most every REDRAW_MS.
 *   newsfacts: [########--------] 120/400 files  35.2/s  0:08 left
 * The CLI makes one only when stderr is a terminal (never in a pipe, a log
 * file or a test's capture) and not --quiet; the bar itself never checks.
 * Other lines go through `above`, which clears the bar, writes them and
 * draws the bar again below them.
 */
export class Progress {
  private done = 0;
  private drawn = false;
  private lastDraw = -Infinity;
  private readonly started: number;

  constructor(
    private readonly total: number,
    private readonly out: NodeJS.WriteStream,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
    this.draw();
  }

  /** `done` files are done: redrawn when REDRAW_MS have passed since the last time, or at the last file. */
  update(done: number): void {
    this.done = done;
    if (done >= this.total || this.now() - this.lastDraw >= REDRAW_MS) this.draw();
  }

  /** Writes `text` (whole lines) above the bar. */
  above(text: string): void {
    const had = this.drawn;
    this.clear();
    this.out.write(text);
    if (had) this.draw();
  }

  /** Erases the bar, leaving the cursor at the start of an empty line. */
  clear(): void {
    if (this.drawn) this.out.write('\r\x1b[K');
    this.drawn = false;
  }

  private draw(): void {
    this.lastDraw = this.now();
    const seconds = (this.lastDraw - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : null;
    const tail = ` ${this.done}/${this.total} files  ${rate > 0 ? `${rate.toFixed(1)}/s` : '-/s'}  ${left === null ? '-' : clock(left)} left`;
    const columns = this.out.columns || 80;
    const width = Math.max(0, Math.min(30, columns - 1 - 'newsfacts: []'.length - tail.length));
    const filled = this.total ? Math.round((width * this.done) / this.total) : width;
    const bar = width >= 5 ? `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]` : '';
    this.out.write(`\r\x1b[Knewsfacts: ${bar}${tail}`.slice(0, columns - 1 + '\r\x1b[K'.length));
    this.drawn = true;
  }
}

/** Redraws at most this often: a terminal is slow next to a few hundred files a second. */
const REDRAW_MS = 100;

/** Seconds as m:ss, or h:mm:ss from an hour. */
function clock(s: number): string {
  const t = Math.round(s);
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  const ss = String(t % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}
