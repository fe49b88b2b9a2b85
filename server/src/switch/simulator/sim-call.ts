import { randomUUID } from 'node:crypto';
import { baseHeaders, channelHeaders, hangupVariables, outboundLeg, withoutVariables } from './channel-headers';
import type { LegInfo, SwitchIdentity } from './channel-headers';
import type { EventHeaders } from './frame-writer';
import type { SimClock } from './sim-clock';
import type { SimTimer } from './stepped-time';
import { Q850, SIP_STATUS, type CallScript } from './outcome';
import { inlineApps, runDetectors } from './sim-detectors';
import { SimMedia } from './sim-media';
import type { MachineDetector } from '../call-event';

/** What a call needs from the simulator around it. */
export interface CallContext {
  /** The switch's clock; each call forks its own from it (sim-clock.ts). */
  clock: SimClock;
  identity: SwitchIdentity;
  publish(name: string, headers: EventHeaders, body?: string): void;
  /** Decides, when the switch may send either first, whether BACKGROUND_JOB goes before the hangup. */
  jobFirst(vars: Map<string, string>): boolean;
  detectors: ReadonlySet<MachineDetector>; // loaded: `module_exists mod_amd` / `mod_avmd`
  ended(call: SimCall): void;
}

export interface SimCallInit {
  uuid: string;
  jobUuid?: string;
  jobArg: string;
  endpoint: string;
  destination: string; // where the answered call goes: `&park()`, `avmd_start,amd,park inline`
  number: string;
  vars: Map<string, string>;
  script: CallScript;
  /** Loopback calls create a second `-b` leg carrying our origination_uuid. */
  loopback: boolean;
  /** A loopback `-b` session refused (max sessions): 1.10.12 leaves `-a` silent in CS_INIT until the
   * originate timeout hangs it up NO_ANSWER, with is_loopback but no loopback_leg. */
  bLegRefused?: boolean;
  sip: boolean;
  onJobDone?: (body: string) => void;
}

/**
 * One simulated call, driven by its CallScript: create, ring, then answer or fail, with the
 * events in the order the real switch sends them.
 */
export class SimCall {
  readonly leg: LegInfo;
  /** This call's clock: its times skip only its own waits (sim-clock.ts). */
  readonly clock: SimClock;
  private bLeg?: LegInfo;
  private timers: SimTimer[] = [];
  private jobPending = true;
  state: 'ringing' | 'answered' | 'ended' = 'ringing';
  bridgedTo?: string;
  application = 'park';
  /** Its broadcasts and the files its applications play (sim-media.ts). */
  private readonly media: SimMedia;
  /** The current bridge was placed by the `bridge` application (see bridged()). */
  private bridgeApp = false;
  /** A dialplan app the call is in (bridge ringing, callcenter, ivr): reports its end when the call hangs up. */
  appRunning?: (hangingUp: (h: EventHeaders) => EventHeaders) => void;

  constructor(
    readonly ctx: CallContext,
    readonly init: SimCallInit,
  ) {
    this.clock = ctx.clock.fork();
    this.leg = outboundLeg(init, this.clock.nowMs());
    this.media = new SimMedia({
      clock: this.clock,
      isAnswered: () => this.state === 'answered',
      at: (simSec, fn) => this.at(simSec, fn),
      ownFrame: (name) => this.channel(name, this.leg),
      publish: (name, h) => this.ctx.publish(name, h),
      executeComplete: (...args) => this.executeComplete(...args),
    });
    if (init.loopback && init.bLegRefused) this.leg.hangupVars = { variable_is_loopback: '1' };
    else if (init.loopback) {
      this.leg.hangupVars = { variable_is_loopback: '1', variable_loopback_leg: 'A' };
      this.bLeg = { ...this.leg, uuid: randomUUID(), channelName: `loopback/${init.number}-b`, direction: 'inbound', vars: new Map() };
      this.bLeg.originationUuid = init.uuid;
      this.bLeg.hangupVars = { variable_is_loopback: '1', variable_loopback_leg: 'B' };
    }
  }

  /** Sessions this call holds on the switch: a loopback call is two (its -a and -b legs). */
  get sessions(): number {
    return this.bLeg ? 2 : 1;
  }

  get uuid(): string {
    return this.init.uuid;
  }

