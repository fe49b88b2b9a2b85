import { IsIn, IsString, Length, Matches } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import { CauseAction } from '../../domain/call/call-outcome';
import type { CausePolicyEntryData } from '../../commands/campaign/campaign-settings-data';

/** One override of the default cause policy: a hangup cause or outcome and its action. */
@ObjectType()
export class CausePolicyEntry {
  @Field(() => String, { description: 'FreeSWITCH hangup cause (USER_BUSY) or outcome (NO_ANSWER)' })
  cause!: string;

  @Field(() => CauseAction)
  action!: CauseAction;
}

@InputType()
export class CausePolicyEntryInput implements CausePolicyEntryData {
  @Field(() => String)
  @IsString()
  @Length(2, 64)
  @Matches(/^[A-Z0-9_]+$/, { message: 'cause must be an upper-case cause name like USER_BUSY' })
  cause!: string;

  @Field(() => CauseAction)
  @IsIn(Object.values(CauseAction))
  action!: CauseAction;
}
