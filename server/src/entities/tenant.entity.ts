import { Entity, Enum, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { TenantStatus } from '../domain/tenant/tenant-status';

/**
 * The seeds' accountcode: every other object belongs to exactly one tenant. Its status and
 * caps belong to the platform operator (issue 21); the tenant's own limits are TenantSettings.
 */
@Entity({ tableName: 'tenant' })
export class Tenant {
  [OptionalProps]?: 'status' | 'pausedBySuspension';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  @Unique()
  name!: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Enum({ items: () => TenantStatus, nativeEnumName: 'tenant_status', default: TenantStatus.ACTIVE })
  status: TenantStatus = TenantStatus.ACTIVE;

  /** Why the operator suspended it: shown to its users with every refusal. */
  @Property({ type: 'text', nullable: true })
  suspendedReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  suspendedAt?: Date | null;

  /** Campaigns the current suspension paused: a resume restarts these and no others. */
  @Property({ type: 'jsonb', default: '[]' })
  pausedBySuspension: string[] = [];

  /** Caps set by the platform operator; null = no cap. */
  @Property({ type: 'integer', nullable: true })
  capMaxConcurrentCalls?: number | null;

  @Property({ type: 'double', nullable: true })
  capCallsPerSecond?: number | null;

  @Property({ type: 'integer', nullable: true })
  capMaxActiveCampaigns?: number | null;
}
