import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** The seeds' accountcode: every other object belongs to exactly one tenant. */
@Entity({ tableName: 'tenant' })
export class Tenant {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique()
  name!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
