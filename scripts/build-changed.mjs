#!/usr/bin/env node
// `npm start`'s build step: builds only what changed since the last build, the server and the
// console side by side (a rebuild of both on every start cost 40 s and more on 2 cores).
// - server: `tsc -b` on an incremental config (build info kept in server/dist), about 2 s when
//   nothing changed.
// - console: `next build` only when a stamp of everything that goes into it (web sources and
//   configs, the lockfile, patches, NEXT_PUBLIC_* variables, Node's version) differs from the
//   stamp saved in web/.next by the last successful build. PACER_API_URL/PACER_WS_URL are read
//   per request (web/README.md), so they are not part of it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'web/.next/pacer-build-stamp');

/** Files under dir (recursive, sorted), skipping build output and dependencies. */
function files(dir) {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir)
    .sort()
    .filter((name) => name !== 'node_modules' && name !== '.next')
    .flatMap((name) => files(join(dir, name)));
}

function webStamp() {
  const hash = createHash('sha256');
  const webEnv = readdirSync(join(root, 'web'))
    .filter((n) => n.startsWith('.env'))
    .map((n) => `web/${n}`);
  const inputs = [
    'web/src',
    'web/public',
    'web/next.config.ts',
    'web/next-env.d.ts',
    'web/package.json',
    'web/tsconfig.json',
    'package-lock.json',
    'patches',
    ...webEnv,
  ];
  for (const file of inputs.flatMap((p) => files(join(root, p)))) {
    hash
      .update(`${relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
  const baked = Object.keys(process.env)
    .filter((k) => k.startsWith('NEXT_PUBLIC_'))
    .sort();
  hash.update(JSON.stringify([process.versions.node, ...baked.map((k) => [k, process.env[k]])]));
  return hash.digest('hex');
}

/** Runs a command; resolves with its exit code. */
function run(label, args, cwd, env = {}) {
  console.log(`build: ${label}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
    child.on('exit', (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

const started = Date.now();
const server = join(root, 'server');
// `tsc -b` trusts its build info and does not look for missing outputs: start over without main.js.
if (!existsSync(join(server, 'dist/main.js'))) rmSync(join(server, 'dist/.tsbuildinfo'), { force: true });
const jobs = [run('server (tsc -b, incremental)', [join(root, 'node_modules/typescript/bin/tsc'), '-b', 'tsconfig.build.json'], server)];

const stamp = webStamp();
const built = existsSync(join(root, 'web/.next/BUILD_ID')) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp;
if (built) {
  console.log('build: console unchanged since its last build, skipping next build');
} else {
  rmSync(stampFile, { force: true });
  // No type check (`npm test` does it) and no build cache: see web/next.config.ts.
  jobs.push(
    run('console (next build)', [join(root, 'node_modules/next/dist/bin/next'), 'build'], join(root, 'web'), {
      PACER_START_BUILD: '1',
    }).then((code) => {
      if (code === 0) writeFileSync(stampFile, stamp);
      return code;
    }),
  );
}
const failed = (await Promise.all(jobs)).find((code) => code !== 0);
if (failed !== undefined) process.exit(failed);
console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
