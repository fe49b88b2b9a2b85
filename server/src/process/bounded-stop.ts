import { logger } from '../logger';

/** How long one part may take to stop before it is left behind (and named in the log). */
export const STOP_STEP_MS = 20_000;

/**
 * One part's stop, bounded: a part that never settles (a call still ending, a socket still
 * open) must not keep a SIGTERM or a test's teardown waiting forever, and the log names the
 * part, so a stop that hangs says where. Errors are logged, never thrown: the next part stops.
 */
export async function boundedStop(name: string, stop: () => Promise<void>, ms = STOP_STEP_MS): Promise<'done' | 'late' | 'failed'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    const r = await Promise.race([stop().then(() => 'done' as const), late]);
    if (r === 'late') logger.warn({ part: name, afterMs: ms }, 'a part did not stop in time; going on without it');
    return r;
  } catch (err) {
    logger.warn({ err, part: name }, 'error while stopping');
    return 'failed';
  } finally {
    clearTimeout(timer);
  }
}