  start(): void {
    this.emitLegs('CHANNEL_CREATE');
    const { script } = this.init;
    const timeout = Number(this.init.vars.get('originate_timeout') ?? '60');
    if (this.init.bLegRefused) return this.at(timeout, () => this.fail('NO_ANSWER'));
    if (script.ringSec > 0 || script.failCause === 'NO_ANSWER') {
      this.at(Math.min(0.05, script.ringSec / 2), () => this.progress());
    }
    if (script.failCause === 'NO_ANSWER' || (!script.failCause && script.ringSec >= timeout)) {
      this.at(timeout, () => this.fail('NO_ANSWER'));
    } else if (script.failCause) {
      this.at(script.ringSec, () => this.fail(script.failCause ?? 'NORMAL_CLEARING'));
    } else {
      this.at(script.ringSec, () => this.answer());
    }
  }

  /** Pacer (uuid_kill) or the network ends the call. */
  hangup(cause = 'NORMAL_CLEARING'): void {
    if (this.state === 'ended') return;
    if (this.state === 'ringing') this.fail(cause);
    else this.finish(cause);
  }

  /** Ends the call silently: the switch process died, so nothing is sent. */
  drop(): void {
    this.clearTimers();
    this.state = 'ended';
  }

  /**
   * Connected to another leg. `viaBridgeApp` (an agent endpoint): as on the real switch, the app's
   * CHANNEL_EXECUTE_COMPLETE precedes the hangup, which carries its variables (captures/bridge-answered.json).
   */
  bridged(otherUuid: string, viaBridgeApp = false): void {
    this.bridgedTo = otherUuid;
    this.bridgeApp = viaBridgeApp;
    const h = this.channel('CHANNEL_BRIDGE', this.leg);
    h['Other-Leg-Unique-ID'] = otherUuid;
    if (viaBridgeApp) h.variable_originate_disposition = 'SUCCESS';
    h['Bridge-A-Unique-ID'] = this.uuid;
    h['Bridge-B-Unique-ID'] = otherUuid;
    this.ctx.publish('CHANNEL_BRIDGE', h);
  }

  /** CHANNEL_EXECUTE: a dialplan application begins on the call. */
  execute(application: string, data: string): void {
    const h = this.channel('CHANNEL_EXECUTE', this.leg);
    Object.assign(h, { Application: application, 'Application-Data': data });
    this.ctx.publish('CHANNEL_EXECUTE', h);
  }

  executeComplete(
    application: string,
    vars: Record<string, string>,
    data?: string,
    response = '_none_',
    decorate: (h: EventHeaders) => EventHeaders = (h) => h,
  ): void {
    const h = decorate(this.channel('CHANNEL_EXECUTE_COMPLETE', this.leg));
    h.Application = application;
    if (data !== undefined) h['Application-Data'] = data;
    h['Application-Response'] = response;
    for (const [k, v] of Object.entries(vars)) h[`variable_${k}`] = v;
    this.ctx.publish('CHANNEL_EXECUTE_COMPLETE', h);
  }

  /** A broadcast file, queued behind the ones before it (sim-media.ts). */
  play(file: string, sec: number): void {
    this.media.play(file, sec);
  }

  /** Sets a channel variable: every later frame of the call's own leg carries it, as on the real switch. */
  setVar(name: string, value: string): void {
    this.leg.vars.set(name, value);
  }

  /** A file an application plays itself (an IVR's greeting, a queue's music on hold). */
  startAppPlayback(file: string): void {
    this.media.startApp(file);
  }

  stopAppPlayback(decorate: (h: EventHeaders) => EventHeaders = (h) => h): void {
    this.media.stopApp(decorate);
  }

  dtmf(digit: string): void {
    // The real switch sends DTMF without channel variables (not in its list of events that
    // carry them), so a `filter variable_… ` subscription never sees it: drop them here too.
    const h = withoutVariables(this.channel('DTMF', this.leg));
    h['DTMF-Digit'] = digit;
    h['DTMF-Duration'] = '2000';
    h['DTMF-Source'] = 'RTP';
    this.ctx.publish('DTMF', h);
  }

  private progress(): void {
    if (this.state !== 'ringing') return;
    this.leg.progressMs = this.clock.nowMs();
    if (this.bLeg) this.bLeg.progressMs = this.leg.progressMs;
    this.emitLegs('CHANNEL_PROGRESS');
  }

