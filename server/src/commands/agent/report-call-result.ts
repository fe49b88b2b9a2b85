import { LockMode } from '@mikro-orm/core';
import { Role } from '../../domain/auth/role';
import { applyReportedResult, reportedResultSchema, type ReportedResult } from '../../domain/recipient/reported-result';
import { RecipientState } from '../../domain/recipient/recipient-state';
import { Agent } from '../../entities/agent.entity';
import { CallAttempt } from '../../entities/call-attempt.entity';
import { CampaignRecipient } from '../../entities/campaign-recipient.entity';
import { Campaign } from '../../entities/campaign.entity';
import { RecipientPhone } from '../../entities/recipient-phone.entity';
import type { CallResultData } from './call-result-data';
import { badInput, conflict, notFound } from '../../errors/app-error';
import { inTransaction, type CommandContext } from '../command-context';
import { addCalledNumberToDnc } from './add-called-number-to-dnc';
import { addRecipientChange } from '../recipient/recipient-change-events';

/** The input without GraphQL's nulls, checked by the domain schema (BAD_USER_INPUT naming the field). */
function parseResult(input: CallResultData): ReportedResult {
  if (input.callbackToMe === true && !input.callbackAt)
    throw badInput('callbackToMe', 'callbackToMe needs callbackAt: the time of the callback');
  const raw = Object.fromEntries(Object.entries(input).filter(([k, v]) => v != null && k !== 'callbackToMe' && k !== 'addToDncList'));
  const parsed = reportedResultSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(String(issue?.path[0] ?? 'result'), issue?.message ?? 'invalid');
  }
  return parsed.data;
}

/**
 * Applies a reported result to the recipient of one call (applyReportedResult decides). An
 * agent may report only its own calls; supervisors and RESULTS_WRITE keys any of the tenant.
 * In wait-for-result mode the dialer parks the recipient in WAITING_AGENT after the call: then
 * this result decides (and counts) the attempt; otherwise the attempt was already judged.
 * `callbackToMe` books the callback for the agent who took the call (for an agent, itself): the
 * dialer offers it to that agent only (dialer/README.md "Personal callbacks").
 * `addToDncList` puts the number the call dialed on that list (the dialer skips it from then on).
 */
export function reportCallResult(ctx: CommandContext, callId: string, input: CallResultData): Promise<CampaignRecipient> {
  const result = parseResult(input);
  return inTransaction(ctx, async (em, outbox) => {
    const { tenantId } = ctx.principal;
    const attempt = /^[0-9a-f-]{36}$/i.test(callId) ? await em.findOne(CallAttempt, { callId }) : null;
    const campaign = attempt ? await em.findOne(Campaign, { id: attempt.campaignId, tenant: tenantId }) : null;
    if (!attempt || !campaign) throw notFound('Call', callId);
    // A personal callback needs an agent to keep it for: a call nobody took has none.
    if (input.callbackToMe === true && !attempt.agentId)
      throw badInput('callbackToMe', 'this call was not taken by an agent: there is nobody to keep the callback for');
    if (ctx.principal.kind === 'USER' && ctx.principal.role === Role.AGENT) {
      const me = await em.findOne(Agent, { user: ctx.principal.id, tenant: tenantId }, { fields: ['id'] });
      // Another agent's call looks exactly like a missing one.
      if (!me || attempt.agentId !== me.id) throw notFound('Call', callId);
    }
    if (input.addToDncList != null) await addCalledNumberToDnc(em, tenantId, attempt, input.addToDncList);
    const recipient = await em.findOneOrFail(
      CampaignRecipient,
      { id: attempt.recipient.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    const phones = await em.find(RecipientPhone, { recipient: recipient.id }, { orderBy: [{ priority: 'desc' }, { id: 'asc' }] });
    const now = new Date();
    const r = applyReportedResult(
      {
        state: recipient.state,
        attempts: recipient.attempts,
        extraAttempts: recipient.extraAttempts,
        numberCursor: recipient.nextNumberIndex,
        numbers: phones.map((p) => ({ number: p.number, priority: p.priority, stopped: p.stopped })),
        maxAttempts: campaign.maxAttempts,
        retryWaitSeconds: campaign.retryWaitSeconds,
        decidesAttempt: campaign.waitForResult && recipient.state === RecipientState.WAITING_AGENT,
        now,
      },
      result,
    );
    if (!r.ok)
      throw conflict(
        r.reason === 'RECIPIENT_FINAL' ? `Recipient is ${recipient.state}; it can only be annotated` : 'callbackAt is in the past',
        { reason: r.reason },
      );
    const c = r.change;
    recipient.nextNumberIndex = c.numberCursor;
    for (const i of c.stopNumberIndexes) {
      const p = phones[i];
      if (p) p.stopped = true;
    }
    if (c.stateChanged) {
      recipient.state = c.state;
      recipient.attempts = c.attempts;
      recipient.nextAttemptAt = c.nextAttemptAt ?? undefined;
      recipient.callbackAt = c.callbackAt ?? undefined;
      // Kept only for a callback booked "to me"; any other move forgets the previous one.
      recipient.callbackAgentId = c.state === RecipientState.SCHEDULED && input.callbackToMe === true ? attempt.agentId : undefined;
    }
    if (result.comment !== undefined) recipient.comment = result.comment;
    if (result.disposition !== undefined) {
      recipient.disposition = result.disposition;
      attempt.disposition = result.disposition;
    }
    recipient.updatedAt = now;
    await em.flush();
    const { state, attempts, lastOutcome } = recipient;
    addRecipientChange(outbox, campaign, ctx.principal, { recipientId: recipient.id, state, attempts, lastOutcome: lastOutcome ?? null });
    return recipient;
  });
}
