/**
 * Where a long command's time went: named phases in the order they began, each lasting until
 * the next one begins. The reconcile summary prints it as one line, so that a slow run says
 * which part was slow without a profiler.
 */
export class PhaseClock {
  private readonly phases: { name: string; started: number; ended?: number }[] = [];

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** Starts `name` (ending the phase before it); a phase already started is left running. */
  begin(name: string): void {
    if (this.phases.some((p) => p.name === name)) return;
    const t = this.now();
    const last = this.phases.at(-1);
    if (last !== undefined && last.ended === undefined) last.ended = t;
    this.phases.push({ name, started: t });
  }

  /** Ends the running phase. */
  end(): void {
    const last = this.phases.at(-1);
    if (last !== undefined && last.ended === undefined) last.ended = this.now();
  }

  /** Seconds per phase, in order. */
  seconds(): { name: string; seconds: number }[] {
    const t = this.now();
    return this.phases.map((p) => ({ name: p.name, seconds: ((p.ended ?? t) - p.started) / 1000 }));
  }

  /** "import 5.1 s · preparing names 1.2 s · …" */
  format(): string {
    return this.seconds()
      .map((p) => `${p.name} ${p.seconds.toFixed(1)} s`)
      .join(' · ');
  }
}
