/**
 * The one way tests wait: for a condition, never for a fixed time. A busy machine makes
 * everything slower, so a test that sleeps "long enough" fails there while the product is
 * fine; a test that waits for what it expects only gets slower. The deadline bounds a
 * failure (generous by default) and is never the thing being measured.
 */
export interface WaitOptions<T> {
  /** Named in the failure message: what never happened. */
  what?: string;
  /** Give up after this long (ms). A bound on failure, not an expectation of speed. */
  timeoutMs?: number;
  /** Time between probes (ms); kept short so the wait ends soon after the condition holds. */
  intervalMs?: number;
  /** Accepts the probed value; default: truthy. */
  until?: (value: T) => boolean;
}

export const DEFAULT_WAIT_MS = 30_000;
const MAX_INTERVAL_MS = 50;

/** Probes until `until(value)` holds and returns that value; rejects at the deadline with the last value seen. */
export async function waitFor<T>(probe: () => T | Promise<T>, opts: WaitOptions<T> = {}): Promise<T> {
  const { what = 'a condition', timeoutMs = DEFAULT_WAIT_MS, until = (v: T) => Boolean(v) } = opts;
  const interval = Math.min(opts.intervalMs ?? 20, MAX_INTERVAL_MS);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (until(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what} (last: ${describe(value)})`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

function describe(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
