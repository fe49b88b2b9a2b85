import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { CampaignStatus } from '../domain/campaign/campaign-status';

export enum ActorKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}

/**
 * The campaign's history: every state change and user action, who and when. Plain ids, no
 * foreign keys, and a label copied at write time: the log must survive edits and deletion.
 */
@Entity({ tableName: 'campaign_event' })
@Index({ properties: ['campaignId', 'id'] })
export class CampaignEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  tenantId!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  @Property({ type: 'timestamptz' })
  at: Date = new Date();

  @Enum({ items: () => ActorKind, nativeEnumName: 'actor_kind' })
  actorKind!: ActorKind;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  @Property({ type: 'text' })
  actorLabel!: string;

  /** CREATE, UPDATE, START, PAUSE, ADD_ATTEMPTS, … */
  @Property({ type: 'text' })
  action!: string;

  @Enum({ items: () => CampaignStatus, nativeEnumName: 'campaign_status', nullable: true })
  fromStatus?: CampaignStatus;

  @Enum({ items: () => CampaignStatus, nativeEnumName: 'campaign_status', nullable: true })
  toStatus?: CampaignStatus;

  @Property({ type: 'jsonb' })
  details: Record<string, unknown> = {};

  /** The full configuration at each start, so history stays true after edits. */
  @Property({ type: 'jsonb', nullable: true })
  configSnapshot?: Record<string, unknown>;
}
