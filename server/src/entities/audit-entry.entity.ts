import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { AuditAction } from '../domain/audit/audit-action';
import { ActorKind } from './campaign-event.entity';

/**
 * One line of the audit log (issue 21): who changed which tenant's users, keys or settings,
 * and what changed. Like campaign history: plain ids and copied labels, no foreign keys, so
 * an entry outlives the user, key or object it names. Written by commands/audit/record-audit.ts
 * in the same transaction as the change; never updated.
 */
@Entity({ tableName: 'audit_entry' })
@Index({ properties: ['tenantId', 'id'] })
@Index({ properties: ['at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  /** The tenant the change concerns. */
  @Property({ type: 'uuid' })
  tenantId!: string;

  @Enum({ items: () => ActorKind, nativeEnumName: 'actor_kind' })
  actorKind!: ActorKind;

  @Property({ type: 'uuid', nullable: true })
  actorId?: string;

  /** The user's email or the key's name at the time. */
  @Property({ type: 'text' })
  actorLabel!: string;

  /** The actor's own tenant: differs from tenantId when the platform operator acted. */
  @Property({ type: 'uuid', nullable: true })
  actorTenantId?: string;

  @Enum({ items: () => AuditAction, nativeEnumName: 'audit_action' })
  action!: AuditAction;

  /** User, ApiKey, Gateway, Calendar, DncList, TenantSettings, Tenant. */
  @Property({ type: 'text' })
  targetType!: string;

  @Property({ type: 'text', nullable: true })
  targetId?: string;

  /** What changed: { field: { from, to } } for an update, the fields set for a creation. Never a secret. */
  @Property({ type: 'jsonb' })
  changes: Record<string, unknown> = {};

  @Property({ type: 'timestamptz' })
  at: Date = new Date();
}
