import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlArray } from '../../db/sql-array';
import type { ComplianceProfile } from '../../domain/compliance/compliance-profile';
import { ABANDON_LIMIT } from '../../domain/compliance/abandon-rate';
import type { AbandonCounts } from '../../domain/dialer/abandon-headroom';
import { rows } from '../sql-rows';

/** A campaign whose abandons are measured over its compliance profile's window. */
export interface ProfileWindowCampaign {
  id: string;
  complianceProfile: ComplianceProfile;
}

/** Human answers and abandons over the profile's window (30 days for US_TSR, 24 h for UK_OFCOM). */
export interface ProfileWindowFigures extends AbandonCounts {
  windowHours: number;
}

/** A month-long count moves little in a minute: each campaign's is read again after this long. */
export const PROFILE_WINDOW_TTL_MS = 60_000;

interface Cached {
  at: number;
  profile: ComplianceProfile;
  figures: ProfileWindowFigures;
}

/**
 * The abandon counts a regulator would measure, per campaign, over its profile's window: the
 * predictive pacer keeps them under the target (abandon-headroom.ts) and the wallboard shows
 * them. Profile NONE has no such window (absent from the map). Counting 30 days of answers
 * every tick would scan millions of index entries for a busy campaign, so the counts are kept
 * for PROFILE_WINDOW_TTL_MS (one minute more or less of a 24-hour window is 0.07 %); the short
 * 15-minute window, read every tick, catches a sudden burst meanwhile.
 */
export class ProfileWindows {
  private readonly cache = new Map<string, Cached>();

  constructor(private readonly ttlMs = PROFILE_WINDOW_TTL_MS) {}

  async load(em: EntityManager, campaigns: readonly ProfileWindowCampaign[], now: Date): Promise<Map<string, ProfileWindowFigures>> {
    const out = new Map<string, ProfileWindowFigures>();
    const stale: ProfileWindowCampaign[] = [];
    const t = now.getTime();
    for (const c of campaigns) {
      if (!ABANDON_LIMIT[c.complianceProfile]) continue;
      const hit = this.cache.get(c.id);
      if (hit && hit.profile === c.complianceProfile && t - hit.at < this.ttlMs && t >= hit.at) out.set(c.id, hit.figures);
      else stale.push(c);
    }
    if (stale.length > 0) {
      const fresh = await loadProfileWindows(em, stale, now);
      for (const c of stale) {
        const figures = fresh.get(c.id);
        if (!figures) continue;
        this.cache.set(c.id, { at: t, profile: c.complianceProfile, figures });
        out.set(c.id, figures);
      }
    }
    if (this.cache.size > 4 * Math.max(16, campaigns.length)) this.keepOnly(new Set(campaigns.map((c) => c.id)));
    return out;
  }

  private keepOnly(ids: ReadonlySet<string>): void {
    for (const id of [...this.cache.keys()]) if (!ids.has(id)) this.cache.delete(id);
  }
}

/**
 * One statement for all the campaigns given: each counts its answered attempts since its own
 * window's start, by a range scan of call_attempt_answered_idx (campaign_id, answered_at),
 * index-only (abandoned and amd_result are included). A machine or fax answer is not a person.
 */
export async function loadProfileWindows(
  em: EntityManager,
  campaigns: readonly ProfileWindowCampaign[],
  now: Date,
): Promise<Map<string, ProfileWindowFigures>> {
  const measured = campaigns.flatMap((c) => {
    const limit = ABANDON_LIMIT[c.complianceProfile];
    return limit ? [{ id: c.id, hours: limit.windowHours }] : [];
  });
  const out = new Map<string, ProfileWindowFigures>();
  if (measured.length === 0) return out;
  const list = await rows<{ id: string; answered: number; abandoned: number }>(
    em,
    `
    select w.id, f.answered, f.abandoned
    from unnest(?::uuid[], ?::int[]) as w(id, hours)
    cross join lateral (
      select count(*) filter (where coalesce(x.amd_result, 'human') not in ('machine', 'fax'))::int as answered,
        count(*) filter (where x.abandoned)::int as abandoned
      from call_attempt x
      where x.campaign_id = w.id and x.answered_at is not null
        and x.answered_at > ?::timestamptz - make_interval(hours => w.hours)) f`,
    [sqlArray(measured.map((m) => m.id)), sqlArray(measured.map((m) => m.hours)), now],
  );
  const hours = new Map(measured.map((m) => [m.id, m.hours]));
  for (const r of list) out.set(r.id, { humanAnswered: r.answered, abandoned: r.abandoned, windowHours: hours.get(r.id) ?? 0 });
  return out;
}
