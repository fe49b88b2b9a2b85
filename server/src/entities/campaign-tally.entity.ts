import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One change to a campaign's figures (issue 19 item 5), written only by PostgreSQL triggers on
 * campaign_recipient and call_attempt (Migration20261214130000), in the transaction of the
 * change itself: a figure is the sum of its rows. Append-only, so concurrent writers never
 * wait on one counter row; campaign_tally_compact folds the rows, campaign_tally_recount
 * rebuilds them from the recipients and calls (reports/campaign-tally.ts). Declared here so
 * the schema check knows the table; no code writes it through the ORM.
 */
@Entity({ tableName: 'campaign_tally' })
@Index({ name: 'campaign_tally_campaign_idx', properties: ['campaignId'] })
export class CampaignTally {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  campaignId!: string;

  /** recipients, untagged, state, outcome, attempts, counted_attempts, tag, calls, answered, abandoned, talk_seconds, talked. */
  @Property({ type: 'text' })
  figure!: string;

  /** The bucket (a state, an outcome, an attempt count, a tag); '' for a plain total. */
  @Property({ type: 'text' })
  key!: string;

  @Property({ type: 'bigint' })
  n!: string;
}
