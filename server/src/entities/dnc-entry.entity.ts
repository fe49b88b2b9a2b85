import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from './tenant.entity';

/**
 * A number that must never be dialed. Unique per tenant and list; the dialer checks it at
 * dial time (not only at import) so a number added mid-campaign is honoured at once. A list
 * is the set of entries with one `listName`; campaigns choose lists by name (Campaign.dncLists).
 */
@Entity({ tableName: 'dnc_entry' })
@Unique({ properties: ['tenant', 'number', 'listName'] })
@Index({ properties: ['tenant', 'listName'] })
export class DncEntry {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { deleteRule: 'cascade' })
  tenant!: Tenant;

  /** E.164 after normalisation. */
  @Property({ type: 'text' })
  number!: string;

  @Property({ type: 'text' })
  listName = 'default';

  @Property({ type: 'text', nullable: true })
  reason?: string;

  @Property({ type: 'timestamptz', nullable: true })
  expiresAt?: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
