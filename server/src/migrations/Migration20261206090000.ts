import { Migration } from '@mikro-orm/migrations';

/**
 * A recipient's campaign is referenced through statement-level triggers instead of a row-level
 * foreign key (issue 5), as its numbers are (Migration20261206080000): an import of a million
 * recipients ran a million lookups of the same campaign row. The insert trigger checks and
 * locks the statement's campaigns once (FOR KEY SHARE, as the foreign key did, so a campaign
 * cannot be deleted under recipients being added); deleting a campaign deletes its recipients.
 * campaign_id never changes in Pacer; if it did, a row trigger checks the new campaign.
 */
export class Migration20261206090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "campaign_recipient" drop constraint "campaign_recipient_campaign_id_foreign";`);
    this.addSql(`create function campaign_recipient_has_campaign() returns trigger language plpgsql as $$
      declare
        missing uuid;
      begin
        perform 1 from campaign c where c.id in (select distinct campaign_id from new_recipients) for key share of c;
        select n.campaign_id into missing from (select distinct campaign_id from new_recipients) n
          where not exists (select 1 from campaign c where c.id = n.campaign_id) limit 1;
        if found then
          raise exception 'insert or update on table "campaign_recipient" violates its campaign reference'
            using errcode = 'foreign_key_violation', constraint = 'campaign_recipient_campaign_id_foreign',
              detail = format('Key (campaign_id)=(%s) is not present in table "campaign".', missing);
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger campaign_recipient_has_campaign_ins after insert on "campaign_recipient"
      referencing new table as new_recipients for each statement execute function campaign_recipient_has_campaign();`);
    this.addSql(`create function campaign_recipient_campaign_changed() returns trigger language plpgsql as $$
      begin
        perform 1 from campaign c where c.id = new.campaign_id for key share of c;
        if not found then
          raise exception 'insert or update on table "campaign_recipient" violates its campaign reference'
            using errcode = 'foreign_key_violation', constraint = 'campaign_recipient_campaign_id_foreign',
              detail = format('Key (campaign_id)=(%s) is not present in table "campaign".', new.campaign_id);
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger campaign_recipient_campaign_changed before update of campaign_id on "campaign_recipient"
      for each row when (old.campaign_id is distinct from new.campaign_id) execute function campaign_recipient_campaign_changed();`);
    this.addSql(`create function campaign_drop_recipients() returns trigger language plpgsql as $$
      begin
        delete from "campaign_recipient" r using old_campaigns o where r.campaign_id = o.id;
        return null;
      end $$;`);
    this.addSql(`create trigger campaign_drop_recipients_del after delete on "campaign"
      referencing old table as old_campaigns for each statement execute function campaign_drop_recipients();`);
  }

  override async down(): Promise<void> {
    this.addSql('drop trigger if exists campaign_drop_recipients_del on "campaign";');
    this.addSql('drop function if exists campaign_drop_recipients();');
    this.addSql('drop trigger if exists campaign_recipient_campaign_changed on "campaign_recipient";');
    this.addSql('drop function if exists campaign_recipient_campaign_changed();');
    this.addSql('drop trigger if exists campaign_recipient_has_campaign_ins on "campaign_recipient";');
    this.addSql('drop function if exists campaign_recipient_has_campaign();');
    this.addSql(`alter table "campaign_recipient" add constraint "campaign_recipient_campaign_id_foreign" foreign key ("campaign_id")
      references "campaign" ("id") on update cascade on delete cascade;`);
  }
}
