import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CallOutcome } from '../../domain/call/call-outcome';
import { RecipientState } from '../../domain/recipient/recipient-state';

/** A campaign recipient (Webitel's member). Phones and campaignId come from recipient-fields.resolver.ts. */
@ObjectType('Recipient')
export class RecipientNode {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: "The integrator's own id" }) externalId?: string;
  @Field(() => String) name!: string;
  @Field(() => RecipientState) state!: RecipientState;
  @Field(() => Int) priority!: number;
  @Field(() => GraphQLJSONObject, { description: 'Every extra field (CSV columns, API variables): IVR variables and screen-pop' })
  fields!: Record<string, string>;
  @Field(() => String, { nullable: true }) originalLine?: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => String, { nullable: true }) timeZone?: string;
  @Field(() => Date, { nullable: true }) expireAt?: Date;
  @Field(() => Date, { nullable: true }) notBefore?: Date;
  @Field(() => Date, { nullable: true }) notAfter?: Date;
  @Field(() => Int, { description: 'Attempts that counted' }) attempts!: number;
  @Field(() => Int, { description: 'Added by addAttempts beyond the campaign maximum' }) extraAttempts!: number;
  @Field(() => Date, { nullable: true }) nextAttemptAt?: Date;
  @Field(() => Date, { nullable: true }) lastAttemptAt?: Date;
  @Field(() => CallOutcome, { nullable: true }) lastOutcome?: CallOutcome;
  @Field(() => Int, { nullable: true }) lastDurationSeconds?: number;
  @Field(() => Date, { nullable: true }) callbackAt?: Date;
  @Field(() => String, { nullable: true }) callbackExtension?: string;
  @Field(() => ID, { nullable: true, description: 'A callback booked "to me" (reportCallResult callbackToMe): the agent it is kept for' })
  callbackAgentId?: string;
  @Field(() => String, { nullable: true }) disposition?: string;
  @Field(() => String, { nullable: true }) comment?: string;
  @Field(() => Date) createdAt!: Date;
}
