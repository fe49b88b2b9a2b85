import type { LeaderLock } from './leader-lock';
import type { PacingMemory } from './pacing-memory';
import { reattachOpenCalls, releaseAgentsOfOldLeader, waitOutOldLeader, type TakeoverDeps } from './takeover';

/** What an election needs from the Dialer besides the takeover's parts: hooks onto its leader flag and status. */
export interface ElectionDeps {
  lock: LeaderLock;
  pacing: PacingMemory;
  node: string;
  leaderGraceMs?: number;
  stopped(): boolean;
  setLeader(leader: boolean): void;
  publishStatus(): void;
}

/** One election attempt; a database error here means "not leader this time", never a crash. */
export async function electOnce(t: TakeoverDeps, d: ElectionDeps): Promise<void> {
  try {
    await tryLead(t, d);
  } catch (err) {
    t.logger?.warn({ err }, 'dialer: election failed; retrying');
    d.setLeader(false);
    await d.lock.release();
  }
}

async function tryLead(t: TakeoverDeps, d: ElectionDeps): Promise<void> {
  if (d.stopped() || !(await d.lock.tryAcquire())) return;
  if (d.stopped()) return;
  t.logger?.info({ node: d.node }, 'dialer: became leader');
  d.pacing.clear();
  await waitOutOldLeader(t.orm, d.node, d.leaderGraceMs);
  // The wait outlasts LOCK_FRESH_MS: confirm the lock again, or the first originates would be refused as uncertain.
  if (d.stopped() || !(await d.lock.check())) return;
  d.setLeader(true);
  // The switch could not be asked about the old leader's calls: give leadership back and try again.
  if (!(await reattachOpenCalls(t))) {
    d.setLeader(false);
    await d.lock.release();
  }
  await releaseAgentsOfOldLeader(t);
  d.publishStatus();
}
