import type { EntityManager } from '@mikro-orm/postgresql';
import type { AbandonReason } from '../../domain/call/abandon-reason';

/**
 * Marks an answered agent call as not (yet) reaching an agent, with why: the outcome writer
 * reads it when the call ends (ABANDONED). A failed bridge also keeps its cause, which stays
 * on the attempt even if another agent takes the call afterwards.
 */
export async function markAbandoned(em: EntityManager, callId: string, reason: AbandonReason, bridgeCause?: string): Promise<void> {
  await em.execute(
    'update call_attempt set abandoned = true, abandon_reason = ?, bridge_failure_cause = coalesce(?, bridge_failure_cause) where call_id = ?',
    [reason, bridgeCause ?? null, callId],
  );
}

/** Another agent took over the call: not abandoned (so far); the failed bridge's cause stays on record. */
export async function clearAbandoned(em: EntityManager, callId: string, agentId: string): Promise<void> {
  await em.execute('update call_attempt set agent_id = ?, abandoned = false, abandon_reason = null where call_id = ?', [agentId, callId]);
}
