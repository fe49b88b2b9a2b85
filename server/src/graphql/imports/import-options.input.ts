import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DncMode, DuplicateMode, HeaderMode, ImportCharset, ImportFormat } from '../../imports/import-types';
import './import-enums';

/** Which column is what: a header name (case-insensitive) or a 1-based column number. */
@InputType()
export class ColumnMappingInput {
  @Field(() => [String], { description: 'Phone column(s), highest priority first. Empty: detected.' })
  phones!: string[];

  @Field(() => String, { nullable: true, description: 'Splits one cell into several numbers, dialed in order (default "|")' })
  @IsOptional()
  @Length(1, 3)
  numberSeparator?: string;

  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) externalId?: string;
  @Field(() => String, { nullable: true, description: 'IANA zone column' }) timezone?: string;
  @Field(() => String, { nullable: true, description: '0-100' }) priority?: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601 or Unix time' }) expireAt?: string;
  @Field(() => String, { nullable: true }) notBefore?: string;
  @Field(() => String, { nullable: true }) notAfter?: string;
  @Field(() => String, { nullable: true, description: 'Tags separated by | , or ;' }) tags?: string;
  @Field(() => String, { nullable: true, description: 'UNIX_TIMESTAMP:EXTENSION: a scheduled callback (state SCHEDULED)' })
  schedule?: string;

  @Field(() => String, {
    nullable: true,
    description: "E164 only: a column of ISO 3166 alpha-2 regions; each row's numbers are read in its own region (blank: the target's)",
  })
  region?: string;

  @Field(() => [String], { nullable: true, description: 'Columns kept as named fields: never guessed as the name or another role' })
  fields?: string[];
}

/** How to read the file; anything left out is detected from its first 64 KB. */
@InputType()
export class ImportOptionsInput {
  @Field(() => ImportFormat, { nullable: true }) format?: ImportFormat;
  @Field(() => ImportCharset, { nullable: true }) charset?: ImportCharset;

  @Field(() => String, { nullable: true, description: 'One of , ; | or a tab' })
  @IsOptional()
  @IsString()
  @IsIn([',', ';', '\t', '|'])
  separator?: string;

  @Field(() => HeaderMode, { nullable: true }) header?: HeaderMode;
  @Field(() => ColumnMappingInput, { nullable: true }) mapping?: ColumnMappingInput;
  @Field(() => DuplicateMode, { nullable: true, description: 'Default REJECT' }) onDuplicate?: DuplicateMode;
  @Field(() => DncMode, { nullable: true, description: 'Default FLAG (imported with state DNC)' }) onDnc?: DncMode;
}

/** Exactly one of campaignId, listId or dncList. */
@InputType()
export class ImportTargetInput {
  @Field(() => ID, { nullable: true }) campaignId?: string;
  @Field(() => ID, { nullable: true }) listId?: string;

  @Field(() => String, {
    nullable: true,
    description: "A DNC list of your tenant by name (created when new): each row's numbers become entries, its expireAt their expiry",
  })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  dncList?: string;
}
