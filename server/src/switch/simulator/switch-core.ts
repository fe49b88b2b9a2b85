import { randomUUID } from 'node:crypto';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import type { MachineDetector } from '../call-event';
import type { AgentBehaviour, GatewayState } from './agents';
import { routeEndpoint } from './sim-route';
import type { SwitchIdentity } from './channel-headers';
import type { EventHeaders } from './frame-writer';
import { bridgeFailure, runIvr, type SimExtension } from './dialplan';
import { parseOriginateArgs } from './originate-args';
import { OutcomeModel } from './outcome-model';
import { PlaybackLengths } from './playback-lengths';
import { SimQueues } from './queues';
import type { CallScript } from './outcome';
import { SimCall, type CallContext } from './sim-call';
import type { SimClock } from './sim-clock';
import { SwitchLimits } from './switch-limits';

export type Publish = (name: string, headers: EventHeaders, body?: string) => void;

/** The simulated switch itself: calls, limits, gateways, agents. Protocol-free; sessions call it. */
export class SwitchCore {
  readonly calls = new Map<string, SimCall>();
  readonly outcomes: OutcomeModel;
  readonly limits = new SwitchLimits(1000, 30);
  readonly gateways = new Map<string, GatewayState>([['gw1', 'up']]);
  readonly agents = new Map<string, AgentBehaviour>();
  /** Agent legs ringing under a known uuid (origination_uuid): uuid_kill cancels one. */
  private readonly ringingLegs = new Map<string, (cause: string) => void>();
  readonly queues: SimQueues;
  /** Dialplan extensions a transfer can reach (dialplan.ts); others hold the call. */
  readonly dialplan = new Map<string, SimExtension>();
  readonly playbackLengths = new PlaybackLengths();
  /** Loaded machine detectors: both by default, as in the FreeSWITCH bundle (setDetectors changes it). */
  readonly detectors = new Set<MachineDetector>(['amd', 'avmd']);
  readonly startedMs = Date.now();
  sessionsSinceStart = 0;
  private orderRng: RandomGenerator;
  private readonly ctx: CallContext;

  constructor(
    readonly clock: SimClock,
    readonly identity: SwitchIdentity,
    seed: number,
    readonly publishEvent: Publish,
  ) {
    const publish = publishEvent;
    this.outcomes = new OutcomeModel(seed);
    this.queues = new SimQueues();
    this.orderRng = xoroshiro128plus(seed ^ 0x5eed);
    this.ctx = {
      clock,
      identity,
      publish,
      detectors: this.detectors,
      jobFirst: (vars) => {
        const forced = vars.get('sim_job_order');
        if (forced) return forced === 'job-first';
        return uniformInt(this.orderRng, 0, 1) === 1;
      },
      ended: (call) => {
        this.calls.delete(call.uuid);
        this.queues.release(call.uuid);
      },
    };
  }

  /**
   * Runs an originate. Returns the job body at once when no channel is created (the
   * BACKGROUND_JOB-only failures of NOTES.md item 2), else undefined and the call runs.
   */
  originate(arg: string, jobUuid: string | undefined, onJobDone?: (body: string) => void): string | undefined {
    let parsed;
    try {
      parsed = parseOriginateArgs(arg);
    } catch (e) {
      return `-ERR ${(e as Error).message}\n`;
    }
    const route = routeEndpoint(this.agents, this.gateways, parsed.endpoint);
    if ('refuse' in route) return `-ERR ${route.refuse}\n`;
    const live = this.sessions();
    const refused = this.limits.admit(live);
    if (refused) return `-ERR ${refused}\n`;
    // A loopback call needs a second session for its -b leg, taken after the -a leg exists.
    const bLegRefused = route.loopback && this.limits.admit(live + 1) !== undefined;
    const uuid = parsed.vars.get('origination_uuid') ?? randomUUID();
    if (this.calls.has(uuid)) return '-ERR DUPLICATE_UUID\n';
    const script = route.agent ? agentScript(route.agent) : this.outcomes.scriptFor(route.number);
    const call = new SimCall(this.ctx, {
      uuid,
      jobUuid,
      jobArg: arg,
      endpoint: parsed.endpoint,
      destination: parsed.destination,
      number: route.number,
      vars: parsed.vars,
      script,
      loopback: route.loopback,
      bLegRefused,
      sip: route.sip,
      onJobDone,
    });
    this.calls.set(uuid, call);
    this.sessionsSinceStart++;
    call.start();
    return undefined;
  }

  /** Sessions on the switch, as `status` counts them: every leg, so a loopback call is two. */
  sessions(): number {
    let n = 0;
    for (const c of this.calls.values()) n += c.sessions;
    return n;
  }

