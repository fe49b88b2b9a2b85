import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from './orm.config';

/** Connects and applies every pending committed migration (never drops anything). */
export async function openDatabase(url: string): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(url));
  await orm.getMigrator().up();
  return orm;
}
