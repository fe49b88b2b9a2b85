import { DEFAULT_INTERNAL_PATTERN } from '../domain/numbers/direction';
import { Entity, Enum, OneToOne, Property } from '@mikro-orm/core';
import { ComplianceProfile, DEFAULT_COMPLIANCE_PROFILE } from '../domain/compliance/compliance-profile';
import { Tenant } from './tenant.entity';

/**
 * A tenant's global limits (Kalliope's max active campaigns and max total/internal/external
 * calls, the Automated Dialing System's queue multiplier). One row per tenant.
 */
@Entity({ tableName: 'tenant_settings' })
export class TenantSettings {
  @OneToOne(() => Tenant, { primary: true, deleteRule: 'cascade', owner: true })
  tenant!: Tenant;

  @Property({ type: 'integer' })
  maxActiveCampaigns = 10;

  @Property({ type: 'integer' })
  maxTotalCalls = 100;

  @Property({ type: 'integer' })
  maxInternalCalls = 100;

  @Property({ type: 'integer' })
  maxExternalCalls = 100;

  @Property({ type: 'double' })
  callsPerSecond = 10;

  /** Numbers matching this regular expression count as internal calls. */
  @Property({ type: 'text' })
  internalNumberPattern = DEFAULT_INTERNAL_PATTERN;

  /** Queue-watch: calls = free agents in the queue x this. */
  @Property({ type: 'double' })
  queueMultiplier = 1;

  /** Billing code of every call whose campaign has none (the `accountcode` channel variable). */
  @Property({ type: 'text', nullable: true })
  accountcode?: string;

  /** ISO 3166 region used to read numbers written without a country code. */
  @Property({ type: 'text' })
  defaultRegion = 'US';

  /** The telemarketing rules every campaign dials under unless it names its own (domain/compliance). */
  @Enum({ items: () => ComplianceProfile, nativeEnumName: 'compliance_profile', default: DEFAULT_COMPLIANCE_PROFILE })
  complianceProfile: ComplianceProfile = DEFAULT_COMPLIANCE_PROFILE;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
