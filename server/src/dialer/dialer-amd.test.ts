import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { BroadcastAction } from '../entities/campaign-config';
import { rows } from './sql-rows';
import { recordBroadcasts } from './testing/record-broadcasts';
import { dialerTestEnv, type DialerTestEnv } from './testing/dialer-test-env';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

let env: DialerTestEnv;
let heard: Map<string, string[]>;
const killedByPacer = new Set<string>();
before(async () => {
  env = await dialerTestEnv();
  heard = recordBroadcasts(env.h.sim);
  const core = env.h.sim.core;
  const kill = core.kill.bind(core);
  core.kill = (uuid, cause) => {
    killedByPacer.add(uuid);
    return kill(uuid, cause);
  };
  // Machines and faxes never hang up on their own here: every end is Pacer's doing, however
  // slow the machine. A verdict ignored would leave the call waiting for amdWaitMs: 10 minutes.
  env.h.sim.setRules([
    { match: /0006$/, outcome: { base: 'machine', talkSec: undefined } },
    { match: /0007$/, outcome: { base: 'fax', talkSec: undefined } },
    // Humans press the confirmation key once its prompt plays (after the verdict at 1.5 s), twice
    // in case a busy machine delays the prompt: without it the script hangs up before the message.
    { match: /0000$/, outcome: { base: 'answer', dtmf: '11', dtmfAfterSec: 4, dtmfGapSec: 10 } },
  ]);
  await env.startDialer({ amdWaitMs: 600_000 });
});
after(async () => {
  await env?.stop();
});

const ACTIONS: BroadcastAction[] = [
  { kind: 'CONFIRM_ANSWER', digit: '1', file: 'confirm.wav' },
  { kind: 'PLAY', file: 'msg.wav' },
];

interface Row {
  kind: string;
  outcome: string;
  bill: number;
  files: string[];
  byPacer: boolean;
}

/** A VOICE campaign with AMD on: recipients cycle human (0000), machine (0006), fax (0007); returns their attempts. */
async function run(prefix: string, onMachine: 'HANGUP' | 'PLAY'): Promise<Row[]> {
  const em = env.em();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, {
    callsPerSecond: 50,
    maxAttempts: 1,
    broadcastActions: ACTIONS,
    amd: { enabled: true, onMachine },
  });
  await seedRecipients(em, c.id, 6, prefix, `case x.i % 3 when 0 then '0000' when 1 then '0006' else '0007' end`);
  await env.waitFor<string>(
    'select status from campaign where id = ?',
    [c.id],
    (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
    'campaign done',
    30_000,
  );
  const attempts = await rows<{ call_id: string; suffix: string; outcome: string; bill: number }>(
    env.em(),
    `
    select call_id, right(number, 2) as suffix, outcome::text as outcome, coalesce(bill_seconds, 0) as bill from call_attempt where campaign_id = ? order by id`,
    [c.id],
  );
  const kind: Record<string, string> = { '00': 'human', '06': 'machine', '07': 'fax' };
  return attempts.map((a) => ({
    kind: kind[a.suffix] ?? a.suffix,
    outcome: a.outcome,
    bill: a.bill,
    files: (heard.get(a.call_id) ?? []).map((f) => f.replace(/^playback::/, '')),
    byPacer: killedByPacer.has(a.call_id),
  }));
}

test('AMD HANGUP: machines and faxes are hung up at the verdict with nothing played; humans get the script', async () => {
  const attempts = await run('+1601', 'HANGUP');
  assert.equal(attempts.length, 6);
  for (const a of attempts) {
    if (a.kind === 'human') {
      assert.deepEqual([a.outcome, a.files], ['CONFIRMED', ['confirm.wav', 'msg.wav']]);
      continue;
    }
    // The verdict is the only thing that can end these calls before the test's deadline: they
    // never hang up, and the AMD wait is 10 minutes.
    assert.deepEqual([a.outcome, a.files, a.byPacer], [a.kind === 'machine' ? 'MACHINE' : 'FAX', [], true], JSON.stringify(a));
  }
});

test('AMD PLAY: a machine hears the message only (no confirmation prompt), then is hung up; a fax is hung up', async () => {
  const attempts = await run('+1602', 'PLAY');
  assert.equal(attempts.length, 6);
  for (const a of attempts) {
    const want: Record<string, [string, string[]]> = {
      human: ['CONFIRMED', ['confirm.wav', 'msg.wav']],
      machine: ['MACHINE', ['msg.wav']],
      fax: ['FAX', []],
    };
    assert.deepEqual([a.outcome, a.files], want[a.kind], JSON.stringify(a));
    if (a.kind !== 'human') assert.ok(a.byPacer, `ended by Pacer after the message, not by the callee: ${JSON.stringify(a)}`);
    // Verdict 1.5 s after the answer, then the simulator's 2 s message plays to its end (simulated time only moves forward).
    if (a.kind === 'machine') assert.ok(a.bill >= 3, `the message was not cut off: ${JSON.stringify(a)}`);
  }
});
