import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { compactBusyTallies, recountTally } from '../reports/campaign-tally';
import { expireAwaitedResults } from './agents/result-timeout';
import { rows } from './sql-rows';

/** How often the leader looks after the campaigns' tallies. */
const TALLY_UPKEEP_MS = 60_000;
let lastUpkeep = 0;
let upkeepRunning = false;

/**
 * The leader's once-a-second chores beside the tick; a failure of one never stops dialing
 * (logged, retried next time).
 * - Wait-for-result recipients whose agent never reported: unsuccessful after the wrap-up time.
 * - Once a minute, the tallies (issue 19 item 5): campaigns with many delta rows are compacted,
 *   and each campaign that ended since the last pass is recounted from its rows, which repairs
 *   any drift (a writer that bypassed the triggers) before its figures are final.
 */
export async function secondlySweeps(em: EntityManager, now: Date, logger?: Logger): Promise<void> {
  await expireAwaitedResults(em, now).catch((err: unknown) => logger?.error({ err }, 'dialer: result timeout sweep failed'));
  if (upkeepRunning || now.getTime() - lastUpkeep < TALLY_UPKEEP_MS) return;
  const since = new Date(lastUpkeep === 0 ? now.getTime() - TALLY_UPKEEP_MS : lastUpkeep);
  lastUpkeep = now.getTime();
  // Not awaited: recounting a campaign of a million recipients takes seconds, and ticks go on meanwhile.
  upkeepRunning = true;
  void tallyUpkeep(em, since, now, logger).finally(() => {
    upkeepRunning = false;
  });
}

async function tallyUpkeep(em: EntityManager, since: Date, now: Date, logger?: Logger): Promise<void> {
  try {
    await compactBusyTallies(em);
    const ended = await rows<{ id: string }>(em, 'select id from campaign where ended_at >= ? and ended_at <= ?', [since, now]);
    for (const { id } of ended) {
      const drift = await recountTally(em, id);
      if (drift.length > 0) logger?.warn({ campaignId: id, drift }, 'dialer: campaign tally had drifted; recounted');
    }
  } catch (err) {
    logger?.error({ err }, 'dialer: tally upkeep failed');
  }
}
