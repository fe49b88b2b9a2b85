import { Field, ObjectType } from 'type-graphql';
import { HeaderMode, ImportCharset, ImportFormat } from '../../imports/import-types';
import './import-enums';

/** What one column of the file became. */
@ObjectType('ColumnRole')
export class ColumnRoleNode {
  @Field(() => String) column!: string;
  @Field(() => String, {
    description:
      'phones, name, externalId, timezone, priority, expireAt, notBefore, notAfter, tags, schedule, region, or field (kept under its column name)',
  })
  role!: string;
}

/** The resolved mapping, by column name. */
@ObjectType('ColumnMapping')
export class ColumnMappingNode {
  @Field(() => [String]) phones!: string[];
  @Field(() => String) numberSeparator!: string;
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) externalId?: string;
  @Field(() => String, { nullable: true }) timezone?: string;
  @Field(() => String, { nullable: true }) priority?: string;
  @Field(() => String, { nullable: true }) expireAt?: string;
  @Field(() => String, { nullable: true }) notBefore?: string;
  @Field(() => String, { nullable: true }) notAfter?: string;
  @Field(() => String, { nullable: true }) tags?: string;
  @Field(() => String, { nullable: true }) schedule?: string;
  @Field(() => String, { nullable: true }) region?: string;
  @Field(() => [String], { description: 'The columns the name is made of: one, or first and last name joined with a space' })
  nameColumns!: string[];
  @Field(() => [String], { description: 'Kept as named fields' }) fields!: string[];
  @Field(() => [ColumnRoleNode], { description: 'Every column in file order, with what it became' }) roles!: ColumnRoleNode[];
}

/** What the importer makes of a file's first rows, before anything is written. */
@ObjectType('ImportPreview')
export class ImportPreviewNode {
  @Field(() => ImportFormat) format!: ImportFormat;
  @Field(() => ImportCharset) charset!: ImportCharset;
  @Field(() => String) separator!: string;
  @Field(() => HeaderMode, { description: 'USE when the first row was taken as the header' }) header!: HeaderMode;
  @Field(() => [String]) columns!: string[];
  @Field(() => [[String]], { description: 'The first data rows, cell by cell' }) rows!: string[][];
  @Field(() => ColumnMappingNode, { nullable: true }) mapping?: ColumnMappingNode | null;
}
