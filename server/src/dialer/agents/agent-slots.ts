import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../db/sql-array';
import { DialingMode } from '../../domain/campaign/campaign-type';
import { agentSlots } from '../../domain/dialer/agent-pacing';
import type { RunningCampaign } from '../campaign-rows';
import { rows } from '../sql-rows';
import { offerableAgentSql } from './offerable-agent';
import { loadProfileWindows, type ProfileWindows } from './profile-window';

/** Predictive measures its hit and abandon rates over this rolling window. */
export const PREDICTIVE_WINDOW_SECONDS = 15 * 60;

/**
 * Queue-watch's view of the switch, read without waiting: the queue's free agents as last
 * counted, and this campaign's calls that count cannot reflect yet (they will take agents).
 */
export interface QueueSlotSource {
  read(campaignId: string, queue: string): { freeAgents: number; callsPending: number };
}

interface FigureRow {
  campaign_id: string;
  free: number;
  pending: number;
  dialed: number;
  answered: number;
  abandoned: number;
  target: number;
  on_call: number;
  wrap_left: number[] | null;
  wrap_avg: number | null;
  avg_answer: number | null;
  avg_talk: number | null;
}

/**
 * The snapshot's agent-slot source: per agent campaign, how many calls may start now (the
 * pure `agentSlots`). Progressive reserves before dialing, so its reserved agents are already
 * out of the free count; predictive subtracts its calls still ringing without an agent and
 * adapts the ratio to the window's hit and abandon rates; queue-watch counts the free agents
 * of its mod_callcenter queue on the switch (`queues`; none given = no slots). VOICE campaigns
 * are absent from the map (no query at all when none runs). Predictive also keeps its abandon
 * rate over the compliance profile's window under the target (`windows` keeps those counts
 * for a minute; none given: read every time).
 */
export async function loadAgentSlots(
  em: EntityManager,
  running: readonly RunningCampaign[],
  now: Date,
  queues?: QueueSlotSource,
  windows?: ProfileWindows,
): Promise<Map<string, number>> {
  const slots = new Map<string, number>();
  for (const c of running) if (c.dialingMode === DialingMode.QUEUE_WATCH) slots.set(c.id, queueWatchSlots(c, queues));
  const agentCampaigns = running.filter((c) => c.dialingMode !== null && c.dialingMode !== DialingMode.QUEUE_WATCH);
  if (agentCampaigns.length === 0) return slots;
  const since = new Date(now.getTime() - PREDICTIVE_WINDOW_SECONDS * 1000);
  // Predictive also needs who may free up while a new call rings: agents on a call (by the
  // window's mean talk) and in wrap-up (by the seconds they have left), and the mean time to answer.
  const figures = await rows<FigureRow>(
    em,
    `
    select c.id as campaign_id, c.abandon_rate_target as target,
      ag.free, ag.on_call, ag.wrap_left, ag.wrap_avg,
      (select count(*)::int from call_attempt x where x.campaign_id = c.id and x.ended_at is null and x.agent_id is null) as pending,
      w.dialed, w.answered, w.abandoned, w.avg_answer, w.avg_talk
    from campaign c
    cross join lateral (
      -- Free: AVAILABLE with a phone the switch reports registered (only those are reserved).
      select count(*) filter (where ${offerableAgentSql('a')})::int as free,
        count(*) filter (where a.state = 'ON_CALL')::int as on_call,
        array_agg(greatest(0, a.wrap_up_seconds - extract(epoch from (?::timestamptz - a.state_changed_at)))::float8)
          filter (where a.state = 'WRAP_UP') as wrap_left,
        avg(a.wrap_up_seconds)::float8 as wrap_avg
      from agent_assignment s join agent a on a.id = s.agent_id where s.campaign_id = c.id) ag
    cross join lateral (
      select count(*)::int as dialed,
        count(*) filter (where x.answered_at is not null and coalesce(x.amd_result, 'human') not in ('machine', 'fax'))::int as answered,
        count(*) filter (where x.abandoned)::int as abandoned,
        avg(extract(epoch from (x.answered_at - x.created_at)))
          filter (where x.answered_at is not null and coalesce(x.amd_result, 'human') not in ('machine', 'fax'))::float8 as avg_answer,
        avg(extract(epoch from (x.ended_at - x.bridged_at))) filter (where x.bridged_at is not null and x.ended_at is not null)::float8 as avg_talk
      from call_attempt x where x.campaign_id = c.id and c.dialing_mode = 'PREDICTIVE' and x.created_at > ?) w
    where c.id = any(?::uuid[])`,
    [now, since, sqlArray(agentCampaigns.map((c) => c.id))],
  );
  const byCampaign = new Map(figures.map((r) => [r.campaign_id, r]));
  const predictive = agentCampaigns.filter((c) => c.dialingMode === DialingMode.PREDICTIVE);
  const profile = windows ? await windows.load(em, predictive, now) : await loadProfileWindows(em, predictive, now);
  for (const c of agentCampaigns) {
    const f = byCampaign.get(c.id);
    // Preview dials only when the agent says so (agentSlots: 0); what it plans here are offers,
    // one per free agent, held before the originate by the PreviewGate.
    const mode = c.dialingMode === DialingMode.PREVIEW ? DialingMode.PROGRESSIVE : c.dialingMode;
    const n = agentSlots(mode, {
      freeAgents: f?.free ?? 0,
      callsPending: c.dialingMode === DialingMode.PREDICTIVE ? (f?.pending ?? 0) : 0,
      stats: {
        dialed: f?.dialed ?? 0,
        humanAnswered: f?.answered ?? 0,
        abandoned: f?.abandoned ?? 0,
        avgAnswerSeconds: f?.avg_answer ?? undefined,
        avgTalkSeconds: f?.avg_talk ?? undefined,
        windowSeconds: PREDICTIVE_WINDOW_SECONDS,
        profileWindow: profile.get(c.id) ?? null,
      },
      agentsOnCall: f?.on_call ?? 0,
      wrapUpLeftSeconds: f?.wrap_left ?? [],
      wrapUpSeconds: f?.wrap_avg ?? undefined,
      // Stored in percent (3 = 3%).
      abandonTarget: (f?.target ?? 3) / 100,
    });
    slots.set(c.id, n ?? 0);
  }
  return slots;
}

/** Free agents in the campaign's queue x its multiplier, minus its calls the count does not see yet. */
function queueWatchSlots(c: RunningCampaign, queues: QueueSlotSource | undefined): number {
  if (!c.queueName || !queues) return 0;
  const { freeAgents, callsPending } = queues.read(c.id, c.queueName);
  return agentSlots(DialingMode.QUEUE_WATCH, { freeAgents, callsPending, multiplier: c.queueMultiplier }) ?? 0;
}
