/**
 * Imports running in this process. An import outlives the request that started it; tests
 * and a graceful stop wait for these instead of cutting a COPY in half.
 */
const running = new Map<string, Promise<void>>();

export function trackImport(id: string, run: Promise<void>): void {
  running.set(id, run);
  void run.finally(() => running.delete(id));
}

/** Resolves once every import running now has finished (committed or rolled back). */
export async function settleImports(): Promise<void> {
  await Promise.allSettled([...running.values()]);
}
