import type { EntityManager } from '@mikro-orm/postgresql';
import { DialingMode } from '../../domain/campaign/campaign-type';
import { PREVIEW_TIMEOUT_MS } from '../../dialer/agents/preview-gate';
import { CallAttempt } from '../../entities/call-attempt.entity';
import { Campaign } from '../../entities/campaign.entity';
import { notFound } from '../../errors/app-error';
import type { AgentCallPayload } from '../../events/agent-topics';
import type { AgentCall } from './agent-call.type';

/** Expands a pushed call id into what the agent sees; the attempt must be of the agent's tenant. */
export async function loadAgentCall(em: EntityManager, p: AgentCallPayload): Promise<AgentCall> {
  const attempt = await em.findOne(CallAttempt, { callId: p.callId }, { populate: ['recipient'], refresh: true });
  const campaign = attempt
    ? await em.findOne(Campaign, { id: attempt.campaignId, tenant: p.tenantId }, { fields: ['id', 'name', 'dialingMode'] })
    : null;
  if (!attempt || !campaign) throw notFound('Call', p.callId);
  const at = new Date(p.at);
  const preview = campaign.dialingMode === DialingMode.PREVIEW;
  return {
    callId: p.callId,
    phase: p.phase,
    preview,
    // The dialer holds an offer from the moment it pushes OFFERED (preview-gate.ts).
    offerExpiresAt: preview && p.phase === 'OFFERED' ? new Date(at.getTime() + PREVIEW_TIMEOUT_MS) : null,
    at,
    attemptNumber: attempt.attemptNumber,
    number: attempt.number,
    campaignId: campaign.id,
    campaignName: campaign.name,
    recipient: attempt.recipient,
  };
}
