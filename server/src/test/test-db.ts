import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ormConfig } from '../db/orm.config';

/** A private, migrated database for one test file: a clone of the run's template. */
export interface TestDb {
  url: string;
  orm: MikroORM;
  drop(): Promise<void>;
}

function env(name: string): string {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set: run tests with \`npm test\` (server/scripts/run-tests.mjs)`);
  return v;
}

async function adminQuery(sql: string): Promise<void> {
  const c = new Client({ connectionString: env('PACER_TEST_ADMIN_URL') });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function createTestDb(): Promise<TestDb> {
  const name = `pacer_t_${env('PACER_TEST_RUN')}_${randomBytes(5).toString('hex')}`;
  await adminQuery(`create database ${name} template ${env('PACER_TEST_TEMPLATE')}`);
  const u = new URL(env('PACER_TEST_ADMIN_URL'));
  u.pathname = `/${name}`;
  const url = u.toString();
  const orm = await MikroORM.init(ormConfig(url));
  return {
    url,
    orm,
    async drop() {
      await orm.close(true);
      await adminQuery(`drop database if exists ${name} with (force)`);
    },
  };
}
