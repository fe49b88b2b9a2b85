import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Tenant } from './tenant.entity';

/** A trunk. The dial string is a template: `sofia/gateway/gw1/{number}`. */
@Entity({ tableName: 'gateway' })
@Unique({ properties: ['tenant', 'name'] })
export class Gateway {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { deleteRule: 'cascade' })
  tenant!: Tenant;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  dialString!: string;

  @Property({ type: 'boolean' })
  enabled = true;

  @Property({ type: 'integer' })
  maxConcurrent = 30;

  /** Defaults to half of maxConcurrent (domain/campaign/default-speed.ts). */
  @Property({ type: 'double' })
  callsPerSecond = 15;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
