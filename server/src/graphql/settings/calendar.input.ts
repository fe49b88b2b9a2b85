import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import type {
  CalendarExceptionData,
  CalendarFieldsData,
  CreateCalendarData,
  OpenHoursData,
  UpdateCalendarData,
} from '../../commands/settings/calendar-data';
import { IsName } from '../common/text-rules';

// Wall-clock times; 24:00 closes a window at midnight (the domain's calendar reads it so).
const TIME = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
const TIME_MESSAGE = '$property must be HH:mm (00:00 to 24:00)';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = '$property must be a date YYYY-MM-DD';

@InputType()
export class OpenHoursInput implements OpenHoursData {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday' })
  @IsInt()
  @Min(1)
  @Max(7)
  day!: number;

  @Field(() => String, { description: 'HH:mm, local time' })
  @Matches(TIME, { message: TIME_MESSAGE })
  start!: string;

  @Field(() => String, { description: 'HH:mm, local time, after start (24:00 = midnight)' })
  @Matches(TIME, { message: TIME_MESSAGE })
  end!: string;
}

@InputType()
export class CalendarExceptionInput implements CalendarExceptionData {
  @Field(() => String, { description: 'YYYY-MM-DD, local date' })
  @Matches(DATE, { message: DATE_MESSAGE })
  date!: string;

  @Field(() => Boolean, { description: 'true: closed all day; false: open only start-end' })
  @IsBoolean()
  closed!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  start?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(TIME, { message: TIME_MESSAGE })
  end?: string | null;
}

/**
 * Calendar fields, all optional: create requires name and timeZone on top, update changes
 * only what is given (null clears validFrom/validUntil). Lists replace the stored ones.
 */
@InputType()
export class CalendarFieldsInput implements CalendarFieldsData {
  @Field(() => [OpenHoursInput], { nullable: true, description: 'Windows per weekday; several per day allowed' })
  @IsOptional()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  openHours?: OpenHoursInput[] | null;

  @Field(() => [CalendarExceptionInput], { nullable: true, description: 'Holidays and special-hours dates' })
  @IsOptional()
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  exceptions?: CalendarExceptionInput[] | null;

  @Field(() => String, { nullable: true, description: 'First date it applies (YYYY-MM-DD), inclusive' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last date it applies (YYYY-MM-DD), inclusive' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  validUntil?: string | null;
}

@InputType()
export class CreateCalendarInput extends CalendarFieldsInput implements CreateCalendarData {
  @Field(() => String)
  @IsName(100)
  name!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Berlin' })
  @IsString()
  @Length(1, 100)
  timeZone!: string;
}

@InputType()
export class UpdateCalendarInput extends CalendarFieldsInput implements UpdateCalendarData {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsName(100)
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Berlin' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  timeZone?: string | null;
}
