#!/usr/bin/env node
// Serves the API (server/dist, built) and the console (web/.next, built) together, for
// `npm start`. The console forwards /graphql and /imports to the API; the browser opens the
// subscription socket on the API's port (or PACER_WS_URL). Stops both on SIGINT/SIGTERM and
// exits when either dies, with its code.
//   PORT (API, default 4000), WEB_PORT (console, default 3000), HOST for both (default 127.0.0.1)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const host = process.env.HOST || '127.0.0.1';
const apiPort = process.env.PORT || '4000';
const webPort = process.env.WEB_PORT || '3000';
for (const [path, hint] of [['server/dist/main.js', 'npm run build -w server'], ['web/.next/BUILD_ID', 'npm run web:build']]) {
  if (!existsSync(join(root, path))) {
    console.error(`${path} is missing: run \`${hint}\` first`);
    process.exit(1);
  }
}
const apiHost = host === '0.0.0.0' ? '127.0.0.1' : host;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PACER_API_URL: process.env.PACER_API_URL || `http://${apiHost}:${apiPort}/graphql` };
const children = [
  spawn(process.execPath, ['dist/main.js'], { cwd: join(root, 'server'), env: { ...env, PORT: apiPort, HOST: host }, stdio: 'inherit' }),
  spawn(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', webPort, '-H', host], { cwd: join(root, 'web'), env: { ...env, NODE_ENV: 'production' }, stdio: 'inherit' }),
];
console.log(`Pacer: API on http://${host}:${apiPort}/graphql, console on http://${host}:${webPort}`);
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(code));
};
for (const c of children) c.once('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
