import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CallOutcome } from '../../domain/call/call-outcome';
import { RecipientState } from '../../domain/recipient/recipient-state';
import { PageInfo } from '../common/page-info.type';

/** One line of the detailed report; the same columns as the CSV export. */
@ObjectType()
export class RecipientReportRow {
  @Field(() => ID, { description: 'Recipient id: recipient(id) { callAttempts } gives its history' }) id!: string;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => String) name!: string;
  @Field(() => [String], { description: 'In dialing order' }) numbers!: string[];
  @Field(() => RecipientState) state!: RecipientState;
  @Field(() => Boolean, { description: 'The state is final (campaignStatistics.finalRecipients counts these); the CSV column "final"' })
  final!: boolean;
  @Field(() => Int, { description: 'Counted attempts (campaignStatistics.byAttempts groups by this; calls placed may be more)' })
  attempts!: number;
  @Field(() => CallOutcome, { nullable: true }) lastOutcome!: CallOutcome | null;
  @Field(() => Int, { nullable: true }) lastDurationSeconds!: number | null;
  @Field(() => Date, { nullable: true }) lastAttemptAt!: Date | null;
  @Field(() => [String]) tags!: string[];
  @Field(() => String, { nullable: true }) disposition!: string | null;
  @Field(() => String, { nullable: true }) comment!: string | null;
  @Field(() => GraphQLJSONObject, { description: 'The original record: every imported field' }) fields!: Record<string, string>;
  @Field(() => String, { nullable: true, description: 'The line as it was imported' }) originalLine!: string | null;
  @Field(() => String, { nullable: true, description: "The billing code its calls carry: the campaign's, else the tenant's" })
  accountcode!: string | null;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType()
export class RecipientReportConnection {
  @Field(() => [RecipientReportRow]) nodes!: RecipientReportRow[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
}