  private answer(): void {
    if (this.state !== 'ringing') return;
    this.state = 'answered';
    this.leg.answeredMs = this.clock.nowMs();
    if (this.bLeg) this.bLeg.answeredMs = this.leg.answeredMs;
    this.emitLegs('CHANNEL_ANSWER');
    this.job(`+OK ${this.uuid}\n`);
    const { script } = this.init;
    runDetectors(this, inlineApps(this.init.destination), this.ctx.detectors);
    if (script.dtmf) {
      const digits = [...script.dtmf];
      const first = script.dtmfAfterSec ?? 1;
      const gap = script.dtmfGapSec ?? 0;
      if (gap > 0) digits.forEach((d, i) => this.at(first + i * gap, () => this.dtmf(d)));
      else
        this.at(first, () => {
          for (const d of digits) this.dtmf(d);
        });
    }
    if (script.talkSec !== undefined) this.at(script.talkSec, () => this.finish('NORMAL_CLEARING'));
  }

  private fail(cause: string): void {
    if (this.state !== 'ringing') return;
    // NOTES.md 3: the real switch sends the job result and the hangup in either order.
    const jobFirst = this.ctx.jobFirst(this.init.vars);
    if (jobFirst) this.job(`-ERR ${cause}\n`);
    this.finish(cause);
    if (!jobFirst) this.job(`-ERR ${cause}\n`);
  }

  private finish(cause: string): void {
    if (this.state === 'ended') return;
    this.clearTimers();
    // Frames sent while the channel hangs up carry its cause, as on the real switch.
    const hanging = (h: EventHeaders) => ({ ...h, 'Hangup-Cause': cause });
    this.media.hangingUp(hanging);
    const app = this.appRunning;
    this.appRunning = undefined;
    app?.(hanging);
    const bridgeVars: EventHeaders = {};
    if (this.bridgeApp && this.bridgedTo) {
      const vars = { originate_disposition: 'SUCCESS', bridge_hangup_cause: cause };
      this.executeComplete('bridge', vars, undefined, '_none_', (h) => ({ ...hanging(h), 'Other-Leg-Unique-ID': this.bridgedTo ?? '' }));
      Object.assign(bridgeVars, {
        'Other-Leg-Unique-ID': this.bridgedTo,
        variable_originate_disposition: 'SUCCESS',
        variable_bridge_hangup_cause: cause,
      });
    }
    this.state = 'ended';
    const end = this.clock.nowMs();
    const q850 = Q850[cause] ?? 16;
    for (const leg of this.legs()) {
      const h = this.channel('CHANNEL_HANGUP_COMPLETE', leg);
      const sip = this.init.sip && leg === this.leg ? SIP_STATUS[cause] : undefined;
      Object.assign(h, hangupVariables(leg, cause, q850, end, sip), leg.hangupVars ?? {}, leg === this.leg ? bridgeVars : {});
      h['Channel-State'] = 'CS_REPORTING';
      h['Channel-Call-State'] = 'HANGUP';
      h['Answer-State'] = 'hangup';
      this.ctx.publish('CHANNEL_HANGUP_COMPLETE', h);
    }
    this.ctx.ended(this);
  }

  private job(body: string): void {
    if (!this.jobPending) return;
    this.jobPending = false;
    if (this.init.onJobDone) return this.init.onJobDone(body);
    if (!this.init.jobUuid) return;
    const h = baseHeaders(this.ctx.identity, 'BACKGROUND_JOB', this.clock.nowMs(), 'mod_event_socket.c');
    h['Job-UUID'] = this.init.jobUuid;
    h['Job-Command'] = 'originate';
    h['Job-Command-Arg'] = this.init.jobArg;
    this.ctx.publish('BACKGROUND_JOB', h, body);
  }

  private emitLegs(name: string): void {
    for (const leg of this.legs()) this.ctx.publish(name, this.channel(name, leg));
  }

  private legs(): LegInfo[] {
    return this.bLeg ? [this.bLeg, this.leg] : [this.leg];
  }

  channel(name: string, leg: LegInfo): EventHeaders {
    const answered = this.state === 'answered';
    return channelHeaders(this.ctx.identity, name, leg, this.clock.nowMs(), {
      channelState: answered ? 'CS_EXECUTE' : 'CS_CONSUME_MEDIA',
      callState: answered ? 'ACTIVE' : this.leg.progressMs ? 'RINGING' : 'DOWN',
      answerState: answered ? 'answered' : this.leg.progressMs ? 'ringing' : 'early',
    });
  }

  at(simSec: number, fn: () => void): void {
    this.timers.push(this.clock.after(simSec, fn));
  }

  private clearTimers(): void {
    for (const t of this.timers) t.cancel();
    this.timers = [];
  }
}
