import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { CallOutcome } from '../domain/call/call-outcome';
import { RecipientState } from '../domain/recipient/recipient-state';
import { Campaign } from './campaign.entity';

/**
 * One recipient of one campaign (the seeds' member/registry/contact).
 *
 * The partial indexes serve the dialer's claim query, which reads in this order (product.md):
 * due callbacks, then never-called recipients by priority and list order (id is insertion
 * order), then retries longest-waiting first. Each index holds only the rows its step can
 * claim, so it stays small and hot while finished recipients pile up in a 1M-row campaign.
 */
@Entity({ tableName: 'campaign_recipient' })
@Index({
  name: 'campaign_recipient_fresh_idx',
  expression:
    "create index campaign_recipient_fresh_idx on campaign_recipient (campaign_id, priority desc, id) where state = 'READY' and attempts = 0",
})
@Index({
  name: 'campaign_recipient_retry_idx',
  expression:
    "create index campaign_recipient_retry_idx on campaign_recipient (campaign_id, next_attempt_at, id) where state in ('READY', 'RETRY_WAIT') and attempts > 0",
})
@Index({
  name: 'campaign_recipient_callback_idx',
  expression: "create index campaign_recipient_callback_idx on campaign_recipient (campaign_id, callback_at) where state = 'SCHEDULED'",
})
// Recipients waiting to be dialed that carry a deadline: the dialer expires them the moment it passes.
@Index({
  name: 'campaign_recipient_deadline_idx',
  expression:
    "create index campaign_recipient_deadline_idx on campaign_recipient (campaign_id, (least(not_after, expire_at))) where state in ('READY', 'RETRY_WAIT', 'SCHEDULED') and (not_after is not null or expire_at is not null)",
})
// Rows whose number zones were never derived (few): filled before hours are read (numbers/fill-number-zones.ts).
@Index({
  name: 'campaign_recipient_zones_missing_idx',
  expression: 'create index campaign_recipient_zones_missing_idx on campaign_recipient (campaign_id, id) where number_zones is null',
})
// Live counters ("recipients by state") and state filters in the recipients table.
@Index({ name: 'campaign_recipient_state_idx', properties: ['campaign', 'state'] })
export class CampaignRecipient {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /**
   * Checked, locked and cascaded by statement-level triggers, not a row-level foreign key:
   * imports add a million recipients to one campaign (Migration20261206090000).
   */
  @ManyToOne(() => Campaign, { createForeignKeyConstraint: false })
  campaign!: Campaign;

  /** The integrator's own id for this recipient, if they sent one. */
  @Property({ type: 'text', nullable: true })
  externalId?: string;

  @Property({ type: 'text' })
  name = '';

  @Enum({ items: () => RecipientState, nativeEnumName: 'recipient_state' })
  state: RecipientState = RecipientState.READY;

  /** Higher first; 0 by default. */
  @Property({ type: 'integer' })
  priority = 0;

  // A recipient's numbers are RecipientPhone rows pointing here; there is no inverse collection,
  // so the two entities do not import each other (read them by recipient, batched per request).

  /** Every CSV column beyond the numbers: IVR variables and the agent's screen-pop. */
  @Property({ type: 'jsonb' })
  fields: Record<string, string> = {};

  @Property({ type: 'text', nullable: true })
  originalLine?: string;

  @Property({ type: 'text[]' })
  tags: string[] = [];

  /** IANA zone; calling hours are evaluated here when set. */
  @Property({ type: 'text', nullable: true })
  timeZone?: string;

  /**
   * The zones of its numbers (libphonenumber's map), derived when it was added or imported:
   * calling hours are read here when it has no timeZone. Null = not derived yet.
   */
  @Property({ type: 'text[]', nullable: true })
  numberZones?: string[];

  @Property({ type: 'timestamptz', nullable: true })
  expireAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  notBefore?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  notAfter?: Date;

  /** Attempts that counted (NEUTRAL results do not). */
  @Property({ type: 'integer' })
  attempts = 0;

  /**
   * Every attempt ever placed, counted or not, never reset: the claim that records an attempt
   * raises it in the same statement and numbers the attempt with it (unique per recipient).
   */
  @Property({ type: 'integer' })
  attemptsMade = 0;

  /** Added by "add attempts": the recipient may go this far past the campaign's maximum. */
  @Property({ type: 'integer' })
  extraAttempts = 0;

  /** NEUTRAL results since the last counted attempt (the campaign's maxUncountedAttempts bounds it). */
  @Property({ type: 'smallint', fieldName: 'uncounted_in_a_row' })
  uncountedInARow = 0;

  /** Rotation cursor into the numbers, advanced per attempt. */
  @Property({ type: 'integer' })
  nextNumberIndex = 0;

  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt?: Date;

  @Enum({ items: () => CallOutcome, nativeEnumName: 'call_outcome', nullable: true })
  lastOutcome?: CallOutcome;

  @Property({ type: 'integer', nullable: true })
  lastDurationSeconds?: number;

  @Property({ type: 'timestamptz', nullable: true })
  callbackAt?: Date;

  /** Callback for this agent only, or to this extension (the `*Schedule*` column). */
  @Property({ type: 'uuid', nullable: true })
  callbackAgentId?: string;

  @Property({ type: 'text', nullable: true })
  callbackExtension?: string;

  @Property({ type: 'text', nullable: true })
  disposition?: string;

  @Property({ type: 'text', nullable: true })
  comment?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
