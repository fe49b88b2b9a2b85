import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Admin URL of the local PostgreSQL the e2e run creates its private database on. */
export const PG_ADMIN_URL = process.env.E2E_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export interface PrivateDb { url: string; drop(): Promise<void> }

/** A fresh, empty database for this run (the server migrates it on start); drop() removes it. */
export async function createPrivateDb(): Promise<PrivateDb> {
  const name = `pacer_e2e_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  try {
    await admin(`create database ${name}`);
  } catch (err) {
    throw new Error(`e2e needs a local PostgreSQL at ${PG_ADMIN_URL} (set E2E_PG_ADMIN_URL): ${(err as Error).message}`);
  }
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${name}`;
  return { url: u.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
