import { Agent } from '../../entities/agent.entity';
import { CallAttempt } from '../../entities/call-attempt.entity';
import { conflict, forbidden, notFound } from '../../errors/app-error';
import type { CommandContext } from '../command-context';

/**
 * A preview agent dials or skips the call it was offered: only its own, open offer; the
 * dialer leader acts on the published decision.
 */
export async function decidePreview(ctx: CommandContext, callId: string, dial: boolean): Promise<boolean> {
  if (ctx.principal.kind !== 'USER') throw forbidden('Only a signed-in agent dials or skips its preview');
  const { tenantId } = ctx.principal;
  const me = await ctx.em.findOne(Agent, { user: ctx.principal.id, tenant: tenantId }, { fields: ['id'] });
  const attempt = /^[0-9a-f-]{36}$/i.test(callId) ? await ctx.em.findOne(CallAttempt, { callId }) : null;
  if (!me || !attempt || attempt.agentId !== me.id) throw notFound('Call', callId);
  // A second decision on a live offer is ignored by the dialer (it holds each offer once).
  if (attempt.endedAt) throw conflict('This call is already closed');
  await ctx.bus.publish('AGENT_PREVIEW', { tenantId, agentId: me.id, callId, dial });
  return true;
}
