import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { CampaignStatus } from '../domain/campaign/campaign-status';
import { CampaignType, DialingMode } from '../domain/campaign/campaign-type';
import { ComplianceProfile } from '../domain/compliance/compliance-profile';
import { NumberFormat } from '../domain/numbers/number-format';
import { RunState, RunStateReason } from '../domain/campaign/run-state';
import type { AmdSettings, BroadcastAction, CallDestination, CausePolicyOverrides } from './campaign-config';
import { Calendar } from './calendar.entity';
import { Gateway } from './gateway.entity';
import { Tenant } from './tenant.entity';

/**
 * A campaign and every setting in product.md. Settings the dialer filters or sums on are
 * columns; nested, rarely-queried settings are typed JSONB.
 */
@Entity({ tableName: 'campaign' })
@Index({ properties: ['tenant', 'status'] })
export class Campaign {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { deleteRule: 'cascade' })
  tenant!: Tenant;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  description = '';

  @Enum({ items: () => CampaignType, nativeEnumName: 'campaign_type' })
  type: CampaignType = CampaignType.VOICE;

  @Enum({ items: () => DialingMode, nativeEnumName: 'dialing_mode', nullable: true })
  dialingMode?: DialingMode;

  @Enum({ items: () => CampaignStatus, nativeEnumName: 'campaign_status' })
  status: CampaignStatus = CampaignStatus.CREATED;

  /**
   * Why it is (not) dialing; written by the dialer while RUNNING, IDLE while SCHEDULED or
   * PAUSED, null in every other status (domain/campaign/run-state-rules.ts).
   */
  @Enum({ items: () => RunState, nativeEnumName: 'run_state', nullable: true })
  runState: RunState | null = null;

  /** Which limit holds a PACED, AT_LIMIT, BLOCKED or SWITCH_DOWN campaign. */
  @Enum({ items: () => RunStateReason, nativeEnumName: 'run_state_reason', nullable: true })
  runStateReason: RunStateReason | null = null;

  /** A template is never dialed; campaigns are created from it. */
  @Property({ type: 'boolean' })
  isTemplate = false;

  /** Templates only: a disabled template creates no campaign (Kalliope). */
  @Property({ type: 'boolean' })
  templateEnabled = true;

  /** The template this campaign was created from; kept when the template is (soft) deleted. */
  @ManyToOne(() => Campaign, { nullable: true, deleteRule: 'set null', fieldName: 'created_from_template_id', index: true })
  createdFromTemplate?: Campaign;

  @Property({ type: 'text' })
  callerIdName = '';

  @Property({ type: 'text' })
  callerIdNumber = '';

  @ManyToMany(() => Gateway, undefined, { pivotTable: 'campaign_gateway' })
  gateways = new Collection<Gateway>(this);

  /** Higher first. */
  @Property({ type: 'integer' })
  priority = 0;

  @ManyToOne(() => Calendar, { nullable: true, deleteRule: 'set null' })
  calendar?: Calendar;

  @Property({ type: 'integer' })
  maxConcurrentCalls = 10;

  @Property({ type: 'integer', nullable: true })
  maxInternalCalls?: number;

  @Property({ type: 'integer', nullable: true })
  maxExternalCalls?: number;

  /** Defaults to half of maxConcurrentCalls (domain/campaign/default-speed.ts). */
  @Property({ type: 'double' })
  callsPerSecond = 5;

  @Property({ type: 'integer' })
  maxAttempts = 5;

  @Property({ type: 'integer' })
  retryWaitSeconds = 300;

  /** Uncounted (NEUTRAL) results in a row after which a recipient is FAILED: NEUTRAL never loops. */
  @Property({ type: 'smallint' })
  maxUncountedAttempts = 3;

  @Property({ type: 'integer' })
  ringTimeoutSeconds = 30;

  /** Answered calls shorter than this are SHORT_CALL and retried. */
  @Property({ type: 'integer' })
  minSuccessSeconds = 0;

  @Property({ type: 'jsonb' })
  causePolicy: CausePolicyOverrides = {};

  /** Percent of recipients reached at which the campaign counts as COMPLETED. */
  @Property({ type: 'double', nullable: true })
  completionThreshold?: number;

  @Property({ type: 'jsonb' })
  broadcastActions: BroadcastAction[] = [];

  @Property({ type: 'jsonb', nullable: true })
  destination?: CallDestination;

  @Property({ type: 'jsonb' })
  channelVariables: Record<string, string> = {};

  /** Recipient fields (and the recipient id) go on each call as pacer_f_* channel variables. */
  @Property({ type: 'boolean' })
  sendRecipientFields = true;

  @Property({ type: 'jsonb' })
  amd: AmdSettings = { enabled: false, onMachine: 'HANGUP' };

  @Property({ type: 'double' })
  abandonRateTarget = 3;

  /** Sound played to an answer no agent took in time (safe-harbor / information message); unset = the shipped one. */
  @Property({ type: 'text', nullable: true })
  abandonMessage?: string;

  @Property({ type: 'integer' })
  wrapUpSeconds = 10;

  @Property({ type: 'boolean' })
  waitForResult = false;

  /** Queue-watch: dial only when agents are free in this queue. */
  @Property({ type: 'text', nullable: true })
  queueName?: string;

  @Property({ type: 'double', nullable: true })
  queueMultiplier?: number;

  @Property({ type: 'text', nullable: true })
  defaultRegion?: string;

  /** E164 (normalised, zones from the number) or AS_DIALED (kept as given, dialed unchanged). */
  @Enum({ items: () => NumberFormat, nativeEnumName: 'number_format' })
  numberFormat: NumberFormat = NumberFormat.E164;

  /** Billing code sent as the `accountcode` channel variable; unset = the tenant's (README: Account codes). */
  @Property({ type: 'text', nullable: true })
  accountcode?: string;

  /** Overrides the tenant's compliance profile; unset = the tenant's. */
  @Enum({ items: () => ComplianceProfile, nativeEnumName: 'compliance_profile', nullable: true })
  complianceProfile?: ComplianceProfile;

  /** The tenant's DNC lists (by name) this campaign honours; unset = every list. */
  @Property({ type: 'text[]', nullable: true })
  dncLists?: string[];

  @Property({ type: 'timestamptz', nullable: true })
  scheduledAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  /** Soft delete: history and reports keep pointing at the row. */
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date;
}
