import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { ApiScope } from '../domain/auth/role';
import { Tenant } from './tenant.entity';

/** An integrator's key ("dialer web-service key with permissions"): scoped, revocable. */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { deleteRule: 'cascade' })
  tenant!: Tenant;

  @Property({ type: 'text' })
  name!: string;

  /** First characters of the key, shown in lists so people can tell keys apart. */
  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'text', hidden: true })
  @Unique()
  keyHash!: string;

  @Property({ type: 'text[]' })
  scopes: ApiScope[] = [];

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date;
}
