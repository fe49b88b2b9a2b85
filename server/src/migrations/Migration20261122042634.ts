import { Migration } from '@mikro-orm/migrations';

export class Migration20261122042634 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "actor_kind" as enum ('USER', 'API_KEY', 'SYSTEM');`);
    this.addSql(
      `create type "campaign_status" as enum ('CREATED', 'SCHEDULED', 'RUNNING', 'PAUSED', 'COMPLETED', 'INCOMPLETE', 'CANCELLED', 'TERMINATED');`,
    );
    this.addSql(`create type "list_status" as enum ('ACTIVE', 'DISABLED');`);
    this.addSql(`create type "campaign_type" as enum ('VOICE', 'AGENT', 'SMS');`);
    this.addSql(`create type "dialing_mode" as enum ('PREVIEW', 'PROGRESSIVE', 'PREDICTIVE', 'QUEUE_WATCH');`);
    this.addSql(
      `create type "run_state" as enum ('IDLE', 'DIALING', 'BLOCKED', 'OUTSIDE_HOURS', 'WAITING_RETRY', 'WAITING_AGENTS', 'SWITCH_DOWN');`,
    );
    this.addSql(
      `create type "recipient_state" as enum ('READY', 'DIALING', 'IN_CALL', 'CONTACTED', 'RETRY_WAIT', 'FAILED', 'WAITING_AGENT', 'STOPPED', 'EXPIRED', 'DNC', 'SCHEDULED');`,
    );
    this.addSql(
      `create type "call_outcome" as enum ('ANSWERED', 'MACHINE', 'FAX', 'BUSY', 'NO_ANSWER', 'CANCEL', 'CONGESTION', 'CHANUNAVAIL', 'NOROUTE', 'REJECTED', 'INVALID_NUMBER', 'INVALID_GATEWAY', 'ABANDONED', 'SHORT_CALL', 'IVR_STARTED', 'IVR_FINISHED', 'CONFIRMED', 'QUEUE_JOIN', 'QUEUE_ANSWER', 'QUEUE_TIMEOUT', 'RESCHEDULED', 'SENT', 'FAILED', 'INTERRUPTED');`,
    );
    this.addSql(`create type "role" as enum ('ADMIN', 'SUPERVISOR', 'AGENT');`);
    this.addSql(`create type "agent_state" as enum ('LOGGED_OUT', 'AVAILABLE', 'RESERVED', 'ON_CALL', 'WRAP_UP', 'BREAK');`);
    this.addSql(
      `create table "campaign_event" ("id" bigserial primary key, "tenant_id" uuid not null, "campaign_id" uuid not null, "at" timestamptz not null, "actor_kind" "actor_kind" not null, "actor_id" uuid null, "actor_label" text not null, "action" text not null, "from_status" "campaign_status" null, "to_status" "campaign_status" null, "details" jsonb not null, "config_snapshot" jsonb null);`,
    );
    this.addSql(`create index "campaign_event_campaign_id_id_index" on "campaign_event" ("campaign_id", "id");`);

    this.addSql(
      `create table "tenant" ("id" uuid not null, "name" text not null, "created_at" timestamptz not null, constraint "tenant_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "tenant" add constraint "tenant_name_unique" unique ("name");`);

    this.addSql(
      `create table "recipient_list" ("id" uuid not null, "tenant_id" uuid not null, "name" text not null, "status" "list_status" not null default 'ACTIVE', "default_region" text null, "created_at" timestamptz not null, constraint "recipient_list_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "recipient_list" add constraint "recipient_list_tenant_id_name_unique" unique ("tenant_id", "name");`);

    this.addSql(
      `create table "contact" ("id" bigserial primary key, "list_id" uuid not null, "position" bigint not null, "name" text not null default '', "phones" jsonb not null, "fields" jsonb not null, "time_zone" text null, "priority" int not null default 0, "tags" text[] not null, "expire_at" timestamptz null, "original_line" text null, "created_at" timestamptz not null);`,
    );
    this.addSql(`create index "contact_list_id_position_index" on "contact" ("list_id", "position");`);

    this.addSql(
      `create table "gateway" ("id" uuid not null, "tenant_id" uuid not null, "name" text not null, "dial_string" text not null, "enabled" boolean not null default true, "max_concurrent" int not null default 30, "calls_per_second" double precision not null default 5, "created_at" timestamptz not null, constraint "gateway_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "gateway" add constraint "gateway_tenant_id_name_unique" unique ("tenant_id", "name");`);

    this.addSql(
      `create table "dnc_entry" ("id" uuid not null, "tenant_id" uuid not null, "number" text not null, "list_name" text not null default 'default', "reason" text null, "expires_at" timestamptz null, "created_at" timestamptz not null, constraint "dnc_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "dnc_entry" add constraint "dnc_entry_tenant_id_number_list_name_unique" unique ("tenant_id", "number", "list_name");`,
    );

    this.addSql(
      `create table "calendar" ("id" uuid not null, "tenant_id" uuid not null, "name" text not null, "time_zone" text not null, "open_hours" jsonb not null, "exceptions" jsonb not null, "valid_from" date null, "valid_until" date null, "created_at" timestamptz not null, constraint "calendar_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "calendar" add constraint "calendar_tenant_id_name_unique" unique ("tenant_id", "name");`);

    this.addSql(
      `create table "campaign" ("id" uuid not null, "tenant_id" uuid not null, "name" text not null, "description" text not null default '', "type" "campaign_type" not null default 'VOICE', "dialing_mode" "dialing_mode" null, "status" "campaign_status" not null default 'CREATED', "run_state" "run_state" not null default 'IDLE', "is_template" boolean not null default false, "caller_id_name" text not null default '', "caller_id_number" text not null default '', "priority" int not null default 0, "calendar_id" uuid null, "max_concurrent_calls" int not null default 10, "max_internal_calls" int null, "max_external_calls" int null, "calls_per_second" double precision not null default 1, "max_attempts" int not null default 5, "retry_wait_seconds" int not null default 300, "ring_timeout_seconds" int not null default 30, "min_success_seconds" int not null default 0, "cause_policy" jsonb not null, "completion_threshold" double precision null, "broadcast_actions" jsonb not null, "destination" jsonb null, "channel_variables" jsonb not null, "amd" jsonb not null, "abandon_rate_target" double precision not null default 3, "wrap_up_seconds" int not null default 10, "wait_for_result" boolean not null default false, "queue_name" text null, "queue_multiplier" double precision null, "default_region" text null, "scheduled_at" timestamptz null, "started_at" timestamptz null, "ended_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, constraint "campaign_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "campaign_tenant_id_status_index" on "campaign" ("tenant_id", "status");`);

    this.addSql(
      `create table "campaign_recipient" ("id" bigserial primary key, "campaign_id" uuid not null, "external_id" text null, "name" text not null default '', "state" "recipient_state" not null default 'READY', "priority" int not null default 0, "fields" jsonb not null, "original_line" text null, "tags" text[] not null, "time_zone" text null, "expire_at" timestamptz null, "not_before" timestamptz null, "not_after" timestamptz null, "attempts" int not null default 0, "extra_attempts" int not null default 0, "next_number_index" int not null default 0, "next_attempt_at" timestamptz null, "last_attempt_at" timestamptz null, "last_outcome" "call_outcome" null, "last_duration_seconds" int null, "callback_at" timestamptz null, "callback_agent_id" uuid null, "callback_extension" text null, "disposition" text null, "comment" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null);`,
    );
    this.addSql(`create index "campaign_recipient_state_idx" on "campaign_recipient" ("campaign_id", "state");`);
    this.addSql(`create index campaign_recipient_callback_idx on campaign_recipient (campaign_id, callback_at) where state = 'SCHEDULED';`);
    this.addSql(
      `create index campaign_recipient_retry_idx on campaign_recipient (campaign_id, next_attempt_at, id) where state in ('READY', 'RETRY_WAIT') and attempts > 0;`,
    );
    this.addSql(
      `create index campaign_recipient_fresh_idx on campaign_recipient (campaign_id, priority desc, id) where state = 'READY' and attempts = 0;`,
    );

    this.addSql(
      `create table "recipient_phone" ("id" bigserial primary key, "recipient_id" bigint not null, "campaign_id" uuid not null, "number" text not null, "priority" int not null default 0, "stopped" boolean not null default false);`,
    );
    this.addSql(`create index "recipient_phone_recipient_id_index" on "recipient_phone" ("recipient_id");`);
    this.addSql(`alter table "recipient_phone" add constraint "recipient_phone_campaign_number_uq" unique ("campaign_id", "number");`);

    this.addSql(
      `create table "call_attempt" ("id" bigserial primary key, "call_id" uuid not null, "campaign_id" uuid not null, "recipient_id" bigint not null, "attempt_number" int not null, "number" text not null, "gateway_id" uuid null, "agent_id" uuid null, "node" text null, "created_at" timestamptz not null, "originated_at" timestamptz null, "ringing_at" timestamptz null, "answered_at" timestamptz null, "bridged_at" timestamptz null, "ended_at" timestamptz null, "hangup_cause" text null, "q850" int null, "sip_status" int null, "bill_seconds" int null, "amd_result" text null, "answer_confirmed_at" timestamptz null, "listen_confirmed_at" timestamptz null, "disposition" text null, "abandoned" boolean not null default false, "outcome" "call_outcome" null, "counted" boolean not null default true);`,
    );
    this.addSql(`alter table "call_attempt" add constraint "call_attempt_call_id_unique" unique ("call_id");`);
    this.addSql(`create index "call_attempt_recipient_id_index" on "call_attempt" ("recipient_id");`);
    this.addSql(`create index call_attempt_live_idx on call_attempt (campaign_id) where ended_at is null;`);
    this.addSql(`create index "call_attempt_campaign_created_idx" on "call_attempt" ("campaign_id", "created_at");`);

    this.addSql(
      `create table "campaign_gateway" ("campaign_id" uuid not null, "gateway_id" uuid not null, constraint "campaign_gateway_pkey" primary key ("campaign_id", "gateway_id"));`,
    );

    this.addSql(
      `create table "api_key" ("id" uuid not null, "tenant_id" uuid not null, "name" text not null, "prefix" text not null, "key_hash" text not null, "scopes" text[] not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);

    this.addSql(
      `create table "tenant_settings" ("tenant_id" uuid not null, "max_active_campaigns" int not null default 10, "max_total_calls" int not null default 100, "max_internal_calls" int not null default 100, "max_external_calls" int not null default 100, "calls_per_second" double precision not null default 10, "internal_number_pattern" text not null default '^\\d{2,6}\$', "queue_multiplier" double precision not null default 1, "default_region" text not null default 'US', "updated_at" timestamptz not null, constraint "tenant_settings_pkey" primary key ("tenant_id"));`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null, "tenant_id" uuid not null, "email" text not null, "name" text not null, "password_hash" text not null, "role" "role" not null, "disabled" boolean not null default false, "created_at" timestamptz not null, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(
      `create table "session" ("id" uuid not null, "user_id" uuid not null, "token_hash" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(
      `create table "agent" ("id" uuid not null, "tenant_id" uuid not null, "user_id" uuid null, "name" text not null, "endpoint" text not null, "state" "agent_state" not null default 'LOGGED_OUT', "state_changed_at" timestamptz not null, "call_timeout_seconds" int not null default 20, "wrap_up_seconds" int not null default 10, "max_no_answer" int not null default 3, "consecutive_no_answers" int not null default 0, "busy_delay_seconds" int not null default 30, "reject_delay_seconds" int not null default 30, "no_answer_delay_seconds" int not null default 30, "created_at" timestamptz not null, constraint "agent_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "agent" add constraint "agent_user_id_unique" unique ("user_id");`);

    this.addSql(
      `create table "agent_assignment" ("id" uuid not null, "agent_id" uuid not null, "campaign_id" uuid not null, "level" int not null default 1, constraint "agent_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "agent_assignment" add constraint "agent_assignment_agent_id_campaign_id_unique" unique ("agent_id", "campaign_id");`,
    );

    this.addSql(
      `alter table "recipient_list" add constraint "recipient_list_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "contact" add constraint "contact_list_id_foreign" foreign key ("list_id") references "recipient_list" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "gateway" add constraint "gateway_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "dnc_entry" add constraint "dnc_entry_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "calendar" add constraint "calendar_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "campaign" add constraint "campaign_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "campaign" add constraint "campaign_calendar_id_foreign" foreign key ("calendar_id") references "calendar" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "campaign_recipient" add constraint "campaign_recipient_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "recipient_phone" add constraint "recipient_phone_recipient_id_foreign" foreign key ("recipient_id") references "campaign_recipient" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "call_attempt" add constraint "call_attempt_recipient_id_foreign" foreign key ("recipient_id") references "campaign_recipient" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "campaign_gateway" add constraint "campaign_gateway_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "campaign_gateway" add constraint "campaign_gateway_gateway_id_foreign" foreign key ("gateway_id") references "gateway" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "api_key" add constraint "api_key_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "tenant_settings" add constraint "tenant_settings_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "agent" add constraint "agent_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agent" add constraint "agent_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "agent_assignment" add constraint "agent_assignment_agent_id_foreign" foreign key ("agent_id") references "agent" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "agent_assignment" add constraint "agent_assignment_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`,
    );
  }
}
