import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { SwitchError } from '../port';
import { SwitchHarness } from '../testing/harness';
import { waitFor } from '../../test/wait-for';
import { parseQueueCount, parseQueueWaiting } from './queue-count';

const rejected = (e: unknown) => e instanceof SwitchError && e.code === 'REJECTED';

describe('mod_callcenter queue count reply', () => {
  it('is the number and a newline', () => {
    assert.equal(parseQueueCount('3\n'), 3);
    assert.equal(parseQueueCount('0\n'), 0);
    assert.equal(parseQueueCount('12'), 12);
  });

  it('-ERR or anything that is not a count is an error, never a guessed number', () => {
    assert.throws(
      () => parseQueueCount('-ERR Invalid!\n'),
      (e: unknown) => rejected(e) && /-ERR Invalid!/.test((e as Error).message),
    );
    assert.throws(() => parseQueueCount('-ERR callcenter_config Command not found!\n'), rejected);
    for (const bad of ['', '\n', 'three\n', '-1\n', '2 agents\n', '+OK\n'])
      assert.throws(() => parseQueueCount(bad), rejected, JSON.stringify(bad));
  });
});

describe('mod_callcenter member list', () => {
  const header =
    'queue|instance_id|uuid|session_uuid|cid_number|cid_name|system_epoch|joined_epoch|rejoined_epoch|bridge_epoch|abandoned_epoch|base_score|skill_score|serving_agent|serving_system|state|score';
  const row = (name: string, state: string) => `q@default|single_box|u|s|100|${name}|0|0|0|0|0|0|0|||${state}|12`;

  it('counts the members still waiting (Waiting, Trying), reading state from the end', () => {
    assert.equal(parseQueueWaiting('+OK\n'), 0, 'no member, no header');
    const body = [header, row('A', 'Waiting'), row('B|with bar', 'Trying'), row('C', 'Answered'), row('D', 'Abandoned'), '+OK', ''].join(
      '\n',
    );
    assert.equal(parseQueueWaiting(body), 2);
  });

  it('-ERR or a reply without +OK is an error', () => {
    assert.throws(() => parseQueueWaiting('-ERR Invalid!\n'), rejected);
    assert.throws(() => parseQueueWaiting(`${header}\n${row('A', 'Waiting')}\n`), rejected);
    assert.throws(() => parseQueueWaiting('a|b\nx|y\n+OK\n'), rejected, 'no state column');
  });
});

/** The adapter reading queues of the simulator over TCP, and the simulator moving the count like the real queue. */
describe('FreeSWITCH adapter against the simulator: queue-watch', () => {
  let h: SwitchHarness;
  before(async () => {
    h = await SwitchHarness.start({ timeScale: 20 });
    h.sim.setRules([{ match: /.*/, outcome: { base: 'answer', ringSec: 1 } }]);
  });
  after(() => h.close());

  async function answered(): Promise<string> {
    const id = await h.call('5551234');
    await h.until(() => h.event(id, 'answered') !== undefined, 'answer');
    return id;
  }
  const count = (q: string) => h.adapter.queueFreeAgents(q);

  it('reads the free agents of a queue; an unknown queue has none', async () => {
    h.sim.setQueue('sales@default', { freeAgents: 3 });
    assert.equal(await count('sales@default'), 3);
    assert.equal(await count('nobody@default'), 0);
  });

  it('answers on the wire like mod_callcenter: api/response whose body is the count and a newline', async () => {
    const s = connect(h.sim.port, '127.0.0.1');
    let got = '';
    s.on('data', (d) => (got += d.toString()));
    await new Promise<void>((r) => s.on('connect', () => r()));
    s.write('auth ClueCon\n\napi callcenter_config queue count agents sales@default Available Waiting\n\n');
    const reply = /Content-Type: api\/response\nContent-Length: 2\n\n3\n$/;
    await waitFor(() => reply.test(got), { what: `the api/response (got ${JSON.stringify(got)})` }).finally(() => s.destroy());
  });

  it('a call transferred into the queue takes a free agent for its talk and gives it back at hangup', async () => {
    h.sim.setQueue('support@default', { freeAgents: 2, answerAfterSec: 1, talkSec: 20 });
    const id = await answered();
    await h.adapter.transfer(id, { queue: 'support@default' });
    assert.equal(await count('support@default'), 1, 'taken when the member joins');
    await h.until(() => h.event(id, 'bridged') !== undefined, 'agent answers');
    const end = await h.ended(id);
    assert.equal(end.type === 'hangup' && end.cause, 'NORMAL_CLEARING');
    assert.equal(await count('support@default'), 2, 'back after the hangup');
  });

  it('a member waits while no agent is free and is served once one is; max-wait-time ends it with queue-left TIMEOUT', async () => {
    h.sim.setQueue('busy@default', { freeAgents: 0, talkSec: 5 });
    const waiting = await answered();
    await h.adapter.transfer(waiting, { queue: 'busy@default' });
    // The member waits in the queue with no agent serving it: nothing can bridge it yet.
    await h.until(() => h.sim.core.queues.countMembers('busy@default') === 1, 'the member to join the queue');
    assert.equal(h.sim.core.queues.countAgents('busy@default', 'Available', 'in a queue call'), 0, 'nobody serves it');
    assert.equal(h.event(waiting, 'bridged'), undefined, 'nobody to take it');
    h.sim.setQueue('busy@default', { freeAgents: 1, talkSec: 5 });
    await h.until(() => h.event(waiting, 'bridged') !== undefined, 'served once an agent is free');
    assert.equal(await count('busy@default'), 0);

    h.sim.setQueue('short@default', { freeAgents: 0, maxWaitSec: 4 });
    const gaveUp = await answered();
    await h.adapter.transfer(gaveUp, { queue: 'short@default' });
    await h.ended(gaveUp, 5000);
    assert.deepEqual(
      h.typesFor(gaveUp).filter((t) => t === 'queue-left' || t === 'hangup'),
      ['queue-left', 'hangup'],
    );
    assert.equal(h.event(gaveUp, 'queue-left')?.reason, 'TIMEOUT');
  });

  it('refuses a queue name that would split the command, and reports -ERR as a rejected command', async () => {
    await assert.rejects(count('sales default'), rejected);
    await assert.rejects(count("x',bridge:user/1"), rejected);
    const id = await answered();
    await assert.rejects(h.adapter.transfer(id, { queue: 'a,b' }), rejected);
    h.sim.setCallcenterLoaded(false);
    try {
      await assert.rejects(count('sales@default'), (e: unknown) => rejected(e) && /Command not found/.test((e as Error).message));
    } finally {
      h.sim.setCallcenterLoaded(true);
    }
    await h.adapter.hangup(id);
    await h.ended(id);
  });
});
