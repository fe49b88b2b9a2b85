import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { checkCampaignReady } from '../../commands/campaign/check-campaign-ready';
import { CampaignStatus } from '../../domain/campaign/campaign-status';
import { AppError } from '../../errors/app-error';
import { EventBus } from '../../events/event-bus';
import { checkCapture } from '../../switch/contract/captures';
import type { ContractTarget } from '../../switch/contract/contract-target';
import { FrameTap } from '../../switch/contract/frame-tap';
import { bundleDir, startBareSwitch, type BareSwitch } from '../../switch/contract/bare-switch';
import { FreeSwitchAdapter } from '../../switch/freeswitch/freeswitch-adapter';
import { createTestDb, type TestDb } from '../../test/test-db';
import { DEFAULT_WAIT_MS, waitFor } from '../../test/wait-for';
import { SAFE_HARBOR_FILE } from '../agents/predictive-connect';
import { Dialer } from '../dialer';
import { rows } from '../sql-rows';
import { seedCampaign, seedRecipients, seedTenant } from '../testing/seed';

/** deploy/freeswitch/dialplan/pacer-amd.xml: 0000 a person says "hello?", 0006 a voicemail greeting then a beep. */
export const AMD_DIAL_STRING = 'loopback/{number}/pacer-amd/XML';
const PERSON = '15550100000';
const VOICEMAIL = '15550100006';
const MESSAGE = 'tone_stream://%(500,0,440)';

/**
 * Answering-machine detection on what the switch has, written once and run against the
 * simulator (`npm test`) and the FreeSWITCH bundle, which loads mod_amd and mod_avmd
 * (`npm run test:freeswitch`): the detectors read at connect, mod_amd's verdict and cause,
 * mod_avmd's beep timing a machine's message, and the start refused without either module.
 */
