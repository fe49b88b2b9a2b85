import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './processes';

/** Set to run against an existing PostgreSQL (a private database per run) instead of the embedded one. */
const PG_ADMIN_URL = process.env.E2E_PG_ADMIN_URL;

async function admin(url: string, sql: string): Promise<void> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** The run's database: the URL for set-based test setup, what the API needs to reach it, and cleanup. */
export interface RunDb {
  /** Known once the API is up (the embedded PostgreSQL starts with it). */
  url: string;
  label: string;
  /** Environment for the API process. */
  serverEnv: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * By default the API runs as on a fresh machine: no DATABASE_URL, so it starts its embedded
 * PostgreSQL (data in a temp folder, a free port) and keeps it across an API restart. With
 * E2E_PG_ADMIN_URL the run gets a private database on that server instead.
 */
export async function createRunDb(): Promise<RunDb> {
  if (PG_ADMIN_URL) return privateDb(PG_ADMIN_URL);
  const dataDir = mkdtempSync(join(tmpdir(), 'pacer-e2e-data-'));
  const port = await freePort();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/pacer`,
    label: `embedded :${port}`,
    serverEnv: { PACER_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(port) },
    async drop() {
      // The API stops its PostgreSQL on SIGTERM; if it had to be killed, stop the postmaster here.
      const pidFile = join(dataDir, 'pg', 'postmaster.pid');
      if (existsSync(pidFile)) {
        const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
        try {
          if (pid > 0) process.kill(pid, 'SIGINT');
        } catch {
          /* already gone */
        }
        for (let i = 0; i < 200 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 25));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function privateDb(adminUrl: string): Promise<RunDb> {
  const name = `pacer_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  try {
    await admin(adminUrl, `create database ${name}`);
  } catch (err) {
    throw new Error(`E2E_PG_ADMIN_URL (${adminUrl}) is not reachable: ${(err as Error).message}`);
  }
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    label: name,
    serverEnv: { DATABASE_URL: u.toString() },
    drop: () => admin(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
