// How the console waits for an API that is still starting (components/shell/ApiGate.tsx): pure, tested in lib.

/** Delay before the next check: 0.5 s, 1 s, 2 s, then every 4 s. */
export function apiRetryDelayMs(attempt: number): number {
  return Math.min(4_000, 500 * 2 ** Math.max(0, attempt));
}

/** Reads /api-status's answer; anything but `{ up: true }` means not up yet. */
export function isApiUp(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as { up?: unknown }).up === true;
}
