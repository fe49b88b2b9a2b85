import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CallEvent } from '../call-event';
import { SwitchHarness } from '../testing/harness';
import { CallTracker } from './call-tracker';
import type { EslHeaders } from './esl-headers';
import { EslLink } from './esl-link';
import { recordBroadcasts } from '../../dialer/testing/record-broadcasts';

/**
 * The real switch answers uuid_broadcast at once and plays the file on, so broadcast() must
 * wait for PLAYBACK_STOP: otherwise a script hangs up right after the message starts.
 * Time scale 20: 10 simulated seconds are 500 ms here.
 */
describe('broadcast waits for the file to finish playing', () => {
  let h: SwitchHarness;
  before(async () => {
    h = await SwitchHarness.start({ timeScale: 20, sessionsPerSecond: 1000 });
    h.sim.setRules([{ match: /.*/, outcome: { base: 'answer', ringSec: 0.5 } }]);
    h.sim.setPlaybackSec(10, '/tmp/ten.wav');
    h.sim.setPlaybackSec(20_000, '/tmp/long.wav'); // 1,000 real seconds: only a hangup or a timeout ends it
  });
  after(() => h.close());

  async function answered(): Promise<string> {
    const id = await h.call('5551234');
    await h.until(() => h.event(id, 'answered') !== undefined, 'answer');
    return id;
  }

  it('resolves only after the playback duration, with a playback-done event', async () => {
    const id = await answered();
    let doneWhenResolved: CallEvent | undefined;
    await h.adapter.broadcast(id, '/tmp/ten.wav').then(() => {
      doneWhenResolved = h.event(id, 'playback-done');
    });
    // The stop was already in when broadcast() resolved: it waited for the file, not for the reply.
    assert.ok(
      doneWhenResolved?.type === 'playback-done' && doneWhenResolved.file === '/tmp/ten.wav' && doneWhenResolved.status === 'done',
      `playback-done before the resolution: ${JSON.stringify(doneWhenResolved)}`,
    );
    await h.adapter.hangup(id);
    const end = await h.ended(id);
    assert.ok(end.type === 'hangup' && end.billSeconds >= 10, `billsec covers the message: ${JSON.stringify(end)}`);
  });

  it("plays a call's files in order: the second resolves after both", async () => {
    const id = await answered();
    const stopsWhenResolved: number[] = [];
    const stops = () => h.eventsFor(id).filter((e) => e.type === 'playback-done').length;
    await Promise.all([
      h.adapter.broadcast(id, '/tmp/ten.wav').then(() => stopsWhenResolved.push(stops())),
      h.adapter.broadcast(id, 'playback::/tmp/ten.wav').then(() => stopsWhenResolved.push(stops())),
    ]);
    assert.deepEqual(stopsWhenResolved, [1, 2], 'the first resolved at its own stop, the second only at the second stop');
    await h.adapter.hangup(id);
    const end = await h.ended(id);
    assert.ok(end.type === 'hangup' && end.billSeconds >= 20, `both files played in full: ${JSON.stringify(end)}`);
  });

  it('resolves at once when the call hangs up during the file; other apps do not wait', async () => {
    const heard = recordBroadcasts(h.sim);
    const id = await answered();
    const playing = h.adapter.broadcast(id, '/tmp/long.wav'); // 20,000 simulated seconds
    await h.until(() => (heard.get(id) ?? []).length > 0, 'the switch to start the file');
    h.sim.hangupCall(id);
    await playing; // released by the hangup (else it would wait for the 10-minute safety timeout)
    const end = await h.ended(id);
    assert.ok(end.type === 'hangup' && end.billSeconds < 20_000, `the file was cut: ${JSON.stringify(end)}`);
    // As on the real switch (seen on 1.10.12): the cut file still sends its stop, before the hangup.
    const types = h.typesFor(id);
    assert.ok(types.indexOf('playback-done') >= 0 && types.indexOf('playback-done') < types.indexOf('hangup'), types.join(','));
    // speak:: is not a file: broadcast() resolves at the reply, with no stop to wait for.
    const other = await answered();
    await h.adapter.broadcast(other, 'speak::flite|kal|Hello');
    assert.equal(h.event(other, 'playback-done'), undefined);
    await h.adapter.hangup(other);
  });

  it('a safety timeout releases a wait whose stop never comes', async () => {
    const h2 = await SwitchHarness.attach(h.sim, { playbackTimeoutMs: 200 });
    try {
      const id = await h2.call('5551234');
      await h2.until(() => h2.event(id, 'answered') !== undefined, 'answer');
      await h2.adapter.broadcast(id, '/tmp/long.wav'); // released by the 200 ms timeout, long before the file's end
      assert.equal(h2.event(id, 'playback-done'), undefined, 'released before the file ended');
      await h2.adapter.hangup(id);
      await h2.ended(id);
    } finally {
      await h2.closeAdapterOnly();
    }
  });

  it('the simulator sends PLAYBACK_START / PLAYBACK_STOP only to clients subscribed to them', async () => {
    const open = () => EslLink.open({ host: '127.0.0.1', port: h.sim.port, password: 'ClueCon', connectTimeoutMs: 1000 });
    const [subscribed, other] = await Promise.all([open(), open()]);
    const seen: EslHeaders[] = [];
    const otherSeen: EslHeaders[] = [];
    subscribed.onEvent((e) => seen.push(e));
    other.onEvent((e) => otherSeen.push(e));
    try {
      await subscribed.command('event json PLAYBACK_START PLAYBACK_STOP', 1000);
      await other.command('event json CHANNEL_ANSWER', 1000);
      const id = await answered();
      await h.adapter.broadcast(id, '/tmp/ten.wav');
      await h.until(() => seen.some((e) => e['Event-Name'] === 'PLAYBACK_STOP' && e['Unique-ID'] === id), 'stop on the raw link');
      // modesl itself also subscribes CHANNEL_EXECUTE_COMPLETE and BACKGROUND_JOB on every link.
      const mine = seen.filter((e) => e['Unique-ID'] === id && e['Event-Name']?.startsWith('PLAYBACK_'));
      assert.deepEqual(
        mine.map((e) => e['Event-Name']),
        ['PLAYBACK_START', 'PLAYBACK_STOP'],
      );
      assert.equal(mine[1]?.['Playback-File-Path'], '/tmp/ten.wav');
      assert.equal(mine[1]?.['Playback-Status'], 'done');
      assert.ok(!otherSeen.some((e) => e['Event-Name']?.startsWith('PLAYBACK_')));
      await h.adapter.hangup(id);
    } finally {
      subscribed.close();
      other.close();
    }
  });
});

describe('call tracker: one playback-done per file', () => {
  const uuid = 'c-1';
  const ev = (name: string, extra: Record<string, string> = {}): EslHeaders => ({ 'Event-Name': name, 'Unique-ID': uuid, ...extra });

  it('maps PLAYBACK_STOP, skips its execute-complete, and reports a file that never started', () => {
    const out: CallEvent[] = [];
    const t = new CallTracker((e) => out.push(e), 10);
    t.expect(uuid, 'j-1');
    t.handle(ev('PLAYBACK_STOP', { 'Playback-File-Path': '/a.wav', 'Playback-Status': 'break' }));
    t.handle(ev('CHANNEL_EXECUTE_COMPLETE', { Application: 'playback', 'Application-Data': '/a.wav' }));
    t.handle(
      ev('CHANNEL_EXECUTE_COMPLETE', {
        Application: 'playback',
        'Application-Data': '/missing.wav',
        'Application-Response': 'FILE NOT FOUND',
      }),
    );
    const done = out.filter((e) => e.type === 'playback-done').map((e) => e.type === 'playback-done' && [e.file, e.status]);
    assert.deepEqual(done, [
      ['/a.wav', 'break'],
      ['/missing.wav', 'failed'],
    ]);
    t.dispose();
  });
});
