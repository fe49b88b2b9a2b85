/**
 * Dialer throughput benchmark: the whole engine (snapshot SQL, planner, claims, originates
 * through the FreeSWITCH adapter, batched outcomes) against the simulator in its own process.
 * Calls ring ~22 s (simulated 440 s at time scale 20) and are answered, so concurrency builds
 * up to the campaign limit while new calls keep going out at the campaign's rate.
 * Prints sustained calls/s, peak concurrent calls (switch side, vs the limit), and the bench
 * process's CPU (dialer + adapter + pg client) per 100 calls/s.
 * Targets: >= 200 calls/s and 5,000 concurrent with limits enforced.
 *   node -r @swc-node/register bench/dialer-throughput.ts   BENCH_CPS=250 BENCH_MAX=5000 BENCH_RUN_S=35
 */
import { CampaignStatus } from '../server/src/domain/campaign/campaign-status';
import { Campaign } from '../server/src/entities/campaign.entity';
import { Gateway } from '../server/src/entities/gateway.entity';
import { TenantSettings } from '../server/src/entities/tenant-settings.entity';
import { ComplianceProfile } from '../server/src/domain/compliance/compliance-profile';
import { Tenant } from '../server/src/entities/tenant.entity';
import { Dialer } from '../server/src/dialer/dialer';
import { EventBus } from '../server/src/events/event-bus';
import { FreeSwitchAdapter } from '../server/src/switch/freeswitch/freeswitch-adapter';
import { benchDb, simProcess } from './dialer-bench-kit';

const CPS = Number(process.env.BENCH_CPS ?? 250);
const MAX = Number(process.env.BENCH_MAX ?? 5000);
const RUN_MS = Number(process.env.BENCH_RUN_S ?? 35) * 1000;
const WARMUP_MS = 2000;

async function main(): Promise<void> {
  const db = await benchDb();
  const sim = await simProcess([{ match: '/.*/', outcome: { base: 'answer', ringSec: 440 } }], {
    SIM_TIME_SCALE: '20',
    SIM_SPS: '2000',
    SIM_MAX_SESSIONS: '20000',
  });
  const bus = new EventBus(db.url);
  const adapter = new FreeSwitchAdapter({ host: '127.0.0.1', port: sim.port, password: 'ClueCon', apiTimeoutMs: 30_000 });
  let dialer: Dialer | null = null;
  try {
    await bus.start();
    await adapter.connect();
    const em = db.orm.em.fork();
    const tenant = em.create(Tenant, { name: 'bench', createdAt: new Date() });
    const settings = Object.assign(new TenantSettings(), {
      tenant,
      maxTotalCalls: MAX + 1000,
      maxExternalCalls: MAX + 1000,
      callsPerSecond: CPS * 2,
      // It measures throughput at any hour: no calling hours.
      complianceProfile: ComplianceProfile.NONE,
    });
    const gw = Object.assign(new Gateway(), {
      tenant,
      name: 'gw1',
      dialString: 'sofia/gateway/gw1/{number}',
      maxConcurrent: MAX + 500,
      callsPerSecond: CPS * 4,
    });
    const campaign = Object.assign(new Campaign(), {
      tenant,
      name: 'load',
      status: CampaignStatus.RUNNING,
      startedAt: new Date(),
      maxConcurrentCalls: MAX,
      callsPerSecond: CPS,
      ringTimeoutSeconds: 1000,
      maxAttempts: 1,
    });
    campaign.gateways.add(gw);
    await em.persist([settings, gw, campaign]).flush();
    const recipients = Math.ceil((CPS * RUN_MS) / 1000) + 1000;
    await em.execute(
      `
      with r as (insert into campaign_recipient (campaign_id, name, fields, tags, created_at, updated_at)
        select ?, 'r' || g, '{}', '{}', now(), now() from generate_series(1, ?) g returning id)
      insert into recipient_phone (recipient_id, campaign_id, number, priority, stopped)
      select id, ?, '+1' || lpad(id::text, 10, '0'), 0, false from r`,
      [campaign.id, recipients, campaign.id],
    );

    let originated = 0;
    let ended = 0;
    adapter.onEvent((e) => {
      if (e.type === 'originated') originated += 1;
      if (e.type === 'hangup' || e.type === 'originate-failed' || e.type === 'call-lost') ended += 1;
    });
    dialer = new Dialer(db.orm, bus, adapter, { databaseUrl: db.url, logger: undefined });
    const t0 = Date.now();
    await dialer.start();
    let peak = 0;
    let failed = 0;
    let mark: { at: number; originated: number; cpu: NodeJS.CpuUsage } | null = null;
    while (Date.now() - t0 < RUN_MS) {
      await new Promise((r) => setTimeout(r, 500));
      const s = await adapter.status();
      peak = Math.max(peak, s.activeSessions);
      if (!mark && Date.now() - t0 >= WARMUP_MS) mark = { at: Date.now(), originated, cpu: process.cpuUsage() };
    }
    if (!mark) throw new Error('run too short');
    const seconds = (Date.now() - mark.at) / 1000;
    const cpu = process.cpuUsage(mark.cpu);
    const rate = (originated - mark.originated) / seconds;
    const cores = (cpu.user + cpu.system) / 1e6 / seconds;
    const [row] = (await db.orm.em
      .fork()
      .execute(
        `select count(*) filter (where outcome not in ('ANSWERED'))::int as failed from call_attempt where ended_at is not null`,
      )) as Array<{ failed: number }>;
    failed = row?.failed ?? 0;
    console.log(
      `sustained ${rate.toFixed(0)} calls/s over ${seconds.toFixed(0)} s (campaign limit ${CPS}/s); ${originated} originated, ${ended} ended, ${failed} not answered`,
    );
    console.log(`peak concurrent calls on the switch: ${peak} (campaign limit ${MAX})${peak > MAX ? '  LIMIT EXCEEDED' : ''}`);
    console.log(
      `bench process CPU: ${(cores * 100).toFixed(0)}% of one core = ${((cores * 100) / (rate / 100)).toFixed(1)}% of a core per 100 calls/s`,
    );
  } finally {
    await dialer?.stop();
    await adapter.close();
    sim.child.kill('SIGTERM');
    await bus.close();
    await db.drop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
