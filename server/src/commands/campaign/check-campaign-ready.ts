import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import type { Campaign } from '../../entities/campaign.entity';
import { conflict } from '../../errors/app-error';
import { missingMachineDetector } from '../../domain/call/machine-answer';
import { effectiveProfile, type ComplianceProfile } from '../../domain/compliance/compliance-profile';
import type { RuleProblem } from '../../domain/compliance/rule-problem';
import { complianceProblems } from '../../domain/compliance/start-problems';
import { readTenantSettings } from '../settings/tenant-settings-row';

/**
 * What a campaign lacks to be worth dialing, or a compliance rule it would break; `code` is
 * stable for clients, `reason` is for people, `rule` names the broken rule and its source.
 */
export interface MissingSetting {
  code: 'NO_ACTIONS_OR_DESTINATION' | 'NO_AGENTS' | 'NO_RECIPIENTS' | 'NO_MACHINE_DETECTOR' | RuleProblem['code'];
  reason: string;
  rule?: string;
}

/** The profile the campaign dials under: its own, else its tenant's. */
export async function campaignProfile(em: EntityManager, c: Campaign): Promise<ComplianceProfile> {
  if (c.complianceProfile) return c.complianceProfile;
  return effectiveProfile(null, (await readTenantSettings(em, c.tenant.id)).complianceProfile);
}

/**
 * What a campaign lacks before it may dial: a VOICE campaign with no actions and no destination
 * would answer every call and hang up at once; an AGENT campaign (other than QUEUE_WATCH, whose
 * agents are the queue's) with no agent assigned drops every answered customer; a campaign with
 * no recipients has nothing to dial (`withRecipients`); one with AMD on needs a switch with
 * mod_amd or mod_avmd (`machineDetectors`, as the leading dialer read them; unknown skips it).
 * Then every rule of the campaign's compliance profile its settings break (domain/compliance).
 */
export async function missingSettings(
  em: EntityManager,
  c: Campaign,
  withRecipients: boolean,
  machineDetectors?: readonly string[] | null,
): Promise<MissingSetting[]> {
  const missing: MissingSetting[] = [];
  const noDetector = missingMachineDetector(c.amd, machineDetectors);
  if (noDetector) missing.push({ code: 'NO_MACHINE_DETECTOR', reason: noDetector });
  if (c.type === CampaignType.VOICE && (c.broadcastActions ?? []).length === 0 && !c.destination) {
    missing.push({
      code: 'NO_ACTIONS_OR_DESTINATION',
      reason: 'it has no broadcast actions and no destination: add a message to play or a destination (extension, queue or IVR)',
    });
  }
  if (c.type === CampaignType.AGENT && c.dialingMode !== DialingMode.QUEUE_WATCH) {
    const [row] = await em.execute<Array<{ n: number }>>(`select count(*)::int as n from agent_assignment where campaign_id = ?`, [c.id]);
    if ((row?.n ?? 0) === 0) missing.push({ code: 'NO_AGENTS', reason: 'no agent is assigned to it: assign at least one agent' });
  }
  if (withRecipients) {
    const [row] = await em.execute<Array<{ any: boolean }>>(
      `select exists (select 1 from campaign_recipient where campaign_id = ?) as any`,
      [c.id],
    );
    if (!row?.any) missing.push({ code: 'NO_RECIPIENTS', reason: 'it has no recipients: import a list or add recipients' });
  }
  const profile = await campaignProfile(em, c);
  const facts = {
    type: c.type,
    dialingMode: c.dialingMode ?? null,
    callerIdNumber: c.callerIdNumber ?? '',
    ringTimeoutSeconds: c.ringTimeoutSeconds,
    abandonRateTarget: c.abandonRateTarget,
    numberFormat: c.numberFormat,
    hasCalendar: !!c.calendar,
  };
  for (const p of complianceProblems(profile, facts)) missing.push({ code: p.code, reason: p.reason, rule: p.rule });
  return missing;
}

/** CONFLICT naming everything a campaign lacks to start (or be scheduled); nothing when it is ready. */
export async function checkCampaignReady(
  em: EntityManager,
  c: Campaign,
  withRecipients: boolean,
  machineDetectors?: readonly string[] | null,
): Promise<void> {
  const missing = await missingSettings(em, c, withRecipients, machineDetectors);
  if (missing.length === 0) return;
  const rules = missing.flatMap((m) => (m.rule ? [m.rule] : []));
  throw conflict(`Cannot start campaign "${c.name}": ${missing.map((m) => m.reason).join('; ')}`, {
    missing: missing.map((m) => m.code),
    ...(rules.length > 0 ? { rules } : {}),
  });
}
