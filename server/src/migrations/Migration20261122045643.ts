import { Migration } from '@mikro-orm/migrations';

export class Migration20261122045643 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "import_status" as enum ('UPLOADED', 'RUNNING', 'COMPLETED', 'FAILED');`);
    this.addSql(`create type "import_format" as enum ('CSV', 'TXT', 'JSON', 'NDJSON');`);
    this.addSql(`create type "import_reject_code" as enum ('INVALID_NUMBER', 'NO_NUMBER', 'INVALID_VALUE', 'DUPLICATE', 'DNC');`);
    this.addSql(
      `create table "import_job" ("id" uuid not null, "tenant_id" uuid not null, "status" "import_status" not null default 'UPLOADED', "file_name" text not null, "file_path" text null, "file_size" bigint not null, "content_hash" text not null, "format" "import_format" not null, "campaign_id" uuid null, "list_id" uuid null, "options" jsonb null, "bytes_read" bigint not null default '0', "rows_read" int not null default 0, "imported" int not null default 0, "merged" int not null default 0, "rejected" int not null default 0, "flagged_dnc" int not null default 0, "error" text null, "created_by" uuid null, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "import_job_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "import_job_tenant_id_content_hash_index" on "import_job" ("tenant_id", "content_hash");`);

    this.addSql(
      `create table "import_rejection" ("id" bigserial primary key, "job_id" uuid not null, "row_no" int not null, "column_name" text null, "code" "import_reject_code" not null, "reason" text not null, "original_line" text null);`,
    );
    this.addSql(`create index "import_rejection_job_id_row_no_index" on "import_rejection" ("job_id", "row_no");`);

    this.addSql(
      `alter table "import_job" add constraint "import_job_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "import_rejection" add constraint "import_rejection_job_id_foreign" foreign key ("job_id") references "import_job" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_rejection" drop constraint "import_rejection_job_id_foreign";`);

    this.addSql(`drop table if exists "import_job" cascade;`);

    this.addSql(`drop table if exists "import_rejection" cascade;`);

    this.addSql(`drop type "import_status";`);
    this.addSql(`drop type "import_format";`);
    this.addSql(`drop type "import_reject_code";`);
  }
}
