import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { PhoneNumber } from './phone-number';
import { RecipientList } from './recipient-list.entity';

/**
 * A member of a reusable list. Attaching the list to a campaign copies contacts into
 * campaign_recipient in one INSERT … SELECT, so a campaign's recipients stay true to what
 * was dialed even if the list changes later.
 */
@Entity({ tableName: 'contact' })
@Index({ properties: ['list', 'position'] })
export class Contact {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => RecipientList, { deleteRule: 'cascade' })
  list!: RecipientList;

  @Property({ type: 'bigint' })
  position!: string;

  @Property({ type: 'text' })
  name = '';

  @Property({ type: 'jsonb' })
  phones: PhoneNumber[] = [];

  @Property({ type: 'jsonb' })
  fields: Record<string, string> = {};

  @Property({ type: 'text', nullable: true })
  timeZone?: string;

  @Property({ type: 'integer' })
  priority = 0;

  @Property({ type: 'text[]' })
  tags: string[] = [];

  @Property({ type: 'timestamptz', nullable: true })
  expireAt?: Date;

  @Property({ type: 'text', nullable: true })
  originalLine?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
