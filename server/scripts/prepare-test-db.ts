// Builds one migrated template database for a test run (or drops it with --cleanup).
// Each test file then clones it with CREATE DATABASE … TEMPLATE, which takes milliseconds.
import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { ormConfig } from '../src/db/orm.config';

const adminUrl = process.env.PACER_TEST_ADMIN_URL;
if (!adminUrl) throw new Error('PACER_TEST_ADMIN_URL is not set (run tests through scripts/run-tests.mjs)');

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

async function prepare(): Promise<void> {
  const template = `pacer_tpl_${process.pid}`;
  await admin((c) => c.query(`create database ${template}`));
  const orm = await MikroORM.init(ormConfig(withDatabase(adminUrl!, template), { pool: { min: 0, max: 2 } }));
  await orm.getMigrator().up();
  await orm.close(true);
  // Test databases of this run are named after it, so cleanup never touches a concurrent run's.
  process.stdout.write(`PACER_TEST_TEMPLATE=${template}\nPACER_TEST_RUN=${process.pid}\nPACER_TEST_CLEANUP=1\n`);
}

async function cleanup(): Promise<void> {
  const template = process.env.PACER_TEST_TEMPLATE;
  await admin(async (c) => {
    // Test files drop their own databases; this catches those left by a crashed file.
    const { rows } = await c.query<{ datname: string }>('select datname from pg_database where datname like $1 or datname = $2', [
      `pacer_t_${process.env.PACER_TEST_RUN}_%`,
      template,
    ]);
    for (const { datname } of rows) await c.query(`drop database if exists ${datname} with (force)`);
  });
}

(process.argv.includes('--cleanup') ? cleanup() : prepare()).catch((err: unknown) => {
  console.error('test database setup failed:', err);
  process.exit(1);
});
