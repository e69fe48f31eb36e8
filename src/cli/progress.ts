/**
 * A one-line progress bar on standard error, drawn only when it is a terminal, so that logs
 * and pipes stay clean. Redraws at most ten times a second.
 */
export class ProgressLine {
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.enabled = stream.isTTY === true;
  }

  /** Shows `label` with a bar for `done` of `total` (a spinner-free count when total is 0). */
  update(label: string, done: number, total: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && done < total) return;
    this.lastDraw = now;
    const width = 24;
    const share = total > 0 ? Math.min(1, done / total) : 0;
    const filled = Math.round(share * width);
    const bar = total > 0 ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}%` : '';
    this.stream.write(`\r\x1b[K  ${label} ${bar} ${done.toLocaleString('en-US')}${total > 0 ? ` / ${total.toLocaleString('en-US')}` : ''}`);
  }

  /** Clears the line before normal output. */
  clear(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
