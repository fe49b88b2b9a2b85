import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Agent } from './agent.entity';
import { Campaign } from './campaign.entity';

/** An agent's tier in a campaign: lower level is offered calls first. */
@Entity({ tableName: 'agent_assignment' })
@Unique({ properties: ['agent', 'campaign'] })
// A campaign's agents, every second: pacing (free agents) and the wallboard (agents by state).
@Index({ name: 'agent_assignment_campaign_idx', properties: ['campaign'] })
export class AgentAssignment {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Agent, { deleteRule: 'cascade' })
  agent!: Agent;

  @ManyToOne(() => Campaign, { deleteRule: 'cascade' })
  campaign!: Campaign;

  @Property({ type: 'integer' })
  level = 1;
}
