/**
 * How long each file "plays" in the simulator (simulated seconds). The real switch answers
 * uuid_broadcast at once and plays on, so tests need a length to see callers wait for the end;
 * the default stays short so scenarios at a time scale remain fast. Generated streams
 * (`silence_stream://ms`, `tone_stream://%(on,off,freq);loops=n`) last what they say, as on
 * the real switch, so one scenario can play them to both.
 */
export class PlaybackLengths {
  private readonly files = new Map<string, number>();

  constructor(public defaultSec = 2) {}

  set(file: string, sec: number): void {
    this.files.set(file, sec);
  }

  secFor(file: string): number {
    return this.files.get(file) ?? streamSec(file) ?? this.defaultSec;
  }
}

/** The length of a finite generated stream, or undefined (a file, or a stream that never ends). */
export function streamSec(file: string): number | undefined {
  const silence = /^silence_stream:\/\/(-?\d+)/.exec(file);
  if (silence) {
    const ms = Number(silence[1]);
    return ms > 0 ? ms / 1000 : undefined;
  }
  if (!file.startsWith('tone_stream://')) return undefined;
  const loops = Number(/loops=(-?\d+)/.exec(file)?.[1] ?? '1');
  if (loops <= 0) return undefined;
  let ms = 0;
  for (const m of file.matchAll(/%\((\d+),(\d+)/g)) ms += Number(m[1]) + Number(m[2]);
  return ms > 0 ? (ms * loops) / 1000 : undefined;
}