export function describeAmdContract(
  label: string,
  makeTarget: () => Promise<ContractTarget>,
  opts: { skip?: string; target: ContractTarget['name'] },
): void {
  const targetName = opts.target;
  describe(`AMD contract: ${label}`, { skip: opts.skip }, () => {
    let t: ContractTarget;
    let tap: FrameTap;
    let db: TestDb;
    let bus: EventBus;
    let dialer: Dialer | undefined;
    before(async () => {
      db = await createTestDb();
      bus = new EventBus(db.url);
      await bus.start();
      t = await makeTarget();
      tap = await FrameTap.open(t.esl.host, t.esl.port, t.esl.password);
    });
    after(async () => {
      await dialer?.stop();
      tap?.close();
      await t?.close();
      await bus?.close();
      await db?.drop();
    });
    const call = (number: string) => t.rec.call(number, { dialString: AMD_DIAL_STRING, detectMachine: true });
    const has = (id: string, type: string) => () => t.rec.typesFor(id).includes(type);

    it('at connect the adapter reads the detectors the switch has loaded: mod_amd and mod_avmd', () => {
      assert.deepEqual(t.rec.adapter.machineDetectors(), ['amd', 'avmd']);
    });

    it('a person: mod_amd says HUMAN (cause HUMAN), mod_avmd hears no beep', async () => {
      const id = await call(PERSON);
      await t.rec.until(has(id, 'amd'), 'the AMD verdict');
      const amd = t.rec.eventsFor(id).find((e) => e.type === 'amd');
      assert.ok(amd?.type === 'amd');
      assert.equal(amd.result, 'human');
      assert.equal(amd.cause, 'HUMAN');
      await t.rec.adapter.hangup(id);
      await t.rec.ended(id);
      assert.deepEqual(
        t.rec.typesFor(id).filter((x) => x !== 'job-result'),
        ['originated', 'ringing', 'answered', 'amd', 'hangup'],
      );
      await checkCapture(t, tap, 'amd-human', id);
    });

    it('a voicemail: MACHINE (too many words or too long a greeting) during the greeting, then the beep; a message sent at the beep plays to its end', async () => {
      const id = await call(VOICEMAIL);
      await t.rec.until(has(id, 'beep'), 'the voicemail beep');
      const amd = t.rec.eventsFor(id).find((e) => e.type === 'amd');
      assert.ok(amd?.type === 'amd', t.rec.typesFor(id).join(','));
      assert.equal(amd.result, 'machine');
      // Which of mod_amd's machine rules fires first varies with audio framing on the real switch.
      assert.match(amd.cause ?? '', /^(MAXWORDS|LONGGREETING|MAXWORDLENGTH)$/);
      await t.rec.adapter.broadcast(id, MESSAGE);
      await t.rec.adapter.hangup(id);
      await t.rec.ended(id);
      assert.deepEqual(
        t.rec.typesFor(id).filter((x) => x !== 'job-result'),
        ['originated', 'ringing', 'answered', 'amd', 'beep', 'playback-done', 'hangup'],
        'one beep reported, though mod_avmd fires it twice',
      );
      await checkCapture(t, tap, 'amd-voicemail-beep', id);
    });

    it('the dialer with onMachine PLAY: a person hears the message after HUMAN, a voicemail from its beep', async () => {
      const em = db.orm.em.fork();
      const tenant = await seedTenant(em, { callsPerSecond: 50 });
      const c = await seedCampaign(em, tenant, {
        callsPerSecond: 5,
        maxAttempts: 1,
        ringTimeoutSeconds: 10,
        broadcastActions: [{ kind: 'PLAY', file: MESSAGE }],
        amd: { enabled: true, onMachine: 'PLAY' },
      });
      await seedRecipients(em, c.id, 2, '1555', `(array['0000','0006'])[x.i % 2 + 1]`);
      // What the switch was told, in order: a beep heard, a message sent.
      const seen: string[] = [];
      t.rec.adapter.onEvent((e) => {
        if (e.type === 'beep' || e.type === 'amd') seen.push(`${e.type}:${e.callId}`);
      });
      const broadcast = t.rec.adapter.broadcast.bind(t.rec.adapter);
      t.rec.adapter.broadcast = (id, file) => {
        seen.push(`message:${id}`);
        return broadcast(id, file);
      };
      dialer = new Dialer(db.orm, bus, t.rec.adapter, {
        tickMs: 100,
        leaderRetryMs: 200,
        databaseUrl: db.url,
        defaultDialString: AMD_DIAL_STRING,
      });
      await dialer.start();
      const probe = async () =>
        (await rows<{ status: string }>(db.orm.em.fork(), `select status from campaign where id = ?`, [c.id]))[0]?.status;
      await waitFor(probe, {
        what: 'the campaign to finish',
        until: (s) => s === 'COMPLETED' || s === 'INCOMPLETE',
        timeoutMs: Math.max(DEFAULT_WAIT_MS, 120_000),
        intervalMs: 50,
      });
      const attempts = await rows<{ call_id: string; kind: string; outcome: string; amd: string }>(
        db.orm.em.fork(),
        `select call_id, right(number, 2) as kind, outcome::text as outcome, amd_result as amd from call_attempt where campaign_id = ? order by kind`,
        [c.id],
      );
      assert.deepEqual(
        attempts.map((a) => `${a.kind}:${a.outcome}:${a.amd}`),
        ['00:ANSWERED:human', '06:MACHINE:machine'],
      );
      const [person, machine] = attempts.map((a) => a.call_id);
      assert.deepEqual(
        seen.filter((s) => s.endsWith(person)).map((s) => s.split(':')[0]),
        ['amd', 'message'],
      );
      assert.deepEqual(
        seen.filter((s) => s.endsWith(machine)).map((s) => s.split(':')[0]),
        ['amd', 'beep', 'message'],
        'the message waits for the beep',
      );
    });

    it('the safe-harbor message deploy/freeswitch ships (pacer/safe-harbor.wav) plays to its end', async () => {
      const id = await t.rec.call(PERSON, { dialString: AMD_DIAL_STRING });
      await t.rec.until(has(id, 'answered'), 'the answer');
      await t.rec.adapter.broadcast(id, SAFE_HARBOR_FILE);
      const stop = t.rec.eventsFor(id).find((e) => e.type === 'playback-done');
      assert.ok(stop?.type === 'playback-done' && stop.status === 'done', JSON.stringify(stop));
      await t.rec.adapter.hangup(id);
      await t.rec.ended(id);
    });

    // The simulator unloads on request; a real switch is a second bundle instance that never loads them.
    const bare = bundleDir();
    const noBundle = targetName === 'freeswitch' && !bare ? 'needs the FreeSWITCH bundle (PACER_FREESWITCH_BUNDLE_DIR)' : undefined;
    it(
      'neither mod_amd nor mod_avmd loaded: a campaign with AMD cannot start (CONFLICT naming both modules)',
      { skip: noBundle },
      async () => {
        let esl = t.esl;
        let bareSwitch: BareSwitch | undefined;
        if (t.name === 'freeswitch' && bare) {
          bareSwitch = await startBareSwitch(bare, ['mod_amd', 'mod_avmd']);
          esl = bareSwitch.esl;
        } else {
          assert.match(await t.api('unload mod_amd'), /^\+OK/);
          assert.match(await t.api('unload mod_avmd'), /^\+OK/);
        }
        const adapter = new FreeSwitchAdapter({ ...esl, connectTimeoutMs: 10_000 });
        try {
          await adapter.connect();
          assert.deepEqual(adapter.machineDetectors(), []);
          const em = db.orm.em.fork();
          const tenant = await seedTenant(em, { callsPerSecond: 50 });
          const c = await seedCampaign(em, tenant, {
            status: CampaignStatus.CREATED,
            broadcastActions: [{ kind: 'PLAY', file: MESSAGE }],
            amd: { enabled: true, onMachine: 'HANGUP' },
          });
          await seedRecipients(em, c.id, 1, '1555');
          await assert.rejects(checkCampaignReady(em, c, true, adapter.machineDetectors()), (e: unknown) => {
            assert.ok(e instanceof AppError);
            assert.equal(e.code, 'CONFLICT');
            assert.deepEqual(e.extensions.missing, ['NO_MACHINE_DETECTOR']);
            assert.match(e.message, /mod_amd.*mod_avmd/);
            return true;
          });
          // The same campaign without AMD may start.
          c.amd = { enabled: false, onMachine: 'HANGUP' };
          await checkCampaignReady(em, c, true, adapter.machineDetectors());
        } finally {
          await adapter.close();
          if (bareSwitch) bareSwitch.stop();
          else {
            await t.api('load mod_amd');
            await t.api('load mod_avmd');
          }
        }
      },
    );
  });
}
