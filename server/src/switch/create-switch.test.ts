import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { CallEvent } from './call-event';
import { createSwitch } from './create-switch';
import { waitFor } from '../test/wait-for';

describe('createSwitch', () => {
  it('without an ESL host starts the embedded simulator and connects the FreeSWITCH adapter to it', async () => {
    const sw = await createSwitch({ eslPort: 8021, eslPassword: 'secret', simPort: 0, simSeed: 3, simTimeScale: 20 });
    try {
      assert.ok(sw.simulator);
      assert.equal(sw.port.connectionState, 'up');
      assert.equal(await sw.port.endpointRegistered('user/1001'), true, 'demo agent phones');
      const events: CallEvent[] = [];
      sw.port.onEvent((e) => events.push(e));
      const callId = randomUUID();
      await sw.port.originate({ callId, number: '+15550100001', dialString: 'sofia/gateway/gw1/{number}', ringTimeoutSec: 20 });
      await waitFor(() => events.some((e) => e.type === 'hangup'), { what: 'the hangup' });
      const hangup = events.find((e) => e.type === 'hangup');
      assert.ok(hangup?.type === 'hangup' && hangup.cause === 'USER_BUSY' && hangup.callId === callId);
    } finally {
      await sw.close();
    }
    assert.equal(sw.port.connectionState, 'closed');
  });

  it('with an ESL host connects to it (here: the standalone simulator CLI)', async () => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'simulator/cli.ts')], {
      env: { ...process.env, SIM_PORT: '0', ESL_PASSWORD: 'pw' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          const m = /127\.0\.0\.1:(\d+)/.exec(d.toString());
          if (m) resolve(Number(m[1]));
        });
        child.once('exit', (c) => reject(new Error(`cli exited ${c}`)));
      });
      const sw = await createSwitch({ eslHost: '127.0.0.1', eslPort: port, eslPassword: 'pw', simPort: 0, simSeed: 1, simTimeScale: 1 });
      assert.equal(sw.simulator, undefined);
      const status = await sw.port.status();
      assert.equal(status.sessionsPerSecond, 30);
      assert.equal(status.maxSessions, 1000);
      // `npm start`'s switch: the demo agent phones are registered (issue 17 item 8).
      assert.equal(await sw.port.endpointRegistered('user/1001'), true);
      assert.equal(await sw.port.endpointRegistered('user/1010'), true);
      assert.equal(await sw.port.endpointRegistered('user/1011'), false);
      await sw.close();
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
