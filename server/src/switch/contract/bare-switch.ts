import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EslLink } from '../freeswitch/esl-link';

/** A FreeSWITCH of the bundle that the lane did not start: its own work dir and port, for one test. */
export interface BareSwitch {
  esl: { host: string; port: number; password: string };
  stop(): void;
}

/** The bundle the lane runs (test-freeswitch.mjs sets PACER_FREESWITCH_BUNDLE_DIR), if any. */
export function bundleDir(): string | undefined {
  const dir = process.env.PACER_FREESWITCH_BUNDLE_DIR;
  return dir && existsSync(join(dir, 'start.sh')) ? dir : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
}

/**
 * Starts a second FreeSWITCH from the bundle and unloads `modules` before any call: a switch
 * that does not have them. Not done on the lane's own switch: mod_avmd refuses to unload
 * cleanly once it has run on a call ("PLEASE DO NOT RELOAD MODULE WHILE SESSIONS ARE RUNNING"),
 * and a reload after that crashed FreeSWITCH 1.10.12.
 */
export async function startBareSwitch(bundle: string, modules: string[]): Promise<BareSwitch> {
  const workdir = mkdtempSync(join(tmpdir(), 'pacer-fs-bare-'));
  const port = await freePort();
  const started = spawnSync(join(bundle, 'start.sh'), [workdir, String(port)], {
    env: { ...process.env, FS_NO_SOFIA: '1' },
    encoding: 'utf8',
  });
  if (started.status !== 0) throw new Error(`bare FreeSWITCH did not start: ${started.stderr}`);
  const stop = () => {
    spawnSync(join(bundle, 'stop.sh'), [workdir], { env: { ...process.env, FS_STOP_FAST: '1' }, stdio: 'ignore' });
    rmSync(workdir, { recursive: true, force: true });
  };
  const esl = { host: '127.0.0.1', port, password: 'ClueCon' };
  try {
    const link = await EslLink.open({ ...esl, connectTimeoutMs: 10_000 });
    try {
      for (const m of modules) {
        const reply = await link.api(`unload ${m}`, 10_000);
        if (!reply.startsWith('+OK')) throw new Error(`unload ${m}: ${reply.trim()}`);
      }
    } finally {
      link.close();
    }
  } catch (e) {
    stop();
    throw e;
  }
  return { esl, stop };
}
