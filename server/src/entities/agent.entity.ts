import { Entity, Enum, Index, ManyToOne, OneToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { AgentState } from '../domain/agent/agent-state';
import { Tenant } from './tenant.entity';
import { User } from './user.entity';

/** A person taking calls, with Webitel's per-agent pacing parameters. */
@Entity({ tableName: 'agent' })
// A tenant's agents by state, every second: the tenant wallboard and the agents board.
@Index({ name: 'agent_tenant_state_idx', properties: ['tenant', 'state'] })
export class Agent {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { deleteRule: 'cascade' })
  tenant!: Tenant;

  @OneToOne(() => User, { nullable: true, deleteRule: 'set null', owner: true })
  user?: User;

  @Property({ type: 'text' })
  name!: string;

  /** Dial string of the agent's phone, e.g. `user/1001`. */
  @Property({ type: 'text' })
  endpoint!: string;

  @Enum({ items: () => AgentState, nativeEnumName: 'agent_state' })
  state: AgentState = AgentState.LOGGED_OUT;

  @Property({ type: 'timestamptz' })
  stateChangedAt: Date = new Date();

  @Property({ type: 'integer' })
  callTimeoutSeconds = 20;

  @Property({ type: 'integer' })
  wrapUpSeconds = 10;

  @Property({ type: 'integer' })
  maxNoAnswer = 3;

  @Property({ type: 'integer' })
  consecutiveNoAnswers = 0;

  @Property({ type: 'integer' })
  busyDelaySeconds = 30;

  @Property({ type: 'integer' })
  rejectDelaySeconds = 30;

  @Property({ type: 'integer' })
  noAnswerDelaySeconds = 30;

  /** Whether the phone at `endpoint` is registered on the switch, as the dialer last checked; null: not checked yet. */
  @Property({ type: 'boolean', nullable: true })
  phoneRegistered?: boolean | null;

  @Property({ type: 'timestamptz', nullable: true })
  phoneCheckedAt?: Date | null;

  /** The dialer forced a BREAK (maxNoAnswer offers in a row not taken): the last offer's cause; cleared by the next move. */
  @Property({ type: 'text', nullable: true })
  breakCause?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}
