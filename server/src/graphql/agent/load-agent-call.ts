import type { EntityManager } from '@mikro-orm/postgresql';
import { CallAttempt } from '../../entities/call-attempt.entity';
import { Campaign } from '../../entities/campaign.entity';
import { notFound } from '../../errors/app-error';
import type { AgentCallPayload } from '../../events/agent-topics';
import type { AgentCall } from './agent-call.type';

/** Expands a pushed call id into what the agent sees; the attempt must be of the agent's tenant. */
export async function loadAgentCall(em: EntityManager, p: AgentCallPayload): Promise<AgentCall> {
  const attempt = await em.findOne(CallAttempt, { callId: p.callId }, { populate: ['recipient'], refresh: true });
  const campaign = attempt ? await em.findOne(Campaign, { id: attempt.campaignId, tenant: p.tenantId }, { fields: ['id', 'name'] }) : null;
  if (!attempt || !campaign) throw notFound('Call', p.callId);
  return {
    callId: p.callId,
    phase: p.phase,
    at: new Date(p.at),
    attemptNumber: attempt.attemptNumber,
    number: attempt.number,
    campaignId: campaign.id,
    campaignName: campaign.name,
    recipient: attempt.recipient,
  };
}
