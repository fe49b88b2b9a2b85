/**
 * Import benchmark: a 1,000,000-row CSV through the real HTTP upload and startImport into a
 * fresh database, with the API in its own process, once per layout: one number per row (a
 * plain list), then the ADS layout (`n1|n2`: two numbers per row, so 2,000,000 numbers to
 * validate and store), each with a name and a code. Prints upload and import times, rows/s,
 * and the server's peak RSS (VmHWM). Loopback only; each run bounded by BENCH_BUDGET_S
 * (default 240 s); cleans up its databases and files.
 *   node -r @swc-node/register bench/import-1m.ts        BENCH_ROWS=1000000 BENCH_NUMBERS=1,2
 * PACER_IMPORT_WORKERS=N (passed to the server) validates in N worker threads;
 * BENCH_SERVER=dist compiles the server first and runs it as production does (node dist);
 * BENCH_SERVER_NODE_OPTIONS (e.g. --max-old-space-size=160) goes to the server process only.
 * BENCH_SERVER_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") are node flags for the server process.
 * BENCH_EMBEDDED=1 lets the server start its embedded PostgreSQL (in the bench's temp folder), as
 * `npm start` does on a fresh machine, instead of a database on BENCH_PG_URL's server.
 * BENCH_TARGET=dnc imports a TXT file (one number per line) into a DNC list instead of a campaign
 * (issue 18; `npm run bench:import:dnc`): the entries' numbers/s.
 * BENCH_TIMELINE_TICKS=N samples the RSS timeline every N polls of 250 ms (default 20: every 5 s).
 * Also prints the CPU seconds of the server (all threads) and of the import's PostgreSQL backend:
 * on 2 cores their sum over 2 is the least the import can take.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { cpuSeconds, currentRss, freePort, importBackendPid, peakRss, waitHealthy } from './bench-process';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
/** Numbers per row: 2 is the ADS layout (`n1|n2`), 1 a plain list. */
const LAYOUTS = (process.env.BENCH_NUMBERS ?? '1,2').split(',').map((n) => (Number(n) === 1 ? 1 : 2));
const BUDGET_MS = Number(process.env.BENCH_BUDGET_S ?? 240) * 1000;
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** BENCH_EMBEDDED=1: the server starts its own embedded PostgreSQL, as on a fresh machine. */
const EMBEDDED = process.env.BENCH_EMBEDDED === '1';
const PASSWORD = 'bench-password-1';
/** 'dnc': a DNC list from a TXT file; else a campaign's recipients from a CSV file. */
const DNC = process.env.BENCH_TARGET === 'dnc';
const started = Date.now();

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** Valid, distinct US numbers: NXX exchanges 200-999 of a few area codes. */
function numberAt(i: number): string {
  const areas = ['212', '213', '312', '415', '617', '718', '305', '404'];
  const area = areas[i % areas.length]!;
  const k = Math.floor(i / areas.length);
  const exchange = 200 + (Math.floor(k / 10000) % 800);
  return `${area}${exchange}${String(k % 10000).padStart(4, '0')}`;
}

async function writeCsv(path: string, numbers: 1 | 2): Promise<void> {
  const out = createWriteStream(path);
  const write = (s: string) =>
    new Promise<void>((r) => {
      if (out.write(s)) r();
      else out.once('drain', () => r());
    });
  if (!DNC) await write('TelNumber,FullName,CustomerCode\n');
  let buf = '';
  for (let i = 0; i < ROWS; i++) {
    if (DNC) {
      buf += `${numberAt(i)}\n`;
      if (buf.length > 1 << 20) {
        await write(buf);
        buf = '';
      }
      continue;
    }
    // Second numbers come from a disjoint range so every number is unique in the campaign.
    buf += `${numbers === 2 ? `${numberAt(i)}|${numberAt(i + ROWS)}` : numberAt(i)},"Customer ${i}",C${i}\n`;
    if (buf.length > 1 << 20) {
      await write(buf);
      buf = '';
    }
  }
  await write(buf);
  await new Promise<void>((r) => out.end(r));
}

