import type { EntityManager } from '@mikro-orm/postgresql';
import { candidateGate } from '../domain/dialer/candidate-gate';
import { waitingFor, WaitingReason, type Waiting } from '../domain/dialer/waiting-reason';
import type { NotDialableReason } from '../domain/recipient/dialable';
import { zonesOf } from '../domain/compliance/calling-window';
import type { RunStateReason } from '../domain/campaign/run-state';
import { loadCampaignsByIds } from '../dialer/campaign-rows';
import { ABANDONED_AT_SQL } from '../dialer/candidate-query';
import { gateRulesOf } from '../dialer/gate-rules';
import { CLAIMABLE_STATES, rows, toDate } from '../dialer/sql-rows';
import { gateReasonSql } from '../dialer/time-gates-sql';
import { fillNumberZones } from '../numbers/fill-number-zones';
import { personalCallbackDueSql } from '../dialer/agents/personal-callback';
import type { RecipientState } from '../domain/recipient/recipient-state';

/** How many of a campaign's recipients wait for one reason, and when the first of them is due. */
export interface WaitingCount {
  reason: WaitingReason;
  count: number;
  /** The earliest time one of them stops waiting for this reason; null: none known (or dialable now). */
  nextAt: Date | null;
  /** LIMIT: which one. */
  limit: RunStateReason | null;
}

interface GroupSql {
  state: RecipientState;
  time_zone: string | null;
  number_zones: string[] | null;
  gate: NotDialableReason | null;
  rested: boolean;
  /** A due callback kept for an agent who cannot take it now. */
  held: boolean;
  n: number;
  not_before: Date | string | null;
  next_attempt_at: Date | string | null;
  callback_at: Date | string | null;
}

const ORDER = Object.values(WaitingReason);
const CLAIMABLE = CLAIMABLE_STATES.map((s) => `'${s}'`).join(', ');

/**
 * A campaign's recipients still to be dialed, by waiting reason: one GROUP BY over its
 * claimable rows (state, zones and the first time gate, compiled from the planner's own list,
 * dialer/time-gates-sql.ts), then per group the planner's calling-hours test and the same
 * mapping a single recipient's reason uses. The groups are few (a handful of zones times the
 * gates) even for a million rows. DNC numbers and stopped numbers are judged at dial time and
 * not counted apart here.
 */
export async function waitingBreakdown(em: EntityManager, campaignId: string, now: Date): Promise<WaitingCount[]> {
  const [campaign] = await loadCampaignsByIds(em, [campaignId]);
  if (!campaign) return [];
  const rules = gateRulesOf(campaign);
  await fillNumberZones((sql, params) => em.execute(sql, params), campaign.id);
  // The rest after an abandoned call reads as a not-before (planner's withAbandonRest).
  // A number of our own (hours x 3.6e6), inlined so the gate's parameters stay one `now` each.
  const restEnd = rules.abandonRestMs ? `((${ABANDONED_AT_SQL}) + ${Math.trunc(rules.abandonRestMs)} * interval '1 millisecond')` : null;
  const notBefore = restEnd ? `greatest(r.not_before, ${restEnd})` : 'r.not_before';
  const gate = gateReasonSql(now, { notBefore });
  const groups = await rows<GroupSql>(
    em,
    `select r.state, r.time_zone, r.number_zones, ${gate.sql} as gate,
       ${restEnd ? `coalesce(${restEnd} > coalesce(r.not_before, '-infinity'::timestamptz), false)` : 'false'} as rested,
       (r.state = 'SCHEDULED' and not ${personalCallbackDueSql('r')}) as held,
       count(*)::int as n, min(${notBefore}) as not_before, min(r.next_attempt_at) as next_attempt_at, min(r.callback_at) as callback_at
     from campaign_recipient r where r.campaign_id = ? and r.state in (${CLAIMABLE})
     group by 1, 2, 3, 4, 5, 6`,
    [...gate.params, campaign.id],
  );
  const judge = candidateGate(rules, now);
  const totals = new Map<WaitingReason, WaitingCount>();
  for (const g of groups) {
    const zones = zonesOf(g.time_zone, g.number_zones);
    const reason = g.gate ?? (judge.openNow(zones) ? null : 'OUTSIDE_HOURS');
    const facts = {
      zones,
      rested: g.rested,
      heldForAgent: g.held,
      noNumbers: false,
      notBefore: toDate(g.not_before),
      nextAttemptAt: toDate(g.next_attempt_at),
      callbackAt: toDate(g.callback_at),
    };
    const w = waitingFor(reason, facts, judge, campaign, now);
    if (w) add(totals, w, g.n);
  }
  return [...totals.values()].sort((a, b) => ORDER.indexOf(a.reason) - ORDER.indexOf(b.reason));
}

function add(totals: Map<WaitingReason, WaitingCount>, w: Waiting, n: number): void {
  const t = totals.get(w.reason) ?? { reason: w.reason, count: 0, nextAt: null, limit: w.limit };
  t.count += n;
  if (w.until && (t.nextAt === null || w.until < t.nextAt)) t.nextAt = w.until;
  totals.set(w.reason, t);
}
