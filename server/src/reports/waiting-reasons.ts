import type { EntityManager } from '@mikro-orm/postgresql';
import { candidateGate } from '../domain/dialer/candidate-gate';
import { waitingReasonOf, type Waiting } from '../domain/dialer/waiting-reason';
import { loadCampaignsByIds } from '../dialer/campaign-rows';
import { loadCandidatesByIds } from '../dialer/candidate-query';
import { gateRulesOf } from '../dialer/gate-rules';
import { rows } from '../dialer/sql-rows';
import { personalCallbackDueSql } from '../dialer/agents/personal-callback';

/**
 * "Why is this person not being called?" for a page of recipients: each is read as the
 * planner reads a candidate (dialer/candidate-query.ts), its campaign as the tick reads it,
 * and judged by the planner's own gate (domain/dialer/candidate-gate.ts). A few queries per
 * campaign on the page, whatever its size. Null for recipients not waiting to be dialed.
 */
export async function loadWaitingReasons(
  em: EntityManager,
  recipientIds: readonly string[],
  now: Date,
): Promise<Map<string, Waiting | null>> {
  const out = new Map<string, Waiting | null>();
  const ids = recipientIds.filter((id) => /^\d{1,18}$/.test(id));
  if (ids.length === 0) return out;
  const owners = await rows<{ id: string; campaign_id: string }>(
    em,
    'select id::text as id, campaign_id from campaign_recipient where id = any(?::bigint[])',
    [`{${ids.join(',')}}`],
  );
  const byCampaign = new Map<string, string[]>();
  for (const o of owners) byCampaign.set(o.campaign_id, [...(byCampaign.get(o.campaign_id) ?? []), o.id]);
  // Due callbacks kept for an agent who cannot take one now: the candidate query leaves them out.
  const held = new Set(
    (
      await rows<{ id: string }>(
        em,
        `select r.id::text as id from campaign_recipient r where r.id = any(?::bigint[]) and r.state = 'SCHEDULED'
         and not ${personalCallbackDueSql('r')}`,
        [`{${ids.join(',')}}`],
      )
    ).map((r) => r.id),
  );
  for (const campaign of await loadCampaignsByIds(em, [...byCampaign.keys()])) {
    const gate = candidateGate(gateRulesOf(campaign), now);
    for (const candidate of await loadCandidatesByIds(em, campaign.id, campaign.tenantId, byCampaign.get(campaign.id) ?? [], now)) {
      const id = candidate.recipientId;
      out.set(id, waitingReasonOf(gate, gate.judge(candidate), campaign, now, held.has(id)));
    }
  }
  return out;
}
