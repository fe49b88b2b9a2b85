import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Outbox } from '../events/outbox';
import type { SerialPublisher } from '../events/serial-publisher';
import type { SwitchPort } from '../switch/port';
import { releaseHeldAgents } from './agents/release-held-agents';
import type { CallBook } from './call-book';
import { interrupted, lostAfterAnswer } from './call-end';
import type { Clock } from './clock';
import type { OutcomeQueue } from './outcome-queue';
import { LOCK_FRESH_MS } from './dialer-options';
import { reconcileOpenAttempts } from './reconcile';
import { rows } from './sql-rows';

/**
 * What a new leader does before its first tick: take over the calls and agents the previous
 * leader left behind. Apart from the loop because it runs once per leadership, not per tick.
 */
export interface TakeoverDeps {
  orm: MikroORM;
  port: SwitchPort;
  book: CallBook;
  outcomes: OutcomeQueue;
  publisher: SerialPublisher;
  clock: Clock;
  logger?: Logger;
}

/**
 * A new leader that finds another node's attempts open waits until a partitioned old leader
 * must have stopped originating (it stops once its lock is LOCK_FRESH_MS unconfirmed), so
 * those attempts are settled before they are judged. The wait outlasts the new leader's own
 * lock freshness: the caller confirms its lock again afterwards, before claiming anything.
 */
export async function waitOutOldLeader(orm: MikroORM, node: string, graceMs = LOCK_FRESH_MS + 500): Promise<void> {
  const [others] = await rows<{ n: number }>(
    orm.em.fork(),
    `select count(*)::int as n from call_attempt where ended_at is null and node is distinct from ?`,
    [node],
  );
  if ((others?.n ?? 0) > 0) await new Promise((r) => setTimeout(r, graceMs));
}

/**
 * Re-attaches calls the switch still has; closes the rest as INTERRUPTED (not counted), or
 * ANSWERED_LOST when the old leader had recorded an answer (the cause policy decides).
 * False when the switch could not be asked: the caller gives leadership back, never guesses.
 */
export async function reattachOpenCalls(d: TakeoverDeps): Promise<boolean> {
  try {
    const r = await reconcileOpenAttempts(d.orm.em.fork(), d.port);
    for (const { attempt, call } of r.live) d.book.reattach(attempt, call.state === 'ACTIVE');
    for (const a of r.gone)
      d.outcomes.push(
        a.answeredAt
          ? lostAfterAnswer(a.callId, d.clock.now(), 'INTERRUPTED', a.answeredAt)
          : interrupted(a.callId, d.clock.now(), 'INTERRUPTED'),
      );
    await d.outcomes.drain();
    if (r.live.length + r.gone.length > 0) d.logger?.info({ live: r.live.length, gone: r.gone.length }, 'dialer: reconciled open attempts');
    return true;
  } catch (err) {
    d.logger?.warn({ err }, 'dialer: reconciliation failed; retrying');
    return false;
  }
}

/** Agents the previous leader held for calls it can no longer finish: AVAILABLE again. */
export async function releaseAgentsOfOldLeader(d: TakeoverDeps): Promise<void> {
  try {
    const outbox = new Outbox();
    const n = await d.orm.em.fork().transactional((em) => releaseHeldAgents(em, outbox, d.clock.now()));
    for (const e of outbox.events) void d.publisher.publish(e.topic, e.payload);
    if (n > 0) d.logger?.info({ agents: n }, 'dialer: released agents held by the previous leader');
  } catch (err) {
    d.logger?.warn({ err }, 'dialer: could not release held agents');
  }
}
