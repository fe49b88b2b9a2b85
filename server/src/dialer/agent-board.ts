import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../db/sql-array';
import { abandonRate, abandonTargetShare, occupancy, type AgentCounts } from '../domain/agent/agent-figures';
import { PREDICTIVE_WINDOW_SECONDS } from './agents/agent-slots';
import { offerableAgentSql } from './agents/offerable-agent';
import { rows } from './sql-rows';
import type { ComplianceProfile } from '../domain/compliance/compliance-profile';
import { loadProfileWindows, type ProfileWindowFigures, type ProfileWindows } from './agents/profile-window';

/** The agent part of one wallboard (see WallboardPayload). */
export interface AgentBoard {
  agents: AgentCounts;
  occupancy: number | null;
  abandonRate: number | null;
  abandonRateTarget: number | null;
  /** Over the compliance profile's window (30 days, 24 h); null under NONE. */
  profileAbandonRate: number | null;
  profileWindowHours: number | null;
}

/** Per running AGENT campaign, and per tenant that runs one. */
export interface AgentBoards {
  campaigns: Map<string, AgentBoard>;
  tenants: Map<string, AgentBoard>;
}

export interface BoardCampaign {
  id: string;
  tenantId: string;
  agent: boolean;
  /** Absent: no profile window shown. */
  complianceProfile?: ComplianceProfile;
}

interface BoardRow extends AgentCounts {
  scope: 'C' | 'T';
  id: string;
  target: number | null;
  answered: number;
  abandoned: number;
}

/**
 * Agent figures for every running agent campaign and its tenant, in one statement per tick:
 * agents by state ("available" only with a registered phone, see offerable-agent.ts; a campaign's through agent_assignment, a tenant's all of them, so an agent
 * on two campaigns counts once for the tenant) and abandoned / human-answered attempts over the
 * predictive pacer's window, counted as the pacer counts them (campaign_created index), and
 * over the compliance profile's window (`windows`: the pacer's minute-old counts). No query at
 * all when no agent campaign runs: VOICE-only dialing pays nothing.
 */
export async function loadAgentBoards(
  em: EntityManager,
  running: readonly BoardCampaign[],
  nowMs: number,
  windows?: ProfileWindows,
): Promise<AgentBoards> {
  const boards: AgentBoards = { campaigns: new Map(), tenants: new Map() };
  const agentCampaigns = running.filter((c) => c.agent);
  if (agentCampaigns.length === 0) return boards;
  const campaignIds = sqlArray(agentCampaigns.map((c) => c.id));
  const tenantIds = sqlArray([...new Set(agentCampaigns.map((c) => c.tenantId))]);
  const since = new Date(nowMs - PREDICTIVE_WINDOW_SECONDS * 1000);
  const list = await rows<BoardRow>(
    em,
    `
    with states as (
      select 'C'::text as scope, s.campaign_id as id, a.state, a.phone_registered
      from agent_assignment s join agent a on a.id = s.agent_id where s.campaign_id = any(?::uuid[])
      union all
      select 'T', a.tenant_id, a.state, a.phone_registered from agent a where a.tenant_id = any(?::uuid[])
    ), counts as (
      -- Available = what the dialer would offer a call (offerable-agent.ts); AVAILABLE without a
      -- registered phone is counted apart, so the board never shows as free an agent never called.
      select scope, id,
        count(*) filter (where ${offerableAgentSql('st')})::int as available,
        count(*) filter (where st.state = 'AVAILABLE' and not ${offerableAgentSql('st')})::int as no_phone,
        count(*) filter (where state = 'RESERVED')::int as reserved,
        count(*) filter (where state = 'ON_CALL')::int as on_call,
        count(*) filter (where state = 'WRAP_UP')::int as wrap_up,
        count(*) filter (where state = 'BREAK')::int as on_break,
        count(*) filter (where state = 'LOGGED_OUT')::int as logged_out
      from states st group by scope, id
    ), calls as (
      select c.id, c.tenant_id, c.abandon_rate_target as target, w.answered, w.abandoned
      from campaign c cross join lateral (
        select count(*) filter (where x.answered_at is not null and coalesce(x.amd_result, 'human') not in ('machine', 'fax'))::int as answered,
          count(*) filter (where x.abandoned)::int as abandoned
        from call_attempt x where x.campaign_id = c.id and x.created_at > ?) w
      where c.id = any(?::uuid[])
    ), boards as (
      select 'C'::text as scope, id, target, answered, abandoned from calls
      union all
      select 'T', tenant_id, null, sum(answered)::int, sum(abandoned)::int from calls group by tenant_id
    )
    select b.scope, b.id, b.target, b.answered, b.abandoned,
      coalesce(k.available, 0) as available, coalesce(k.no_phone, 0) as "noPhone", coalesce(k.reserved, 0) as reserved, coalesce(k.on_call, 0) as "onCall",
      coalesce(k.wrap_up, 0) as "wrapUp", coalesce(k.on_break, 0) as "onBreak", coalesce(k.logged_out, 0) as "loggedOut"
    from boards b left join counts k on k.scope = b.scope and k.id = b.id`,
    [campaignIds, tenantIds, since, campaignIds],
  );
  const profiled = agentCampaigns.flatMap((c) => (c.complianceProfile ? [{ id: c.id, complianceProfile: c.complianceProfile }] : []));
  const now = new Date(nowMs);
  const long = windows ? await windows.load(em, profiled, now) : await loadProfileWindows(em, profiled, now);
  const tenantLong = tenantWindows(agentCampaigns, long);
  for (const r of list) {
    const agents: AgentCounts = {
      available: r.available,
      noPhone: r.noPhone,
      reserved: r.reserved,
      onCall: r.onCall,
      wrapUp: r.wrapUp,
      onBreak: r.onBreak,
      loggedOut: r.loggedOut,
    };
    const board: AgentBoard = {
      agents,
      occupancy: occupancy(agents),
      abandonRate: abandonRate(r.answered, r.abandoned),
      abandonRateTarget: r.target === null ? null : abandonTargetShare(r.target),
      ...profileFields((r.scope === 'C' ? long : tenantLong).get(r.id)),
    };
    (r.scope === 'C' ? boards.campaigns : boards.tenants).set(r.id, board);
  }
  return boards;
}

function profileFields(f: ProfileWindowFigures | null | undefined): Pick<AgentBoard, 'profileAbandonRate' | 'profileWindowHours'> {
  if (!f) return { profileAbandonRate: null, profileWindowHours: null };
  return { profileAbandonRate: abandonRate(f.humanAnswered, f.abandoned), profileWindowHours: f.windowHours };
}

/** A tenant's counts summed over its campaigns when they all share one window; null when they differ. */
function tenantWindows(
  campaigns: readonly BoardCampaign[],
  long: ReadonlyMap<string, ProfileWindowFigures>,
): Map<string, ProfileWindowFigures | null> {
  const out = new Map<string, ProfileWindowFigures | null>();
  for (const c of campaigns) {
    const f = long.get(c.id);
    const sum = out.get(c.tenantId);
    if (!f || sum === null) continue;
    if (sum === undefined) out.set(c.tenantId, { ...f });
    else if (sum.windowHours !== f.windowHours) out.set(c.tenantId, null);
    else out.set(c.tenantId, { ...sum, humanAnswered: sum.humanAnswered + f.humanAnswered, abandoned: sum.abandoned + f.abandoned });
  }
  return out;
}