/** Compiles the server into bench/out (git-ignored) and returns its entry point. Its build info goes
 * there too: server/dist's incremental state must only describe server/dist. */
function buildServer(): string {
  const out = join(__dirname, 'out/server-dist');
  const t = Date.now();
  const r = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out, '--tsBuildInfoFile', join(out, '.tsbuildinfo')],
    { cwd: join(__dirname, '../server'), stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error('server build failed');
  console.log(`compiled the server in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return join(out, 'main.js');
}

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

async function run(numbers: 1 | 2): Promise<void> {
  const runStarted = Date.now();
  const dir = mkdtempSync(join(tmpdir(), 'pacer-bench-import-'));
  const db = `pacer_bench_import_${randomBytes(4).toString('hex')}`;
  const dbUrl = ADMIN_URL.replace(/\/[^/]*$/, `/${db}`);
  let child: ChildProcess | undefined;
  const timer = setTimeout(() => {
    console.error('budget exceeded');
    child?.kill('SIGKILL');
    process.exitCode = 1;
  }, BUDGET_MS);
  try {
    const csv = join(dir, 'recipients.csv');
    let t = Date.now();
    await writeCsv(csv, numbers);
    const size = statSync(csv).size;
    console.log(
      `\n== ${DNC ? 'DNC list (TXT)' : numbers === 2 ? 'ADS layout' : 'plain list'}: generated ${ROWS.toLocaleString()} rows (${numbers} number${numbers === 2 ? 's' : ''} each), ${(size / 1e6).toFixed(1)} MB in ${((Date.now() - t) / 1000).toFixed(1)} s`,
    );
    if (!EMBEDDED) await admin(`create database ${db}`);
    const port = await freePort();
    const pgPort = await freePort();
    const database = EMBEDDED
      ? { DATABASE_URL: '', PACER_DATA_DIR: join(dir, 'data'), EMBEDDED_PG_PORT: String(pgPort) }
      : { DATABASE_URL: dbUrl };
    const backendAdminUrl = EMBEDDED ? `postgres://postgres:postgres@127.0.0.1:${pgPort}/postgres` : ADMIN_URL;
    // BENCH_SERVER=dist runs the compiled server (as production does) instead of swc's on-the-fly build.
    const compiled = process.env.BENCH_SERVER === 'dist' ? buildServer() : null;
    // BENCH_SERVER_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
    const nodeArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
    child = spawn(process.execPath, [...nodeArgs, ...(compiled ? [compiled] : ['-r', '@swc-node/register', 'src/main.ts'])], {
      cwd: join(__dirname, '../server'),
      stdio: ['ignore', process.env.LOG_LEVEL ? 'inherit' : 'ignore', 'inherit'],
      env: {
        ...process.env,
        NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? process.env.NODE_OPTIONS ?? '',
        NODE_ENV: 'production',
        ...database,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        PACER_ADMIN_PASSWORD: PASSWORD,
        SIM_PORT: '0',
        PACER_IMPORT_DIR: join(dir, 'uploads'),
      },
    });
    const base = `http://127.0.0.1:${port}`;
    await waitHealthy(base, child);
    const url = `${base}/graphql`;
    const { login } = await gql<{ login: { token: string } }>(
      url,
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
      { e: 'admin@pacer.local', p: PASSWORD },
    );
    const token = login.token;
    const { createCampaign } = await gql<{ createCampaign: { id: string } }>(
      url,
      'mutation { createCampaign(input: { name: "bench" }) { id } }',
      {},
      token,
    );
    const rssBefore = peakRss(child.pid!);

    t = Date.now();
    const res = await fetch(`${base}/imports?filename=${DNC ? 'dnc.txt' : 'recipients.csv'}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: Readable.toWeb(createReadStream(csv)) as ReadableStream,
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    const up = (await res.json()) as { id: string };
    if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(up)}`);
    const uploadMs = Date.now() - t;
    const rssUpload = peakRss(child.pid!);

    const cpuBefore = cpuSeconds(child.pid!);
    let pgPid: number | null = null;
    let pgCpu = NaN;
    t = Date.now();
    const target = DNC ? { dncList: 'bench' } : { campaignId: createCampaign.id };
    await gql(
      url,
      'mutation($u: ID!, $t: ImportTargetInput!) { startImport(uploadId: $u, target: $t) { id } }',
      { u: up.id, t: target },
      token,
    );
    let job: { status: string; rowsRead: number; imported: number; rejected: number; error: string | null };
    // RSS over time: where the peak happens (reading, or the final move) says what to fix.
    const timeline: string[] = [];
    for (let tick = 0; ; tick++) {
      ({ importJob: job } = await gql<{ importJob: typeof job }>(
        url,
        'query($id: ID!) { importJob(id: $id) { status rowsRead imported rejected error } }',
        { id: up.id },
        token,
      ));
      pgPid ??= await importBackendPid(backendAdminUrl);
      if (pgPid !== null && job.status === 'RUNNING') pgCpu = cpuSeconds(pgPid);
      if (tick % (Number(process.env.BENCH_TIMELINE_TICKS) || 20) === 0)
        timeline.push(`${((Date.now() - t) / 1000).toFixed(0)}s:${job.rowsRead}r/${currentRss(child.pid!).toFixed(0)}MB`);
      if (job.status !== 'RUNNING') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const importMs = Date.now() - t;
    const rss = peakRss(child.pid!);
    const serverCpu = cpuSeconds(child.pid!) - cpuBefore;
    if (job.status !== 'COMPLETED') throw new Error(`import ${job.status}: ${job.error}`);
    const total = uploadMs + importMs;
    console.log(`upload ${(uploadMs / 1000).toFixed(1)} s, import ${(importMs / 1000).toFixed(1)} s, total ${(total / 1000).toFixed(1)} s`);
    console.log(
      `rows read ${job.rowsRead.toLocaleString()}, imported ${job.imported.toLocaleString()}, rejected ${job.rejected.toLocaleString()}`,
    );
    console.log(
      `throughput ${Math.round(job.rowsRead / (total / 1000)).toLocaleString()} rows/s (import alone ${Math.round(job.rowsRead / (importMs / 1000)).toLocaleString()} rows/s)`,
    );
    // Where the time goes: 2 cores give at most 2 CPU-seconds per second of import.
    console.log(
      `CPU: server ${serverCpu.toFixed(1)} s (all threads), PostgreSQL import backend ${Number.isNaN(pgCpu) ? 'n/a' : `${pgCpu.toFixed(1)} s`} (up to its last sample)`,
    );
    console.log(`RSS timeline ${timeline.join(' ')}`);
    console.log(`server peak RSS ${rss.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before the upload, ${rssUpload.toFixed(0)} MB after it)`);
    console.log(`target: total < 30 s, RSS < 300 MB: ${total < 30_000 && rss < 300 ? 'MET' : 'NOT MET'}`);
  } finally {
    clearTimeout(timer);
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => {
        const k = setTimeout(() => {
          child?.kill('SIGKILL');
          r(null);
        }, 5000);
        child!.once('exit', () => {
          clearTimeout(k);
          r(null);
        });
      });
    }
    if (!EMBEDDED) await admin(`drop database if exists ${db} with (force)`).catch((e: unknown) => console.error('drop failed', e));
    rmSync(dir, { recursive: true, force: true });
    console.log(`run done in ${((Date.now() - runStarted) / 1000).toFixed(1)} s`);
  }
}

async function main(): Promise<void> {
  for (const numbers of LAYOUTS) await run(numbers);
  console.log(`\nall done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
