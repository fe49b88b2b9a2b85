/** The dialer loop's pause: sleeps until a timer fires or someone pokes it, whichever comes first. */
export class Wake {
  private timer: NodeJS.Timeout | null = null;
  private poked: (() => void) | null = null;

  /** Ends the current sleep now (no-op when not sleeping). */
  poke(): void {
    const p = this.poked;
    this.poked = null;
    p?.();
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        if (this.timer) clearTimeout(this.timer);
        this.timer = null;
        this.poked = null;
        resolve();
      };
      this.timer = setTimeout(done, ms);
      this.poked = done;
    });
  }
}
