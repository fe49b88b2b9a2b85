import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The switch restart of the real-switch lane: the lane (scripts/test-freeswitch.mjs) started the
 * FreeSWITCH bundle in PACER_FS_WORKDIR and says so; a test can then `kill -9` it (a crash: its
 * calls vanish without an event) and start it again on the same port with the bundle's start.sh.
 * Undefined when the switch is not the lane's own (ESL_HOST given by the user).
 */
export function bundleRestart(port: number): (() => Promise<void>) | undefined {
  const bundle = process.env.PACER_FS_BUNDLE;
  const workdir = process.env.PACER_FS_WORKDIR;
  if (!bundle || !workdir) return undefined;
  return async () => {
    const env = readFileSync(join(workdir, 'run/bundle.env'), 'utf8');
    const pid = Number(/^FS_PID=(\d+)$/m.exec(env)?.[1]);
    if (!Number.isInteger(pid) || pid <= 1) throw new Error(`no FS_PID in ${workdir}/run/bundle.env`);
    process.kill(pid, 'SIGKILL');
    // start.sh refuses a running workdir: wait for the pid to be gone (bounded by the test's own timeout).
    while (isAlive(pid)) await new Promise((r) => setTimeout(r, 20));
    // A killed switch may linger as a zombie until reaped, which start.sh takes for running.
    rmSync(join(workdir, 'run/freeswitch.pid'), { force: true });
    execFileSync(join(bundle, 'start.sh'), [workdir, String(port)], {
      env: { ...process.env, FS_NO_SOFIA: process.env.PACER_FS_SIP === '0' ? '1' : '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  };
}

/** Running, not a zombie nobody has reaped yet. */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}
