import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { ImportFormat, ImportStatus, RejectCode } from '../imports/import-types';
import { Tenant } from './tenant.entity';

/**
 * One uploaded file and its import into a campaign or a list. The content hash lets a
 * second start of the same file into the same target be refused before any row is read.
 * Target ids are plain uuids (no FK): the report must survive a deleted campaign.
 */
@Entity({ tableName: 'import_job' })
@Index({ properties: ['tenant', 'contentHash'] })
export class ImportJob {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Tenant, { deleteRule: 'cascade' })
  tenant!: Tenant;

  @Enum({ items: () => ImportStatus, nativeEnumName: 'import_status' })
  status: ImportStatus = ImportStatus.UPLOADED;

  @Property({ type: 'text' })
  fileName!: string;

  /** Where the upload waits on this server's disk until it is imported. */
  @Property({ type: 'text', nullable: true })
  filePath?: string;

  @Property({ type: 'bigint' })
  fileSize!: string;

  /** sha256 of the bytes as uploaded. */
  @Property({ type: 'text' })
  contentHash!: string;

  @Enum({ items: () => ImportFormat, nativeEnumName: 'import_format' })
  format!: ImportFormat;

  @Property({ type: 'uuid', nullable: true })
  campaignId?: string;

  @Property({ type: 'uuid', nullable: true })
  listId?: string;

  /** The options the import ran with (detected values filled in). */
  @Property({ type: 'jsonb', nullable: true })
  options?: Record<string, unknown>;

  @Property({ type: 'bigint' })
  bytesRead = '0';

  @Property({ type: 'integer' })
  rowsRead = 0;

  @Property({ type: 'integer' })
  imported = 0;

  /** Rows whose number(s) already existed and were merged (DuplicateMode.MERGE). */
  @Property({ type: 'integer' })
  merged = 0;

  @Property({ type: 'integer' })
  rejected = 0;

  /** Imported with state DNC (DncMode.FLAG). */
  @Property({ type: 'integer' })
  flaggedDnc = 0;

  @Property({ type: 'text', nullable: true })
  error?: string;

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date;
}

/** One rejected row of an import: where, why, and the line as it was in the file. */
@Entity({ tableName: 'import_rejection' })
@Index({ properties: ['job', 'rowNo'] })
export class ImportRejection {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @ManyToOne(() => ImportJob, { deleteRule: 'cascade', index: false })
  job!: ImportJob;

  /** Line of the file where the row starts (1-based, header included). */
  @Property({ type: 'integer' })
  rowNo!: number;

  @Property({ type: 'text', nullable: true })
  columnName?: string;

  @Enum({ items: () => RejectCode, nativeEnumName: 'import_reject_code' })
  code!: RejectCode;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text', nullable: true })
  originalLine?: string;
}
