/**
 * The ceilings the platform operator puts on a tenant (issue 21): the tenant's own limits
 * (TenantSettings) may be set only within them, and the dialer uses the lower of limit and cap,
 * so a cap lowered below a limit already set still holds. null = no cap.
 */
export interface TenantCaps {
  maxConcurrentCalls: number | null;
  callsPerSecond: number | null;
  maxActiveCampaigns: number | null;
}

/** The tenant limits each cap bounds, and the words a refusal uses for the cap. */
const BOUNDS = [
  { setting: 'maxTotalCalls', cap: 'maxConcurrentCalls', unit: 'concurrent calls' },
  { setting: 'maxInternalCalls', cap: 'maxConcurrentCalls', unit: 'concurrent calls' },
  { setting: 'maxExternalCalls', cap: 'maxConcurrentCalls', unit: 'concurrent calls' },
  { setting: 'callsPerSecond', cap: 'callsPerSecond', unit: 'calls per second' },
  { setting: 'maxActiveCampaigns', cap: 'maxActiveCampaigns', unit: 'active campaigns' },
] as const;

export type CappedSetting = (typeof BOUNDS)[number]['setting'];

/** The first limit given above its cap, as the field and a message naming the cap; null when all fit. */
export function capProblem(
  limits: Partial<Record<CappedSetting, number | null | undefined>>,
  caps: TenantCaps,
): { field: CappedSetting; message: string } | null {
  for (const b of BOUNDS) {
    const value = limits[b.setting];
    const cap = caps[b.cap];
    if (value == null || cap == null || value <= cap) continue;
    return {
      field: b.setting,
      message: `${b.setting} ${value} is above this tenant's cap of ${cap} ${b.unit} set by the platform operator`,
    };
  }
  return null;
}

/** A limit as the dialer applies it: the tenant's own, lowered to the cap when there is one. */
export function cappedLimit(limit: number, cap: number | null): number {
  return cap === null ? limit : Math.min(limit, cap);
}

/** The valid range of each cap (the same as the tenant limit it bounds). */
export const CAP_RANGES = {
  maxConcurrentCalls: { min: 1, max: 100000, integer: true },
  callsPerSecond: { min: 0.1, max: 10000, integer: false },
  maxActiveCampaigns: { min: 1, max: 1000, integer: true },
} as const;

/** Why a cap value is not acceptable, or undefined when it is (null: no cap, always fine). */
export function capValueProblem(name: keyof TenantCaps, value: number | null | undefined): string | undefined {
  if (value == null) return undefined;
  const r = CAP_RANGES[name];
  if (!Number.isFinite(value) || (r.integer && !Number.isInteger(value))) return r.integer ? 'must be a whole number' : 'must be a number';
  if (value < r.min || value > r.max) return `must be between ${r.min} and ${r.max}`;
  return undefined;
}
