/**
 * How long each file "plays" in the simulator (simulated seconds). The real switch answers
 * uuid_broadcast at once and plays on, so tests need a length to see callers wait for the end;
 * the default stays short so scenarios at a time scale remain fast.
 */
export class PlaybackLengths {
  private readonly files = new Map<string, number>();

  constructor(public defaultSec = 2) {}

  set(file: string, sec: number): void {
    this.files.set(file, sec);
  }

  secFor(file: string): number {
    return this.files.get(file) ?? this.defaultSec;
  }
}
