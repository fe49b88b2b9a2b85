import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SwitchHarness } from '../testing/harness';
import { Simulator } from '../simulator/simulator';
import { FreeSwitchAdapter } from './freeswitch-adapter';
import { EslLink, EslLinkError } from './esl-link';
import { waitFor } from '../../test/wait-for';

/** Talks raw ESL to the simulator and collects what comes back, until every pattern has been seen. */
async function rawSession(port: number, lines: string[], expect: RegExp[]): Promise<string> {
  const s = connect(port, '127.0.0.1');
  let got = '';
  s.on('data', (d) => (got += d.toString()));
  s.on('error', () => undefined);
  await new Promise<void>((r) => s.on('connect', () => r()));
  for (const l of lines) s.write(l);
  try {
    await waitFor(() => expect.every((re) => re.test(got)), { what: `replies matching ${expect.join(', ')}` });
  } catch (e) {
    throw new Error(`${(e as Error).message}; got: ${JSON.stringify(got.slice(0, 500))}`);
  } finally {
    s.destroy();
  }
  return got;
}

describe('bad input never crashes either side', () => {
  let h: SwitchHarness;
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  before(async () => {
    process.on('unhandledRejection', onUnhandled);
    process.on('uncaughtException', onUnhandled);
    h = await SwitchHarness.start({ timeScale: 20 });
    h.sim.setRules([{ match: 'ring', outcome: { base: 'answer', ringSec: 1000 } }]);
  });
  after(async () => {
    await h.close();
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUnhandled);
    assert.deepEqual(unhandled, []);
  });

  it('a bad password is a clear error, and the adapter keeps retrying quietly', async () => {
    const a = new FreeSwitchAdapter({
      host: '127.0.0.1',
      port: h.sim.port,
      password: 'wrong',
      reconnect: { startingDelayMs: 20, maxDelayMs: 50 },
    });
    const errors: Error[] = [];
    a.onError((e) => errors.push(e));
    try {
      await assert.rejects(a.connect(), (e: unknown) => e instanceof EslLinkError && e.kind === 'auth' && /wrong password/.test(e.message));
      await waitFor(() => errors.length >= 1 && a.connectionState === 'reconnecting', { what: `a retry (state ${a.connectionState})` });
    } finally {
      await a.close();
    }
    assert.equal(a.connectionState, 'closed');
  });

  it('nothing listening: connect rejects (ECONNREFUSED) without crashing', async () => {
    const sim = new Simulator();
    const port = await sim.listen(0);
    await sim.close();
    const a = new FreeSwitchAdapter({ host: '127.0.0.1', port, password: 'ClueCon', reconnect: { startingDelayMs: 20, maxDelayMs: 50 } });
    try {
      await assert.rejects(a.connect(), (e: unknown) => e instanceof EslLinkError && /ECONNREFUSED/.test(e.message));
    } finally {
      await a.close();
    }
  });

  it('harmless garbage (unknown headers, bad %-escapes) is ignored; the link stays up', async () => {
    h.states.length = 0;
    h.sim.sendRaw('this is not ESL at all\n\n');
    h.sim.sendRaw('Content-Type: command/reply\nReply-Text: 100%zz broken escape\n\n');
    const s = await h.adapter.status();
    assert.ok(s.maxSessions > 0);
    assert.deepEqual(h.states, []);
  });

  it('an unreadable frame is reported, and the adapter resynchronises by reconnecting', async () => {
    h.errors.length = 0;
    h.states.length = 0;
    h.sim.sendRaw('Content-Length: 11\nContent-Type: text/event-json\n\n{not json!}');
    await h.until(() => h.errors.length > 0, 'protocol error report');
    assert.match(h.errors[0].message, /JSON/);
    await h.until(() => h.states.includes('up'), 'reconnected');
    assert.deepEqual(h.states.slice(0, 1), ['down']);
    const s = await h.adapter.status();
    assert.ok(s.maxSessions > 0);
  });

  it('a frame cut in half across TCP packets is reassembled', async () => {
    const id = await h.call('ring', { ringTimeoutSec: 3000 });
    // Wait until the call is quiet, so the switch's own frames do not interleave with ours.
    await h.until(() => h.event(id, 'ringing') !== undefined, 'ringing');
    const frame = h.sim.eventFrame('CHANNEL_HANGUP_COMPLETE', {
      'Unique-ID': id,
      'Hangup-Cause': 'USER_BUSY',
      variable_hangup_cause_q850: '17',
      variable_billsec: '0',
    });
    const cut = Math.floor(frame.length / 2);
    h.sim.sendRaw(frame.slice(0, 20)); // inside the header block
    await new Promise((r) => setTimeout(r, 30));
    h.sim.sendRaw(frame.slice(20, cut)); // inside the body
    await new Promise((r) => setTimeout(r, 30));
    assert.equal(h.terminalFor(id), undefined);
    h.sim.sendRaw(frame.slice(cut));
    const end = await h.ended(id);
    assert.ok(end.type === 'hangup' && end.cause === 'USER_BUSY' && end.q850 === 17);
    h.sim.hangupCall(id);
  });

  it('unknown commands get -ERR from the switch', async () => {
    const link = await EslLink.open({ host: '127.0.0.1', port: h.sim.port, password: 'ClueCon', connectTimeoutMs: 1000 });
    try {
      assert.equal(await link.command('frobnicate now', 1000), '-ERR command not found');
      assert.equal(await link.api('nosuch thing', 1000), '-ERR nosuch Command not found!\n');
    } finally {
      link.close();
    }
    const end = await h.ended(await h.call('1', { dialString: 'foo/{number}' }));
    assert.ok(end.type === 'originate-failed' && end.cause === 'CHAN_NOT_IMPLEMENTED');
  });

  it('the simulator survives garbage, commands before auth and floods from clients', async () => {
    await rawSession(h.sim.port, ['api status\n\n'], [/Reply-Text: -ERR invalid/]);
    await rawSession(
      h.sim.port,
      ['auth ClueCon\n\n', '\u0000\u0001\u0002garbage\n\n', 'event xml ALL\n\n'],
      [/-ERR command not found/, /-ERR format xml not supported/],
    );
    await rawSession(h.sim.port, ['auth ClueCon\n\n', 'x'.repeat(1_100_000)], [/-ERR command too large/]);
    assert.equal(h.adapter.connectionState, 'up');
    await h.adapter.status();
  });
});
