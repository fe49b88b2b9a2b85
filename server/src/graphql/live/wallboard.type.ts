import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AgentCounts } from './agent-counts.type';

/** Live figures for one campaign (campaignId set) or the whole tenant (null); once a second. */
@ObjectType()
export class Wallboard {
  @Field(() => ID, { nullable: true }) campaignId!: string | null;
  @Field(() => Int) activeCalls!: number;
  @Field(() => Int, { description: 'Calls ended in the last minute' }) callsPerMinute!: number;
  @Field(() => Float, { nullable: true, description: 'Answered / ended over the last five minutes (0..1)' }) answerRate!: number | null;
  @Field(() => Int, {
    description:
      'Attempts ended over the last five minutes (the answerRate window) with outcome ABANDONED: answered by a person no agent took in time',
  })
  abandonedCalls!: number;
  @Field(() => Int, {
    description:
      'Attempts ended over the last five minutes (the answerRate window) with outcome CONFIRMED: every confirmation asked for was keyed',
  })
  confirmedCalls!: number;
  @Field(() => Int) recipientsRemaining!: number;
  @Field(() => Int, { nullable: true, description: 'Seconds until the remaining recipients are called at the current rate' }) etaSeconds!:
    number | null;
  @Field(() => AgentCounts, {
    nullable: true,
    description:
      "Agents by state: the campaign's assigned agents (AGENT campaigns), or all of the tenant's agents (tenant board, while one of its agent campaigns runs); null otherwise",
  })
  agents!: AgentCounts | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Occupancy at this instant (0..1): agents ON_CALL or WRAP_UP / agents logged in and not on BREAK; a headcount, not time-weighted. Null without agent figures or with nobody working',
  })
  occupancy!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "Abandoned / human-answered attempts (0..1) over the last 15 minutes, the predictive pacer's window; the tenant board sums its running agent campaigns. Null without agent campaigns or before a person answered",
  })
  abandonRate!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "The campaign's abandon-rate target on the same 0..1 scale as abandonRate (the campaign stores percent: 3 -> 0.03); null for the tenant board and VOICE campaigns",
  })
  abandonRateTarget!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      "Abandoned / human-answered attempts (0..1) over the compliance profile's window (US_TSR: 30 days, UK_OFCOM: 24 hours), what a regulator measures; predictive pacing keeps it and abandonRate under the target. Null under profile NONE, without agent campaigns or before a person answered; the tenant board sums campaigns sharing one window",
  })
  profileAbandonRate!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: "The length of profileAbandonRate's window in hours (720, 24); null when there is none",
  })
  profileWindowHours!: number | null;
  @Field(() => Date) at!: Date;
}
