import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { EslLink } from '../freeswitch/esl-link';
import type { EslHeaders } from '../freeswitch/esl-headers';
import { fixturesDir } from '../testing/transcript';
import { loadScenario } from './scenario-file';
import { OutcomeModel } from './outcome-model';
import { Simulator } from './simulator';
import { waitFor } from '../../test/wait-for';

/** The simulator's ESL surface, spoken to with a plain modesl link (no adapter logic). */
describe('simulator ESL protocol', () => {
  const sim = new Simulator({ timeScale: 20, sessionsPerSecond: 1000 });
  let link: EslLink;
  const events: EslHeaders[] = [];
  before(async () => {
    const port = await sim.listen(0);
    sim.setRules([{ match: /.*/, outcome: { base: 'answer', ringSec: 0.5 } }]);
    link = await EslLink.open({ host: '127.0.0.1', port, password: 'ClueCon', connectTimeoutMs: 1000 });
    link.onEvent((h) => events.push(h));
  });
  after(async () => {
    link.close();
    await sim.close();
  });

  const until = (pred: () => boolean) => waitFor(pred, { what: 'an event on the link' });

  it('bgapi uses our Job-UUID and reports through BACKGROUND_JOB with a _body', async () => {
    assert.equal(
      await link.command('event json CHANNEL_ANSWER CHANNEL_HANGUP_COMPLETE BACKGROUND_JOB', 1000),
      '+OK event listener enabled json',
    );
    const reply = await link.bgapi('originate', '{origination_uuid=u-1,originate_timeout=10}loopback/1/default &park()', 'job-1', 1000);
    assert.equal(reply, '+OK Job-UUID: job-1');
    await until(() => events.some((e) => e['Event-Name'] === 'BACKGROUND_JOB' && e['Job-UUID'] === 'job-1'));
    const job = events.find((e) => e['Job-UUID'] === 'job-1');
    assert.equal(job?._body, '+OK u-1\n');
    assert.equal(job?.['Job-Command'], 'originate');
    // Loopback: two answered legs, the -b one carrying our origination_uuid.
    const answers = events.filter((e) => e['Event-Name'] === 'CHANNEL_ANSWER');
    assert.equal(answers.length, 2);
    const b = answers.find((e) => e['Unique-ID'] !== 'u-1');
    assert.equal(b?.variable_origination_uuid, 'u-1');
    assert.equal(b?.['Channel-Name'], 'loopback/1-b');
  });

  it('api: uuid_exists, show calls, uuid_kill and its hangup variables', async () => {
    assert.equal(await link.api('uuid_exists u-1', 1000), 'true');
    const calls = JSON.parse(await link.api('show calls as json', 1000)) as { row_count: number; rows: Array<{ uuid: string }> };
    assert.equal(calls.row_count, 1);
    assert.equal(calls.rows[0].uuid, 'u-1');
    assert.equal(await link.api('uuid_kill u-1 USER_BUSY', 1000), '+OK\n');
    await until(() => events.some((e) => e['Event-Name'] === 'CHANNEL_HANGUP_COMPLETE' && e['Unique-ID'] === 'u-1'));
    const h = events.find((e) => e['Event-Name'] === 'CHANNEL_HANGUP_COMPLETE' && e['Unique-ID'] === 'u-1');
    assert.equal(h?.['Hangup-Cause'], 'USER_BUSY');
    assert.equal(h?.variable_hangup_cause_q850, '17');
    for (const v of [
      'variable_billsec',
      'variable_duration',
      'variable_answersec',
      'variable_progress_epoch',
      'variable_answer_epoch',
      'variable_end_epoch',
    ]) {
      assert.ok(h?.[v] !== undefined, v);
    }
    assert.equal(await link.api('uuid_exists u-1', 1000), 'false');
    assert.equal(await link.api('show calls as json', 1000), '{"row_count":0}\n');
    assert.equal(await link.api('uuid_kill u-1', 1000), '-ERR No such channel!\n');
  });

  it('event headers use the names the real switch sends (checked against events.jsonl)', () => {
    const captured = readFileSync(join(fixturesDir(), 'events.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, string>);
    for (const name of ['CHANNEL_ANSWER', 'CHANNEL_HANGUP_COMPLETE', 'BACKGROUND_JOB']) {
      const known = new Set(captured.filter((e) => e['Event-Name'] === name).flatMap((e) => Object.keys(e)));
      const ours = events.filter((e) => e['Event-Name'] === name);
      assert.ok(ours.length > 0, name);
      for (const e of ours) {
        const unknown = Object.keys(e).filter((k) => !known.has(k) && !k.startsWith('variable_'));
        assert.deepEqual(unknown, [], `${name} headers not seen on the real switch`);
      }
    }
  });

  it('sync api originate, status, fsctl, chat, unknown api', async () => {
    assert.equal(await link.api('originate error/user_busy &park', 1000), '-ERR USER_BUSY\n');
    assert.match(await link.api('originate {origination_uuid=u-2}null/2 &park', 2000), /^\+OK u-2\n$/);
    assert.match(await link.api('status', 1000), /1 session\(s\) - peak/);
    assert.equal(await link.api('fsctl sps 40', 1000), '+OK sessions per second: 40\n');
    assert.match(await link.api('status', 1000), /out of max 40,/);
    assert.equal(await link.api('fsctl max_sessions 50', 1000), '+OK max sessions: 50\n');
    assert.equal(await link.api('chat sip|a|b|hello', 1000), 'Sent');
    assert.match(await link.api('chat nope', 1000), /^-ERR Usage/);
    assert.equal(await link.api('uuid_kill u-2', 1000), '+OK\n');
  });

  it('plain format, filters, nixevent and noevents', async () => {
    events.length = 0;
    assert.equal(await link.command('event plain CHANNEL_ANSWER CHANNEL_HANGUP_COMPLETE', 1000), '+OK event listener enabled plain');
    assert.equal(await link.command('filter Unique-ID u-3', 1000), '+OK filter added. [Unique-ID]=[u-3]');
    await link.api('originate {origination_uuid=u-3,sim_note=a%20b}null/3 &park', 2000);
    await link.api('originate {origination_uuid=u-4}null/4 &park', 2000);
    await until(() => events.some((e) => e['Unique-ID'] === 'u-3' && e['Event-Name'] === 'CHANNEL_ANSWER'));
    // u-4's originate has answered (the api call returned); a later reply on the same link comes
    // after every event written before it, so u-4's events, were they let through, are here now.
    assert.equal(await link.api('uuid_exists u-4', 1000), 'true');
    assert.deepEqual(new Set(events.map((e) => e['Unique-ID'])), new Set(['u-3']), 'filter lets only u-3 through');
    assert.equal(events[0].variable_sim_note, 'a%20b', 'plain values are URL-encoded on the wire and decoded');
    assert.equal(await link.command('nixevent CHANNEL_HANGUP_COMPLETE', 1000), '+OK events nixed');
    await link.api('uuid_kill u-3', 1000);
    assert.equal(await link.command('filter delete Unique-ID u-3', 1000), '+OK filter deleted. [Unique-ID]=[u-3]');
    assert.equal(await link.command('noevents', 1000), '+OK no longer listening for events');
    await link.api('uuid_kill u-4', 1000);
    await waitFor(() => link.api('uuid_exists u-4', 1000), { what: 'u-4 to hang up', until: (r) => r === 'false' }); // then its hangup was written
    assert.equal(events.filter((e) => e['Event-Name'] === 'CHANNEL_HANGUP_COMPLETE').length, 0);
  });
});

describe('simulator outcome model', () => {
  it('the seeded mix is reproducible and close to its rates', () => {
    const a = new OutcomeModel(42);
    const b = new OutcomeModel(42);
    const sa = Array.from({ length: 2000 }, (_, i) => a.scriptFor(`+1212555${i}`));
    const sb = Array.from({ length: 2000 }, (_, i) => b.scriptFor(`+1212555${i}`));
    assert.deepEqual(sa, sb);
    const answered = sa.filter((s) => !s.failCause).length / sa.length;
    assert.ok(Math.abs(answered - 0.6) < 0.05, `answer rate ${answered}`);
    assert.notDeepEqual(
      sa,
      Array.from({ length: 2000 }, () => new OutcomeModel(7).scriptFor('1')),
    );
  });

  it('rules beat the digit convention, which beats the mix', () => {
    const m = new OutcomeModel(1);
    assert.equal(m.scriptFor('+15550100001').failCause, 'USER_BUSY');
    assert.equal(m.scriptFor('+15550100006').amd, 'machine');
    m.addRule({ match: '*0001', outcome: 'answer' });
    assert.equal(m.scriptFor('+15550100001').failCause, undefined);
  });

  it('loads a scenario file and rejects a bad one with a clear message', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      JSON.stringify({
        rules: [{ match: '/^44/', outcome: 'fax' }],
        mix: { answerRate: 0.3 },
        gateways: { gw2: 'down' },
        agents: { '1001': { kind: 'reject' } },
        queues: { sales: { freeAgents: 0, maxWaitNoAgentSec: 30 } },
        extensions: { '5000': { kind: 'ivr', menu: 'demo_ivr', sec: 20 }, '5001': { kind: 'bridge', endpoint: 'user/1001' } },
      }),
    );
    const sc = loadScenario(good);
    assert.ok(sc.rules[0].match instanceof RegExp);
    assert.deepEqual(sc.gateways, { gw2: 'down' });
    assert.deepEqual(sc.extensions?.['5001'], { kind: 'bridge', endpoint: 'user/1001' });
    assert.equal(sc.queues?.sales?.maxWaitNoAgentSec, 30);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ rules: [{ match: 'x', outcome: 'explode' }] }));
    assert.throws(() => loadScenario(bad), /bad scenario file .*bad\.json/);
  });
});
