import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { AbandonReason } from '../domain/call/abandon-reason';
import { CallOutcome } from '../domain/call/call-outcome';
import type { DestinationStage } from '../domain/call/destination-outcome';
import { CampaignRecipient } from './campaign-recipient.entity';

/**
 * One call placed to one recipient. Written *before* the originate is sent, with the call
 * UUID we hand to the switch as origination_uuid, so a crash between the two can be
 * reconciled against the switch instead of dialing again.
 */
@Entity({ tableName: 'call_attempt' })
@Index({ name: 'call_attempt_campaign_created_idx', properties: ['campaignId', 'createdAt'] })
// In-flight attempts: reconciliation after a restart and live concurrency counts.
@Index({
  name: 'call_attempt_live_idx',
  expression: 'create index call_attempt_live_idx on call_attempt (campaign_id) where ended_at is null',
})
// Reports: answered totals by an index-only scan of the answered attempts (Migration20261122053400);
// the abandon rate over a compliance window by a range of it (Migration20261214110000).
@Index({
  name: 'call_attempt_answered_idx',
  expression:
    'create index call_attempt_answered_idx on call_attempt (campaign_id, answered_at) include (bill_seconds, abandoned, amd_result) where answered_at is not null',
})
// Agent desk: the agent's newest attempt, for myCurrentCall (Migration20261122083000).
@Index({
  name: 'call_attempt_agent_idx',
  expression: 'create index call_attempt_agent_idx on call_attempt (agent_id, created_at desc) where agent_id is not null',
})
// One number per attempt of a recipient, from its attempts_made counter (Migration20261207090000).
@Unique({ name: 'call_attempt_recipient_attempt_uq', properties: ['recipient', 'attemptNumber'] })
export class CallAttempt {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  @Unique()
  callId!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignRecipient, { deleteRule: 'cascade' })
  @Index()
  recipient!: CampaignRecipient;

  /** 1-based, counting every attempt (also NEUTRAL ones): the recipient's attemptsMade after the claim. */
  @Property({ type: 'integer' })
  attemptNumber!: number;

  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'uuid', nullable: true })
  gatewayId?: string;

  @Property({ type: 'uuid', nullable: true })
  agentId?: string;

  /** Which dialer process placed it. */
  @Property({ type: 'text', nullable: true })
  node?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  originatedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  ringingAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  bridgedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  endedAt?: Date;

  /** The answer script's action begun last, and when: a new leader resumes a re-attached call there. */
  @Property({ type: 'smallint', nullable: true })
  scriptStep?: number;

  @Property({ type: 'timestamptz', nullable: true })
  scriptStepAt?: Date;

  /**
   * Where the answered call went, as the leader last saw it (extension leg, IVR and queue stage):
   * a new leader re-attaching the call after a takeover starts from it (dialer/call-book.ts `reattach`).
   */
  @Property({ type: 'jsonb', nullable: true })
  destinationStage?: DestinationStage;

  @Property({ type: 'text', nullable: true })
  hangupCause?: string;

  @Property({ type: 'integer', nullable: true })
  q850?: number;

  @Property({ type: 'integer', nullable: true })
  sipStatus?: number;

  @Property({ type: 'integer', nullable: true })
  billSeconds?: number;

  @Property({ type: 'text', nullable: true })
  amdResult?: string;

  @Property({ type: 'timestamptz', nullable: true })
  answerConfirmedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  listenConfirmedAt?: Date;

  @Property({ type: 'text', nullable: true })
  disposition?: string;

  @Property({ type: 'boolean' })
  abandoned = false;

  /** Why an answered call never reached an agent (AbandonReason); null when it did or was no agent call. */
  @Property({ type: 'text', nullable: true })
  abandonReason?: AbandonReason;

  /** The hangup cause of the agent leg when the bridge to the agent failed (USER_NOT_REGISTERED, NO_ANSWER…). */
  @Property({ type: 'text', nullable: true })
  bridgeFailureCause?: string;

  @Enum({ items: () => CallOutcome, nativeEnumName: 'call_outcome', nullable: true })
  outcome?: CallOutcome;

  /** False for NEUTRAL results, which do not use up an attempt. */
  @Property({ type: 'boolean' })
  counted = true;
}
