import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { join } from 'node:path';
import { entities } from '../entities';

/**
 * ORM options for one database URL. Migrations are read from the folder beside this file's
 * own build output (src/ under swc, dist/ when compiled), so the app only ever runs `up()`
 * on the migrations that were compiled with it.
 */
export function ormConfig(clientUrl: string, overrides: Partial<Options> = {}): Options {
  return defineConfig({
    clientUrl,
    entities,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    pool: { min: 0, max: 10 },
    extensions: [Migrator],
    migrations: {
      path: join(__dirname, '../migrations'),
      pathTs: join(__dirname, '../migrations'),
      glob: '!(*.d).{js,ts}',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
    },
    ...overrides,
  });
}

// Used by the MikroORM CLI at dev time (migration:create) against a scratch database.
export default ormConfig(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/pacer_dev');
