/**
 * Shared setup for the dialer benchmarks: a scratch database on the local PostgreSQL
 * (migrated, dropped at the end) and the simulator in its own process, as a real switch
 * would be, so the bench process's CPU is the dialer's (plus its adapter and pg client).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { openDatabase } from '../server/src/db/open-database';

const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface BenchDb {
  url: string;
  orm: MikroORM;
  drop(): Promise<void>;
}

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

export async function benchDb(): Promise<BenchDb> {
  const name = `pacer_bench_${randomBytes(4).toString('hex')}`;
  await admin(`create database ${name}`);
  const u = new URL(ADMIN_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  const orm = await openDatabase(url);
  return {
    url,
    orm,
    async drop() {
      await orm.close(true);
      await admin(`drop database if exists ${name} with (force)`);
    },
  };
}

/** The simulator CLI in a child process with `rules`; resolves with its port. */
export async function simProcess(rules: unknown[], env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'pacer-bench-'));
  const scenario = join(dir, 'scenario.json');
  writeFileSync(scenario, JSON.stringify({ rules }));
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/switch/simulator/cli.ts'], {
    cwd: join(__dirname, '../server'),
    env: { ...process.env, SIM_PORT: '0', SIM_SCENARIO: scenario, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /127\.0\.0\.1:(\d+)/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
  });
  return { child, port };
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
