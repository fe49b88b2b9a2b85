import { Migration } from '@mikro-orm/migrations';

/**
 * One default for "internal number" everywhere: the domain's 3- to 5-digit extensions
 * (DEFAULT_INTERNAL_PATTERN). The first migration's column default said 2 to 6 digits, so a
 * tenant without saved settings was classified one way at import and another at dial time.
 */
export class Migration20261122090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "tenant_settings" alter column "internal_number_pattern" set default '^\\d{3,5}$';`);
    this.addSql(`update "tenant_settings" set "internal_number_pattern" = '^\\d{3,5}$' where "internal_number_pattern" = '^\\d{2,6}$';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "tenant_settings" alter column "internal_number_pattern" set default '^\\d{2,6}$';`);
  }
}
