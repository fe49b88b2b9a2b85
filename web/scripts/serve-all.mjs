#!/usr/bin/env node
// Serves the API (server/dist, built) and the console (web/.next, built) together, for
// `npm start`. The console forwards /graphql and /imports to the API; the browser opens the
// subscription socket on the API's port (or PACER_WS_URL). The console starts once the API
// answers /healthz (a console up before its API only shows errors), and one "ready" line names
// both URLs once both answer. Stops both on SIGINT/SIGTERM and exits when either dies, with its code.
//   PORT (API, default 4000), WEB_PORT (console, default 3000), HOST for both (default 127.0.0.1)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const host = process.env.HOST || '127.0.0.1';
const apiPort = process.env.PORT || '4000';
const webPort = process.env.WEB_PORT || '3000';
for (const [path, hint] of [
  ['server/dist/main.js', 'npm run build -w server'],
  ['web/.next/BUILD_ID', 'npm run web:build'],
]) {
  if (!existsSync(join(root, path))) {
    console.error(`${path} is missing: run \`${hint}\` first`);
    process.exit(1);
  }
}
const apiHost = host === '0.0.0.0' ? '127.0.0.1' : host;
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  PACER_API_URL: process.env.PACER_API_URL || `http://${apiHost}:${apiPort}/graphql`,
};
const apiUrl = `http://${host}:${apiPort}/graphql`;
const webUrl = `http://${host}:${webPort}`;
const children = [];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 10_000).unref();
  Promise.all(children.map((c) => (c.exitCode !== null ? null : new Promise((r) => c.once('exit', r))))).then(() => process.exit(code));
};
const track = (child) => {
  children.push(child);
  child.once('exit', (code) => stop(code ?? 1));
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

/** Resolves once url answers (any HTTP status, or only a 2xx with okOnly), polled every 250 ms, or when stopping. */
async function answers(url, okOnly) {
  while (!stopping) {
    try {
      const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      await res.body?.cancel();
      if (res.ok || !okOnly) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

const started = Date.now();
track(
  spawn(process.execPath, ['dist/main.js'], { cwd: join(root, 'server'), env: { ...env, PORT: apiPort, HOST: host }, stdio: 'inherit' }),
);
await answers(`http://${apiHost}:${apiPort}/healthz`, true);
if (!stopping) {
  track(
    spawn(process.execPath, [join(root, 'node_modules/next/dist/bin/next'), 'start', '-p', webPort, '-H', host], {
      cwd: join(root, 'web'),
      env: { ...env, NODE_ENV: 'production' },
      stdio: 'inherit',
    }),
  );
  await answers(`http://${apiHost}:${webPort}/`, false);
}
if (!stopping)
  console.log(`Pacer ready in ${((Date.now() - started) / 1000).toFixed(1)} s: console ${webUrl}, API ${apiUrl} (Ctrl-C stops both)`);
