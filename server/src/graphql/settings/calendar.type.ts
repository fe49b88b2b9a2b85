import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('OpenHours')
export class OpenHoursType {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  day!: number;

  @Field(() => String, { description: 'HH:mm, local time' })
  start!: string;

  @Field(() => String, { description: 'HH:mm, local time' })
  end!: string;
}

@ObjectType('CalendarException')
export class CalendarExceptionType {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => Boolean)
  closed!: boolean;

  @Field(() => String, { nullable: true })
  start?: string;

  @Field(() => String, { nullable: true })
  end?: string;
}

/** When campaigns using it may dial, in its time zone (or the recipient's, when known). */
@ObjectType('Calendar')
export class CalendarNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Berlin' })
  timeZone!: string;

  @Field(() => [OpenHoursType])
  openHours!: OpenHoursType[];

  @Field(() => [CalendarExceptionType])
  exceptions!: CalendarExceptionType[];

  @Field(() => String, { nullable: true })
  validFrom?: string;

  @Field(() => String, { nullable: true })
  validUntil?: string;
}
