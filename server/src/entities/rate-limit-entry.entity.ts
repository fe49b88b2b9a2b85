import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One rate-limit counter, written only by rate-limiter-flexible's RateLimiterPostgres (see
 * limits/rate-limit-store.ts): the layout is the library's own. Declared here so a migration
 * creates the table once, instead of every process racing to CREATE TABLE at start, and so
 * the schema check knows it. Counters live in PostgreSQL so limits and lockouts hold across
 * processes and restarts.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitEntry {
  /** `<limiter prefix>:<key>`, e.g. a hashed account or a session id. */
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points: number = 0;

  /** Epoch milliseconds when the counter (or block) lapses; null: never. */
  @Property({ type: 'bigint', nullable: true })
  expire?: string | null;
}
