import type { EntityManager } from '@mikro-orm/postgresql';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import { PREDICTIVE_WINDOW_SECONDS } from '../agents/agent-slots';
import { loadProfileWindows } from '../agents/profile-window';
import { rows } from '../sql-rows';

/** Human answers and abandons over a window, as the pacer and a regulator count them. */
export interface WindowCounts {
  answered: number;
  abandoned: number;
}

export const abandonRate = (w: WindowCounts): number => (w.answered > 0 ? w.abandoned / w.answered : 0);

/** The US_TSR 30-day window, read by the pacer's own statement (on answered_at). */
export async function thirtyDayCounts(em: EntityManager, campaignId: string, now: Date): Promise<WindowCounts> {
  const w = (await loadProfileWindows(em, [{ id: campaignId, complianceProfile: ComplianceProfile.US_TSR }], now)).get(campaignId);
  return { answered: w?.humanAnswered ?? 0, abandoned: w?.abandoned ?? 0 };
}

/** The 15-minute window that steers pacing (agent-slots.ts: attempts created in it). */
export async function shortWindowCounts(em: EntityManager, campaignId: string, now: Date): Promise<WindowCounts> {
  const [r] = await rows<WindowCounts>(
    em,
    `select count(*) filter (where answered_at is not null and coalesce(amd_result, 'human') not in ('machine', 'fax'))::int as answered,
       count(*) filter (where abandoned)::int as abandoned
     from call_attempt where campaign_id = ? and created_at > ?`,
    [campaignId, new Date(now.getTime() - PREDICTIVE_WINDOW_SECONDS * 1000)],
  );
  return r ?? { answered: 0, abandoned: 0 };
}
