#!/usr/bin/env node
// The real-FreeSWITCH lane: runs the *.fs.test.ts files (the switch contract and friends)
// against a real switch. With ESL_HOST set it uses that switch (which must have
// deploy/freeswitch/dialplan/pacer.xml loaded). Otherwise it starts the prebuilt bundle
// (PACER_FREESWITCH_BUNDLE, else ../shared/freeswitch beside the repository, else
// /work/shared/freeswitch) in a work directory of its own with the project's dialplan, runs
// the tests, and stops it. With neither it prints one line saying why it skipped, and exits 0.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

const serverDir = new URL('..', import.meta.url).pathname;
const repoRoot = resolve(serverDir, '..');
const dialplanDir = join(repoRoot, 'deploy/freeswitch/dialplan');
const soundsDir = join(repoRoot, 'deploy/freeswitch/sounds/pacer');
const ivrConf = join(repoRoot, 'deploy/freeswitch/autoload_configs/ivr.conf.xml');
const queuesDir = join(repoRoot, 'deploy/freeswitch/callcenter-queues');
const callcenterConf = join(repoRoot, 'deploy/freeswitch/autoload_configs/callcenter.conf.xml');
const testArgs = process.argv.slice(2);

/** The bundle folder to start, or undefined; `looked` lists where we looked (for the skip line). */
function findBundle() {
  const given = process.env.PACER_FREESWITCH_BUNDLE;
  const candidates = given
    ? [isAbsolute(given) ? given : resolve(repoRoot, given)]
    : [resolve(repoRoot, '../shared/freeswitch'), '/work/shared/freeswitch'];
  const found = candidates.find((d) => existsSync(join(d, 'start.sh')) && existsSync(join(d, 'stop.sh')));
  return { bundle: found, looked: candidates };
}

/** A port nothing listens on now (start.sh refuses a busy one; we retry on that). */
function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** One file at a time: some scenarios change the switch's own limits (fsctl sps) for a moment. */
function runTests(env) {
  return new Promise((res) => {
    const child = spawn(process.execPath, [join(serverDir, 'scripts/run-tests.mjs'), '--freeswitch', ...testArgs], {
      cwd: serverDir,
      env: { PACER_TEST_CONCURRENCY: '1', ...env },
      stdio: 'inherit',
    });
    child.on('exit', (code, signal) => res(signal ? 1 : (code ?? 1)));
  });
}

const { bundle, looked } = findBundle();
// Tests that need a switch of their own (e.g. one without mod_amd and mod_avmd) start the bundle too.
const bundleEnv = bundle ? { PACER_FREESWITCH_BUNDLE_DIR: bundle } : {};

if (process.env.ESL_HOST) {
  console.log(`test:freeswitch: using the switch at ${process.env.ESL_HOST}:${process.env.ESL_PORT ?? 8021} (ESL_HOST)`);
  process.exit(await runTests({ ...bundleEnv, ...process.env }));
}

if (!bundle) {
  console.log(
    `test:freeswitch skipped: no FreeSWITCH bundle (looked in ${looked.join(', ')}; set PACER_FREESWITCH_BUNDLE) and no ESL_HOST`,
  );
  process.exit(0);
}

// The bundle folder is read-only: the switch runs in a fresh work directory with our dialplan.
const workdir = mkdtempSync(join(tmpdir(), 'pacer-fs-'));
cpSync(dialplanDir, join(workdir, 'conf/dialplan'), { recursive: true });
// The IVR menus (read at each `ivr` run) and the test queues: start.sh keeps both files (it
// includes <conf>/callcenter-queues/*.xml in the callcenter.conf it writes).
cpSync(ivrConf, join(workdir, 'conf/autoload_configs/ivr.conf.xml'));
cpSync(queuesDir, join(workdir, 'conf/callcenter-queues'), { recursive: true });
// SIP stays on (an unknown gateway is a scenario); PACER_FS_SIP=0 starts it without mod_sofia.
const fsEnv = { ...process.env, FS_NO_SOFIA: process.env.PACER_FS_SIP === '0' ? '1' : '0' };

let port;
let started = false;
for (let attempt = 1; attempt <= 3 && !started; attempt++) {
  port = await freePort();
  const r = spawnSync(join(bundle, 'start.sh'), [workdir, String(port)], {
    env: fsEnv,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started = r.status === 0;
  if (!started) process.stderr.write(r.stderr);
}
if (!started) {
  console.error(
    `test:freeswitch: the bundle in ${bundle} did not start (are its apt-runtime.txt packages installed?); work dir ${workdir}`,
  );
  process.exit(1);
}

// The sounds Pacer plays and the test callees' (deploy/freeswitch/sounds/pacer) beside the bundle's.
cpSync(soundsDir, join(workdir, 'share/freeswitch/sounds/pacer'), { recursive: true });

/**
 * The agents and tiers of deploy/freeswitch/autoload_configs/callcenter.conf.xml, added over the
 * Event Socket (the bundle's own callcenter.conf has none). mod_callcenter keeps them in its
 * database in the work dir, so they outlive a restart of the switch.
 */
function callcenterCommands() {
  const xml = readFileSync(callcenterConf, 'utf8').replace(/<!--[\s\S]*?-->/g, '');
  const attrs = (tag) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const cmds = [];
  for (const [tag] of xml.matchAll(/<agent\s[^>]*>/g)) {
    const a = attrs(tag);
    cmds.push(`callcenter_config agent add ${a.name} ${a.type ?? 'callback'}`);
    for (const [k, v] of Object.entries(a)) {
      if (k !== 'name' && k !== 'type') cmds.push(`callcenter_config agent set ${k.replace(/-/g, '_')} ${a.name} ${v}`);
    }
  }
  for (const [tag] of xml.matchAll(/<tier\s[^>]*>/g)) {
    const t = attrs(tag);
    cmds.push(`callcenter_config tier add ${t.queue} ${t.agent} ${t.level ?? 1} ${t.position ?? 1}`);
  }
  return cmds;
}
for (const cmd of callcenterCommands()) {
  const r = spawnSync(join(workdir, 'bin/fs_cli'), ['-H', '127.0.0.1', '-P', String(port), '-p', 'ClueCon', '-x', cmd], {
    env: { ...process.env, LD_LIBRARY_PATH: join(workdir, 'lib') },
    encoding: 'utf8',
  });
  if (r.status !== 0 || !/^\+OK/.test(r.stdout.trim())) console.error(`test:freeswitch: ${cmd}: ${r.stdout.trim()} ${r.stderr.trim()}`);
}

let stopped = false;
function stop() {
  if (stopped) return;
  stopped = true;
  spawnSync(join(bundle, 'stop.sh'), [workdir], { env: { ...fsEnv, FS_STOP_FAST: '1' }, stdio: 'ignore' });
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stop();
    process.exit(1);
  });
}

console.log(`test:freeswitch: FreeSWITCH from ${bundle} on 127.0.0.1:${port}, dialplan ${readdirSync(dialplanDir).join(', ')}`);
// The bundle and work dir let a scenario crash and restart the switch (contract/bundle-restart.ts).
const code = await runTests({
  ...process.env,
  ...bundleEnv,
  ESL_HOST: '127.0.0.1',
  ESL_PORT: String(port),
  ESL_PASSWORD: 'ClueCon',
  PACER_FS_BUNDLE: bundle,
  PACER_FS_WORKDIR: workdir,
});
stop();
if (code === 0) rmSync(workdir, { recursive: true, force: true });
else console.error(`test:freeswitch: failed; the switch's log is in ${join(workdir, 'log/freeswitch.log')}`);
process.exit(code);
