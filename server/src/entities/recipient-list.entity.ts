import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from './tenant.entity';
import { NumberFormat } from '../domain/numbers/number-format';

export enum ListStatus {
  ACTIVE = 'ACTIVE',
  DISABLED = 'DISABLED',
}

/** A reusable source of contacts; a DISABLED list cannot be attached to a campaign. */
@Entity({ tableName: 'recipient_list' })
@Unique({ properties: ['tenant', 'name'] })
export class RecipientList {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { deleteRule: 'cascade' })
  tenant!: Tenant;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => ListStatus, nativeEnumName: 'list_status' })
  status: ListStatus = ListStatus.ACTIVE;

  @Property({ type: 'text', nullable: true })
  defaultRegion?: string;

  /** How its contacts' numbers are read; a list attaches only to a campaign of the same format. */
  @Enum({ items: () => NumberFormat, nativeEnumName: 'number_format' })
  numberFormat: NumberFormat = NumberFormat.E164;

  /** Billing code a campaign without its own takes when this list is attached to it. */
  @Property({ type: 'text', nullable: true })
  accountcode?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