  /** `uuid_exists`: a live call, or an agent leg still ringing under its origination_uuid. */
  exists(uuid: string): boolean {
    return this.calls.has(uuid) || this.ringingLegs.has(uuid);
  }

  kill(uuid: string, cause?: string): string {
    const call = this.calls.get(uuid);
    const leg = call ? undefined : this.ringingLegs.get(uuid);
    if (!call && !leg) return '-ERR No such channel!\n';
    if (leg) leg(cause || 'NORMAL_CLEARING');
    else call?.hangup(cause || 'NORMAL_CLEARING');
    return '+OK\n';
  }

  /** `uuid_bridge A B`: both legs must exist and be answered. */
  bridge(a: string, b: string): string {
    const ca = this.calls.get(a);
    const cb = this.calls.get(b);
    if (!ca || !cb) return `-ERR no such channel ${!ca ? a : b}\n`;
    ca.bridged(b);
    cb.bridged(a);
    return `+OK ${b}\n`;
  }

  /**
   * Bridges a live call to an endpoint (as `uuid_transfer U bridge:user/1001 inline` does); a phone
   * that does not answer fails NO_ANSWER after `legTimeoutSec` (or its own ring time) and the call
   * stays up, as with continue_on_fail on the real switch. `fromDialplan`: an extension's plain
   * `bridge` (dialplan.ts): a failure hangs the call up with its cause, and a caller who hangs up
   * while it rings ends it ORIGINATOR_CANCEL. `legId` (origination_uuid): uuid_kill of it while it
   * rings fails the bridge with the kill's cause.
   */
  bridgeToEndpoint(uuid: string, endpoint: string, legTimeoutSec?: number, fromDialplan = false, legId?: string): string {
    const call = this.calls.get(uuid);
    if (!call) return '-ERR No such channel!\n';
    const route = routeEndpoint(this.agents, this.gateways, endpoint);
    const agent = 'refuse' in route ? undefined : route.agent;
    // The bridge ends once: answered, failed, or its leg killed, whichever comes first.
    let settled = false;
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      if (legId) this.ringingLegs.delete(legId);
      return true;
    };
    const fail = (cause: string, vars = bridgeFailure(cause)) => {
      if (!settle() || call.state !== 'answered') return;
      call.appRunning = undefined;
      call.executeComplete('bridge', vars);
      // The channel keeps the last originate's disposition: its later frames (the hangup) carry it.
      call.setVar('originate_disposition', vars.originate_disposition ?? cause);
      if (fromDialplan) call.hangup(cause);
    };
    // A leg killed while it rings leaves no bridge_hangup_cause (captures/agent-leg-cancelled.json).
    const killed = (cause: string) => {
      const vars = bridgeFailure(cause);
      delete vars.bridge_hangup_cause;
      return vars;
    };
    if (legId) this.ringingLegs.set(legId, (cause) => fail(cause, killed(cause)));
    if (fromDialplan) {
      call.application = 'bridge';
      call.appRunning = (hanging) => call.executeComplete('bridge', bridgeFailure('ORIGINATOR_CANCEL'), endpoint, '_none_', hanging);
    }
    if ('refuse' in route) {
      setImmediate(() => fail(route.refuse));
      return '+OK\n';
    }
    // A loopback endpoint reaches a dialplan callee: it does what the number's outcome says.
    const callee = route.loopback && !agent ? this.outcomes.scriptFor(route.number) : undefined;
    if (callee?.failCause && callee.failCause !== 'NO_ANSWER') {
      const cause = callee.failCause;
      call.clock.after(callee.ringSec, () => fail(cause));
      return '+OK\n';
    }
    const behaviour: AgentBehaviour =
      agent ??
      (callee?.failCause ? { kind: 'no-answer' } : callee ? { kind: 'answer', afterSec: callee.ringSec } : { kind: 'answer', afterSec: 1 });
    if (behaviour.kind === 'reject') call.clock.after(0.5, () => fail('CALL_REJECTED'));
    else if (behaviour.kind === 'no-answer')
      // The phone gives up after its own ring time, or the bridge after leg_timeout (default 60 s).
      call.clock.after(Math.min(behaviour.ringSec ?? Infinity, legTimeoutSec ?? 60), () => fail('NO_ANSWER'));
    else if (legTimeoutSec !== undefined && behaviour.afterSec > legTimeoutSec)
      // The real switch cancels the agent's leg at leg_timeout, however soon after it would have answered.
      call.clock.after(legTimeoutSec, () => fail('NO_ANSWER'));
    else
      call.clock.after(behaviour.afterSec, () => {
        if (!settle() || call.state !== 'answered') return;
        call.appRunning = undefined;
        call.bridged(legId ?? randomUUID(), true);
      });
    return '+OK\n';
  }

  /** `uuid_transfer U EXT XML CTX`: runs the extension's simulated dialplan (dialplan.ts), if it has one. */
  transferToExtension(uuid: string, extension: string): string {
    const call = this.calls.get(uuid);
    if (!call) return '-ERR No such channel!\n';
    const ext = this.dialplan.get(extension);
    if (ext?.kind === 'bridge') return this.bridgeToEndpoint(uuid, ext.endpoint, undefined, true);
    if (ext?.kind === 'ivr') runIvr(call, ext);
    else if (this.agents.has(extension)) return this.bridgeToEndpoint(uuid, `user/${extension}`);
    else call.application = 'transfer';
    return '+OK\n';
  }

  /** `uuid_transfer U callcenter:Q inline`: the call joins mod_callcenter queue Q as a member. */
  joinQueue(uuid: string, queue: string): string {
    const call = this.calls.get(uuid);
    if (!call) return '-ERR No such channel!\n';
    // Without mod_callcenter the app is unknown and the switch hangs the channel up.
    if (!this.queues.loaded) call.clock.after(0, () => call.hangup('DESTINATION_OUT_OF_ORDER'));
    else this.queues.join(call, queue);
    return '+OK\n';
  }

  /** Queued and answered at once, as on the real switch; a file plays on for its length. */
  broadcast(uuid: string, action: string): string {
    const call = this.calls.get(uuid);
    if (!call) return '-ERR No such channel!\n';
    const sep = action.indexOf('::');
    const app = sep < 0 ? 'playback' : action.slice(0, sep) || 'playback';
    const arg = sep < 0 ? action : action.slice(sep + 2);
    if (app === 'playback') call.play(arg, this.playbackLengths.secFor(arg));
    else call.clock.after(1, () => call.state === 'answered' && call.executeComplete(app, {}));
    return '+OK Message queued\n';
  }

  status(): string {
    const up = Math.floor((Date.now() - this.startedMs) / 1000);
    const [d, h, m, sec] = [Math.floor(up / 86_400), Math.floor(up / 3600) % 24, Math.floor(up / 60) % 60, up % 60];
    return (
      `UP 0 years, ${d} days, ${h} hours, ${m} minutes, ${sec} seconds, 0 milliseconds, 0 microseconds\n` +
      'FreeSWITCH (Version 1.10.12-release  64bit) is ready\n' +
      `${this.sessionsSinceStart} session(s) since startup\n` +
      `${this.sessions()} session(s) - peak ${this.sessions()}, last 5min 0 \n` +
      `${this.limits.currentSps()} session(s) per Sec out of max ${this.limits.sessionsPerSecond}, peak ${this.limits.peakSps}, last 5min 0 \n` +
      `${this.limits.maxSessions} session(s) max\n` +
      'min idle cpu 0.00/99.00\n' +
      'Current Stack Size/Max 240K/8192K\n'
    );
  }

  showCalls(): string {
    const rows = [...this.calls.values()].map((c) => ({
      uuid: c.uuid,
      direction: 'outbound',
      created: new Date(c.leg.createdMs).toISOString().slice(0, 19).replace('T', ' '),
      created_epoch: String(Math.floor(c.leg.createdMs / 1000)),
      name: c.leg.channelName,
      state: c.state === 'answered' ? 'CS_EXECUTE' : 'CS_CONSUME_MEDIA',
      cid_name: c.leg.callerIdName,
      cid_num: c.leg.callerIdNumber,
      dest: c.leg.destination,
      application: c.application,
      callstate: c.state === 'answered' ? 'ACTIVE' : 'RINGING',
      b_uuid: c.bridgedTo ?? '',
      hostname: this.identity.hostname,
    }));
    return rows.length === 0 ? '{"row_count":0}\n' : JSON.stringify({ row_count: rows.length, rows }) + '\n';
  }

  /** The switch died: every call vanishes without an event. */
  dropAll(): void {
    for (const c of this.calls.values()) c.drop();
    this.calls.clear();
    this.queues.reset();
  }
}

function agentScript(a: AgentBehaviour): CallScript {
  if (a.kind === 'answer') return { ringSec: a.afterSec };
  if (a.kind === 'reject') return { ringSec: 0.5, failCause: 'CALL_REJECTED' };
  return { ringSec: 0, failCause: 'NO_ANSWER' };
}
