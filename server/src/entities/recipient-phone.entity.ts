import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Rel } from '@mikro-orm/core';
import { CampaignRecipient } from './campaign-recipient.entity';

/**
 * One number of a recipient. campaign_id is copied here so PostgreSQL itself enforces
 * "a number appears once per campaign" (Webitel), whatever path added it.
 */
@Entity({ tableName: 'recipient_phone' })
@Unique({ name: 'recipient_phone_campaign_number_uq', properties: ['campaignId', 'number'] })
export class RecipientPhone {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /**
   * Checked and cascaded by statement-level triggers, not a row-level foreign key: imports write
   * millions of numbers (Migration20261206080000 says why and what that asks of writers).
   */
  @ManyToOne(() => CampaignRecipient, { createForeignKeyConstraint: false })
  @Index()
  recipient!: Rel<CampaignRecipient>;

  @Property({ type: 'uuid' })
  campaignId!: string;

  /** E.164 when it could be normalised; as given otherwise (internal extensions). */
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'integer' })
  priority = 0;

  @Property({ type: 'boolean' })
  stopped = false;
}
