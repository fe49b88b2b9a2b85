import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DncMode, DuplicateMode, HeaderMode, ImportCharset, ImportFormat, ImportStatus, RejectCode } from '../../imports/import-types';
import './import-enums';

@ObjectType('ImportRejection')
export class ImportRejectionNode {
  @Field(() => Int, { description: 'Line of the file where the row starts (header included)' }) row!: number;
  @Field(() => String, { nullable: true }) column?: string | null;
  @Field(() => RejectCode) code!: RejectCode;
  @Field(() => String) reason!: string;
  @Field(() => String, { nullable: true, description: 'The row as it was in the file' }) line?: string | null;
}

/** The options an import ran with, detected values filled in. */
@ObjectType('ImportSettings')
export class ImportSettingsNode {
  @Field(() => ImportFormat) format!: ImportFormat;
  @Field(() => ImportCharset) charset!: ImportCharset;
  @Field(() => String) separator!: string;
  @Field(() => HeaderMode) header!: HeaderMode;
  @Field(() => DuplicateMode) onDuplicate!: DuplicateMode;
  @Field(() => DncMode) onDnc!: DncMode;
}

@ObjectType('ImportJob')
export class ImportJobNode {
  @Field(() => ID) id!: string;
  @Field(() => ImportStatus) status!: ImportStatus;
  @Field(() => String) fileName!: string;
  @Field(() => Float) fileSize!: number;
  @Field(() => String, { description: 'sha256 of the file' }) contentHash!: string;
  @Field(() => ImportFormat) format!: ImportFormat;
  @Field(() => ID, { nullable: true }) campaignId?: string | null;
  @Field(() => ID, { nullable: true }) listId?: string | null;
  @Field(() => String, { nullable: true, description: 'The DNC list a DNC import fills' }) dncList?: string | null;
  @Field(() => ImportSettingsNode, { nullable: true }) settings?: ImportSettingsNode | null;
  @Field(() => Int) rowsRead!: number;
  @Field(() => Int) imported!: number;
  @Field(() => Int, {
    description: 'Rows merged into a recipient that already had the number (a DNC import: numbers already listed, renewed)',
  })
  merged!: number;
  @Field(() => Int) rejected!: number;
  @Field(() => Int, { description: 'Imported with state DNC' }) flaggedDnc!: number;
  @Field(() => Int) percent!: number;
  @Field(() => String, { nullable: true, description: 'Why a FAILED import imported nothing' }) error?: string | null;
  @Field(() => String, { description: 'GET this (with the Authorization header) for the rejected rows as CSV' }) rejectionsUrl!: string;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { nullable: true }) startedAt?: Date | null;
  @Field(() => Date, { nullable: true }) finishedAt?: Date | null;
}
