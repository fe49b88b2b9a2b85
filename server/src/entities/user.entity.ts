import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Role } from '../domain/auth/role';
import { Tenant } from './tenant.entity';

/** A person who logs in. Email is unique across tenants so login needs no tenant name. */
@Entity({ tableName: 'app_user' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { deleteRule: 'cascade' })
  tenant!: Tenant;

  @Property({ type: 'text' })
  @Unique()
  email!: string;

  @Property({ type: 'text' })
  name!: string;

  /** argon2id hash; never leaves the server. */
  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @Property({ type: 'boolean' })
  disabled = false;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
