import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { Calendar } from '../../entities/calendar.entity';
import { Campaign } from '../../entities/campaign.entity';
import { Gateway } from '../../entities/gateway.entity';
import { TenantSettings } from '../../entities/tenant-settings.entity';
import { Tenant } from '../../entities/tenant.entity';
import { ComplianceProfile } from '../../domain/compliance/compliance-profile';

/** A tenant with its settings row; `limits` overrides the defaults. */
export async function seedTenant(
  em: EntityManager,
  limits: Partial<
    Pick<
      TenantSettings,
      'maxTotalCalls' | 'maxExternalCalls' | 'maxInternalCalls' | 'callsPerSecond' | 'maxActiveCampaigns' | 'complianceProfile'
    >
  > = {},
): Promise<Tenant> {
  const tenant = em.create(Tenant, { name: `t-${Math.random().toString(36).slice(2, 8)}`, createdAt: new Date() });
  const settings = new TenantSettings();
  settings.tenant = tenant;
  // Tests dial at any wall-clock hour: a profile is opted into where a test is about it.
  settings.complianceProfile = ComplianceProfile.NONE;
  Object.assign(settings, limits);
  em.persist(settings);
  await em.flush();
  return tenant;
}

export async function seedGateway(
  em: EntityManager,
  tenant: Tenant,
  name: string,
  maxConcurrent: number,
  callsPerSecond: number,
): Promise<Gateway> {
  const g = Object.assign(new Gateway(), { tenant, name, dialString: `sofia/gateway/${name}/{number}`, maxConcurrent, callsPerSecond });
  await em.persist(g).flush();
  return g;
}

export async function seedCalendar(
  em: EntityManager,
  tenant: Tenant,
  data: Pick<Calendar, 'timeZone' | 'openHours' | 'exceptions'>,
): Promise<Calendar> {
  const c = em.create(Calendar, { tenant, name: `cal-${Math.random().toString(36).slice(2, 8)}`, ...data, createdAt: new Date() });
  await em.flush();
  return c;
}

/** A RUNNING VOICE campaign (as if started) with the given settings. */
export async function seedCampaign(
  em: EntityManager,
  tenant: Tenant,
  settings: Partial<Omit<Campaign, 'gateways'>> & { gateways?: Gateway[] } = {},
): Promise<Campaign> {
  const { gateways, ...rest } = settings;
  const c = Object.assign(new Campaign(), {
    tenant,
    name: `c-${Math.random().toString(36).slice(2, 8)}`,
    status: CampaignStatus.RUNNING,
    startedAt: new Date(),
    ...rest,
  });
  for (const g of gateways ?? []) c.gateways.add(g);
  await em.persist(c).flush();
  return c;
}

/**
 * `count` recipients, one number each, set-based. Recipient i (1-based) gets the number
 * `prefix` + i (6 digits) + `suffix(i)`; suffix `00NN` selects the simulator's fixed outcome NN.
 */
export async function seedRecipients(
  em: EntityManager,
  campaignId: string,
  count: number,
  prefix: string,
  suffixSql = `'0000'`,
): Promise<void> {
  await em.execute(
    `
    with r as (
      insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at)
      select ?, 'r' || g, jsonb_build_object('i', g), '{}', now(), now() from generate_series(1, ?) g
      returning id, (fields->>'i')::int as i)
    insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
    select r.id, ?, ? || lpad(r.i::text, 6, '0') || (select ${suffixSql} from (select r.i as i) x), 0, false from r`,
    [campaignId, count, campaignId, prefix],
  );
}
