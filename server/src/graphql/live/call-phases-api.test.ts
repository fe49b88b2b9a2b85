import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Client } from 'graphql-ws';
import { AgentState } from '../../domain/agent/agent-state';
import { CampaignType, DialingMode } from '../../domain/campaign/campaign-type';
import { Agent } from '../../entities/agent.entity';
import { AgentAssignment } from '../../entities/agent-assignment.entity';
import { Tenant } from '../../entities/tenant.entity';
import { Dialer } from '../../dialer/dialer';
import { seedCampaign, seedRecipients } from '../../dialer/testing/seed';
import { SwitchHarness } from '../../switch/testing/harness';
import { startTestApp, subscribed, type TestApp } from '../../test/test-app';
import { waitFor } from '../../test/wait-for';

/**
 * Issue 19 item 7: the call phases (AMD verdict, bridged with its agent, abandoned with its
 * reason) reach graphql-ws subscribers of callEvents with the number on every row. The API runs
 * as in production; the dialer shares its database and bus and drives the simulator over TCP.
 */
let t: TestApp;
let h: SwitchHarness;
let dialer: Dialer;
before(async () => {
  t = await startTestApp();
  h = await SwitchHarness.start();
  dialer = new Dialer(t.app.orm, t.app.bus, h.adapter, { tickMs: 100, leaderRetryMs: 200, databaseUrl: t.db.url });
  await dialer.start();
});
after(async () => {
  await dialer?.stop();
  await h?.close();
  await t?.stop();
});

/** Every message of a subscription, as it arrives (errors kept too). */
function collect<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const got: T[] = [];
  const errors: unknown[] = [];
  let done = false;
  const settled = new Promise<void>((resolve) => {
    client.subscribe<T>(
      { query, variables },
      {
        next: (r) => (r.data ? got.push(r.data as T) : errors.push(r.errors)),
        error: (e) => {
          errors.push(e);
          done = true;
          resolve();
        },
        complete: () => {
          done = true;
          resolve();
        },
      },
    );
  });
  const ready = subscribed(client, settled);
  const until = <R>(what: string, find: (all: T[]) => R | undefined | false) =>
    waitFor(() => find(got) || (done ? null : undefined), { what, until: (v) => v !== undefined, timeoutMs: 60_000 });
  return { got, errors, ready, until, settled: () => done };
}

interface Feed {
  callEvents: {
    events: Array<{
      callId: string;
      number: string;
      state: string;
      outcome: string | null;
      agentId: string | null;
      agentName: string | null;
      amdResult: string | null;
      reason: string | null;
    }>;
  };
}
const FEED = `subscription($c: ID!) { callEvents(campaignId: $c) { events { callId number state outcome agentId agentName amdResult reason } } }`;

async function agentCampaign(tenant: Tenant, ext: string, extra: Parameters<typeof seedCampaign>[2], agent: Partial<Agent> = {}) {
  const em = t.app.orm.em.fork();
  const a = Object.assign(new Agent(), { tenant, name: `agent-${ext}`, endpoint: `user/${ext}`, state: AgentState.AVAILABLE, ...agent });
  const c = await seedCampaign(em, tenant, {
    type: CampaignType.AGENT,
    dialingMode: DialingMode.PROGRESSIVE,
    callsPerSecond: 50,
    maxConcurrentCalls: 10,
    maxAttempts: 1,
    broadcastActions: [{ kind: 'PLAY', file: 'msg.wav' }],
    ...extra,
  });
  await em.persist([a, Object.assign(new AgentAssignment(), { agent: a, campaign: c, level: 1 })]).flush();
  return { c, agent: a };
}

test('callEvents: amd verdicts, bridged with its agent and abandoned with its reason, the number on every row', async () => {
  const acme = await t.tenant('phases');
  const em = t.app.orm.em.fork();
  const tenant = em.getReference(Tenant, acme.tenantId);
  h.sim.setAgent('1001', { kind: 'answer', afterSec: 1 });
  h.sim.setAgent('1002', { kind: 'reject' });
  const screened = await agentCampaign(tenant, '1001', { amd: { enabled: true, onMachine: 'HANGUP' } }, { wrapUpSeconds: 0 });
  const dropped = await agentCampaign(tenant, '1002', {}, { maxNoAnswer: 1 });
  const a = collect<Feed>(t.ws(acme.token), FEED, { c: screened.c.id });
  const b = collect<Feed>(t.ws(acme.token), FEED, { c: dropped.c.id });
  await Promise.all([a.ready, b.ready]);
  // A human (0000) and a machine (0006) on the screened campaign; a human whose agent rejects on the other.
  await seedRecipients(em, screened.c.id, 2, '+1601', `case x.i when 1 then '0000' else '0006' end`);
  await seedRecipients(em, dropped.c.id, 1, '+1602');

  const events = (f: typeof a) => f.got.flatMap((m) => m.callEvents.events);
  const hungUp = (f: typeof a, n: number) =>
    f.until(`${n} hangups`, (all) => all.flatMap((m) => m.callEvents.events).filter((e) => e.state === 'hangup').length >= n || undefined);
  // The agent stays on the human's call until it is hung up; then the machine is dialed and screened.
  const bridged = await a.until('the bridge', (all) => all.flatMap((m) => m.callEvents.events).find((e) => e.state === 'bridged'));
  assert.ok(bridged);
  h.sim.hangupCall(bridged.callId);
  await hungUp(a, 2);
  await hungUp(b, 1);

  const aEvents = events(a);
  const human = aEvents.find((e) => e.number.endsWith('0000'))?.callId;
  const machine = aEvents.find((e) => e.number.endsWith('0006'))?.callId;
  const of = (callId: string | undefined, state: string) => aEvents.find((e) => e.callId === callId && e.state === state);
  assert.equal(of(human, 'amd')?.amdResult, 'human');
  assert.equal(of(machine, 'amd')?.amdResult, 'machine');
  assert.deepEqual(
    [of(human, 'bridged')?.agentId, of(human, 'bridged')?.agentName],
    [screened.agent.id, 'agent-1001'],
    'bridged names the agent who took the call',
  );
  assert.equal(of(machine, 'bridged'), undefined, 'a machine never reaches the agent');
  const humanStates = aEvents.filter((e) => e.callId === human).map((e) => e.state);
  assert.ok(humanStates.indexOf('amd') < humanStates.indexOf('bridged') && humanStates.indexOf('bridged') < humanStates.indexOf('hangup'));

  const bEvents = events(b);
  const abandoned = bEvents.find((e) => e.state === 'abandoned');
  assert.equal(abandoned?.reason, 'BRIDGE_FAILED');
  assert.equal(bEvents.find((e) => e.state === 'hangup')?.outcome, 'ABANDONED');
  for (const e of [...aEvents, ...bEvents]) assert.match(e.number, /^\+160[12]\d{10}$/, `${e.state} row has its number`);
});
