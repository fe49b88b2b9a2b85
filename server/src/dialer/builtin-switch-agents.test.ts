import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AgentState } from '../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../domain/campaign/campaign-type';
import { Agent } from '../entities/agent.entity';
import { AgentAssignment } from '../entities/agent-assignment.entity';
import { EventBus } from '../events/event-bus';
import { listen } from '../events/listen';
import { createSwitch, type SwitchHandle } from '../switch/create-switch';
import { createTestDb, type TestDb } from '../test/test-db';
import { waitFor } from '../test/wait-for';
import { Dialer } from './dialer';
import { rows } from './sql-rows';
import { seedCampaign, seedRecipients, seedTenant } from './testing/seed';

// Issue 17 item 8: on a fresh install (no ESL_HOST) the built-in switch has demo agent phones
// user/1001..user/1010, so an AGENT campaign bridges customers to agents end to end.
let db: TestDb;
let bus: EventBus;
let sw: SwitchHandle;
let dialer: Dialer;
before(async () => {
  db = await createTestDb();
  bus = new EventBus(db.url);
  await bus.start();
  // What `npm start` runs without ESL_HOST (the simulator's time scale only shortens the rings).
  sw = await createSwitch({ eslPort: 8021, eslPassword: 'ClueCon', simPort: 0, simSeed: 1, simTimeScale: 20 });
  dialer = new Dialer(db.orm, bus, sw.port, { tickMs: 100, leaderRetryMs: 200, databaseUrl: db.url });
  await dialer.start();
});
after(async () => {
  await dialer?.stop();
  await sw?.close();
  await bus?.close();
  await db?.drop();
});

const one = async <T extends object>(sql: string, params: unknown[]): Promise<T | undefined> =>
  (await rows<T>(db.orm.em.fork(), sql, params))[0];

test('built-in switch: an agent on user/1001 is bridged to the customers; an agent on user/1099 is never reserved', async () => {
  const em = db.orm.em.fork();
  const tenant = await seedTenant(em, { callsPerSecond: 100 });
  const c = await seedCampaign(em, tenant, { type: CampaignType.AGENT, dialingMode: DialingMode.PROGRESSIVE, callsPerSecond: 50 });
  const demo = Object.assign(new Agent(), { tenant, name: 'demo', endpoint: 'user/1001', state: AgentState.AVAILABLE, wrapUpSeconds: 0 });
  // Not a demo phone: unregistered. On the first tier, so it would be offered first if it counted.
  const ghost = Object.assign(new Agent(), { tenant, name: 'ghost', endpoint: 'user/1099', state: AgentState.AVAILABLE });
  const ghostMoves: string[] = [];
  const stop = listen(bus, 'AGENT_STATE', (p) => {
    if (p.agentId === ghost.id) ghostMoves.push(p.state);
  });
  await em
    .persist([
      demo,
      ghost,
      Object.assign(new AgentAssignment(), { agent: ghost, campaign: c, level: 1 }),
      Object.assign(new AgentAssignment(), { agent: demo, campaign: c, level: 2 }),
    ])
    .flush();
  await seedRecipients(em, c.id, 2, '+1771');
  for (let i = 1; i <= 2; i++) {
    const call = await waitFor(
      () =>
        one<{ call_id: string; agent: string }>(
          'select call_id, agent_id::text as agent from call_attempt where campaign_id = ? and bridged_at is not null and ended_at is null',
          [c.id],
        ),
      { what: `call ${i} bridged to an agent`, until: (r) => r !== undefined },
    );
    assert.equal(call?.agent, demo.id);
    // The customer hangs up after talking to the agent.
    sw.simulator?.hangupCall(call?.call_id ?? '');
    await waitFor(
      () => one<{ ended: boolean }>('select ended_at is not null as ended from call_attempt where call_id = ?', [call?.call_id]),
      {
        what: `call ${i} ended`,
        until: (r) => r?.ended === true,
      },
    );
  }
  const attempts = await rows<{ outcome: string; abandoned: boolean; agent: string }>(
    db.orm.em.fork(),
    'select outcome, abandoned, agent_id::text as agent from call_attempt where campaign_id = ? order by id',
    [c.id],
  );
  assert.deepEqual(
    attempts.map((a) => [a.outcome === 'ABANDONED', a.abandoned, a.agent]),
    [
      [false, false, demo.id],
      [false, false, demo.id],
    ],
    'both customers reached the demo agent',
  );
  assert.deepEqual(ghostMoves, [], 'the agent on an unregistered phone was never reserved');
  const ghostRow = await one<{ registered: boolean | null; state: string }>(
    'select phone_registered as registered, state from agent where id = ?',
    [ghost.id],
  );
  assert.deepEqual(ghostRow, { registered: false, state: 'AVAILABLE' });
  stop();
});
