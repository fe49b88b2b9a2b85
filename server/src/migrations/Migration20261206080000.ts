import { Migration } from '@mikro-orm/migrations';

/**
 * A recipient's numbers reference it through statement-level triggers instead of a row-level
 * foreign key (issue 5). Imports write millions of numbers; the foreign key ran one lookup and
 * one row lock (a WAL record) per number, over a third of the cost of writing it. The triggers
 * check each statement's numbers in one set-based pass and delete a recipient's numbers with it.
 *
 * What the lock bought is kept by how numbers are written: always in the transaction that
 * creates their recipient (import, addRecipients, attachList), which no one else can delete
 * before it commits. A path that adds a number to an existing recipient must first lock it
 * (`select … for key share`), as the foreign key did.
 */
export class Migration20261206080000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "recipient_phone" drop constraint "recipient_phone_recipient_id_foreign";`);
    this.addSql(`create function recipient_phone_has_recipient() returns trigger language plpgsql as $$
      declare
        orphan bigint;
      begin
        select n.recipient_id into orphan from new_phones n
          where not exists (select 1 from campaign_recipient r where r.id = n.recipient_id) limit 1;
        if found then
          raise exception 'insert or update on table "recipient_phone" violates its recipient reference'
            using errcode = 'foreign_key_violation', constraint = 'recipient_phone_recipient_id_foreign',
              detail = format('Key (recipient_id)=(%s) is not present in table "campaign_recipient".', orphan);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger recipient_phone_has_recipient_ins after insert on "recipient_phone"
      referencing new table as new_phones for each statement execute function recipient_phone_has_recipient();`);
    // Moving a number to another recipient (nothing in Pacer does) is checked row by row, and only
    // then: a statement trigger on every update would also run when a result stops a number.
    this.addSql(`create function recipient_phone_recipient_changed() returns trigger language plpgsql as $$
      begin
        perform 1 from campaign_recipient r where r.id = new.recipient_id for key share of r;
        if not found then
          raise exception 'insert or update on table "recipient_phone" violates its recipient reference'
            using errcode = 'foreign_key_violation', constraint = 'recipient_phone_recipient_id_foreign',
              detail = format('Key (recipient_id)=(%s) is not present in table "campaign_recipient".', new.recipient_id);
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger recipient_phone_recipient_changed before update of recipient_id on "recipient_phone"
      for each row when (old.recipient_id is distinct from new.recipient_id) execute function recipient_phone_recipient_changed();`);
    this.addSql(`create function campaign_recipient_drop_phones() returns trigger language plpgsql as $$
      begin
        if tg_op = 'TRUNCATE' then
          truncate "recipient_phone";
        else
          delete from "recipient_phone" p using old_recipients o where p.recipient_id = o.id;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger campaign_recipient_drop_phones_del after delete on "campaign_recipient"
      referencing old table as old_recipients for each statement execute function campaign_recipient_drop_phones();`);
    this.addSql(`create trigger campaign_recipient_drop_phones_trunc after truncate on "campaign_recipient"
      for each statement execute function campaign_recipient_drop_phones();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists campaign_recipient_drop_phones_trunc on "campaign_recipient";');
    this.addSql('drop trigger if exists campaign_recipient_drop_phones_del on "campaign_recipient";');
    this.addSql('drop function if exists campaign_recipient_drop_phones();');
    this.addSql('drop trigger if exists recipient_phone_recipient_changed on "recipient_phone";');
    this.addSql('drop function if exists recipient_phone_recipient_changed();');
    this.addSql('drop trigger if exists recipient_phone_has_recipient_ins on "recipient_phone";');
    this.addSql('drop function if exists recipient_phone_has_recipient();');
    this.addSql(`alter table "recipient_phone" add constraint "recipient_phone_recipient_id_foreign" foreign key ("recipient_id")
      references "campaign_recipient" ("id") on update cascade on delete cascade;`);
  }
}
