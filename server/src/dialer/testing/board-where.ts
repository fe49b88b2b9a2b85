import type { EventBus } from '../../events/event-bus';
import type { WallboardPayload } from '../../events/live-topics';

/**
 * The first wallboard the dialer publishes for `campaignId` that `pred` accepts, read off the
 * bus as the API hears it. The dialer publishes a running campaign's board once a second; the
 * deadline only bounds a failure.
 */
export async function boardWhere(
  bus: EventBus,
  campaignId: string,
  pred: (b: WallboardPayload) => boolean,
  timeoutMs = 30_000,
): Promise<WallboardPayload> {
  const boards = bus.subscribe('WALLBOARD');
  let last: WallboardPayload | undefined;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no board of ${campaignId} matched; last: ${JSON.stringify(last)}`)), timeoutMs);
  });
  const found = (async () => {
    for await (const b of boards) {
      if (b.campaignId !== campaignId) continue;
      last = b;
      if (pred(b)) return b;
    }
    throw new Error('the bus closed');
  })();
  try {
    return await Promise.race([found, deadline]);
  } finally {
    clearTimeout(timer);
    await boards.return?.();
  }
}
