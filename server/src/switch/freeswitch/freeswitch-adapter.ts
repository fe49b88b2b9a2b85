import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { isSwitchRefusal } from '../../domain/call/switch-refusal';
import { sessionsPerCall } from '../../domain/telephony/sessions-per-call';
import type { CallEvent } from '../call-event';
import {
  SwitchError,
  type BridgeTarget,
  type ConnectionState,
  type ConnectionStateChange,
  type LiveCall,
  type MachineDetector,
  type OriginateRequest,
  type SwitchPort,
  type SwitchStatus,
} from '../port';
import { callCommands } from './call-commands';
import { CallTracker } from './call-tracker';
import { originateArgs } from './dial-string';
import { subscribeEvents } from './event-subscription';
import type { EslLink } from './esl-link';
import { LinkSupervisor } from './link-supervisor';
import { readMachineDetectors } from './machine-detectors';
import { OriginatePacing } from './originate-pacing';
import { OutageLog } from './outage-log';
import { parseLiveCalls } from './live-calls';
import { PlaybackWaits } from './playback-waits';
import { parseContactReply, registrationCheck } from './endpoint-registration';
import { parseQueueCount, parseQueueWaiting } from './queue-count';
import { parseStatus } from './status-parser';

export interface FreeSwitchOptions {
  host: string;
  port: number;
  password: string;
  logger?: Logger;
  connectTimeoutMs?: number;
  apiTimeoutMs?: number;
  reconnect?: { startingDelayMs?: number; maxDelayMs?: number };
  /** How long a failed job waits for a hangup before reporting a channel-less failure. */
  jobGraceMs?: number;
  /** Share of the switch's sessions-per-second Pacer may use (stay under the switch's own rate). */
  spsShare?: number;
  /** Longest a playback `broadcast()` waits for the file's end (10 minutes by default). */
  playbackTimeoutMs?: number;
}

/** The production switch port: FreeSWITCH (or the simulator) over the Event Socket via modesl. */
export class FreeSwitchAdapter implements SwitchPort {
  private readonly supervisor: LinkSupervisor;
  private readonly tracker: CallTracker;
  private readonly playbacks: PlaybackWaits;
  private readonly eventListeners = new Set<(e: CallEvent) => void>();
  private readonly stateListeners = new Set<(s: ConnectionStateChange) => void>();
  private readonly errorListeners = new Set<(e: Error) => void>();
  private readonly apiTimeoutMs: number;
  private readonly pacing: OriginatePacing;
  private lastStatus?: SwitchStatus;
  private detectors?: MachineDetector[];
  private liveAtConnect?: Set<string>;

  constructor(private readonly opts: FreeSwitchOptions) {
    this.apiTimeoutMs = opts.apiTimeoutMs ?? 10_000;
    const outage = new OutageLog(opts.logger);
    this.pacing = new OriginatePacing(opts.spsShare ?? 0.9, () => this.status(), opts.logger);
    this.playbacks = new PlaybackWaits(opts.playbackTimeoutMs ?? 600_000);
    this.tracker = new CallTracker((e) => this.emitEvent(e), opts.jobGraceMs ?? 1500);
    this.supervisor = new LinkSupervisor({
      host: opts.host,
      port: opts.port,
      password: opts.password,
      connectTimeoutMs: opts.connectTimeoutMs ?? 5000,
      startingDelayMs: opts.reconnect?.startingDelayMs ?? 250,
      maxDelayMs: opts.reconnect?.maxDelayMs ?? 5000,
      onLink: (link) => this.setUp(link),
      onUp: () => this.reconcile(),
      onState: (s) => {
        if (s.state === 'up') outage.up();
        opts.logger?.info({ state: s.state, reason: s.reason }, 'switch connection');
        for (const l of this.stateListeners) safeCall(() => l(s), opts.logger);
      },
      onError: (e) => {
        outage.failed(e);
        for (const l of this.errorListeners) safeCall(() => l(e), opts.logger);
      },
    });
  }

  get connectionState(): ConnectionState {
    return this.supervisor.connectionState;
  }

  /** The limits read from the switch at the last (re)connect. */
  get switchLimits(): SwitchStatus | undefined {
    return this.lastStatus;
  }

  connect(): Promise<void> {
    return this.supervisor.start();
  }

  async close(): Promise<void> {
    await this.supervisor.stop();
    this.tracker.dispose();
    this.playbacks.releaseAll();
  }

  async originate(req: OriginateRequest): Promise<{ callId: string; jobId: string }> {
    let args: string;
    try {
      args = originateArgs(req, this.detectors ?? []);
    } catch (e) {
      throw new SwitchError((e as Error).message, 'REJECTED');
    }
    await this.pacing.take(sessionsPerCall(req.dialString));
    const link = this.link();
    const jobId = randomUUID();
    this.tracker.expect(req.callId, jobId);
    if (!link.isOpen) {
      this.tracker.forget(req.callId);
      throw new SwitchError('switch not connected', 'NOT_CONNECTED');
    }
    let replied = false;
    const reply = await link
      .bgapi('originate', args, jobId, this.apiTimeoutMs, (text) => {
        replied = true;
        if (text.startsWith('+OK')) this.tracker.accepted(req.callId, jobId);
      })
      .catch((e: unknown) => {
        if (replied) throw toSwitchError(e);
        // Sent, but the reply went down with the link: the switch may have placed the call.
        // Keep tracking it; reconciliation after the reconnect ends it one way or the other.
        throw new SwitchError(`originate ${req.callId}: ${(e as Error).message}; outcome unknown`, 'OUTCOME_UNKNOWN');
      });
    if (!reply.startsWith('+OK')) {
      this.tracker.forget(req.callId);
      throw new SwitchError(`originate refused: ${reply}`, 'REJECTED');
    }
    return { callId: req.callId, jobId };
  }

  async hangup(callId: string, cause = 'NORMAL_CLEARING'): Promise<void> {
    await this.apiOk(() => callCommands.kill(callId, cause));
  }

  async bridge(callId: string, target: BridgeTarget): Promise<void> {
    if ('callId' in target) return void (await this.apiOk(() => callCommands.bridgeCalls(callId, target.callId)));
    if ('endpoint' in target)
      return void (await this.apiOk(() => callCommands.bridgeEndpoint(callId, target.endpoint, target.timeoutSec, target.legId)));
    return this.transfer(callId, target);
  }

  async transfer(callId: string, target: BridgeTarget): Promise<void> {
    if ('queue' in target) return void (await this.apiOk(() => callCommands.transferQueue(callId, target.queue)));
    if (!('extension' in target)) return this.bridge(callId, target);
    await this.apiOk(() => callCommands.transferExtension(callId, target.extension, target.context ?? 'default'));
  }

  async broadcast(callId: string, pathOrAction: string): Promise<void> {
    const cmdline = callCommands.broadcast(callId, pathOrAction);
    // Only playback reports its end (PLAYBACK_STOP); other apps resolve once queued.
    if (!/^uuid_broadcast \S+ playback::/.test(cmdline)) return void (await this.apiOk(() => cmdline));
    const wait = this.playbacks.begin(callId);
    try {
      await this.apiOk(() => cmdline);
    } catch (e) {
      wait.cancel();
      throw e;
    }
    await wait.done;
  }

  async collectDtmf(callId: string, prompt?: string): Promise<void> {
    // The switch reports every received digit as a DTMF event; a prompt just invites them.
    if (prompt) return this.broadcast(callId, prompt);
    const exists = await this.api(() => callCommands.exists(callId));
    if (exists.trim() !== 'true') throw new SwitchError(`no such call ${callId}`, 'REJECTED');
  }

  async queueFreeAgents(queue: string): Promise<number> {
    return parseQueueCount(await this.api(() => callCommands.queueFreeAgents(queue)));
  }

  async endpointRegistered(endpoint: string): Promise<boolean> {
    const check = registrationCheck(endpoint);
    return 'ask' in check ? parseContactReply(await this.api(() => check.ask)) : check.reachable;
  }

  async queueWaiting(queue: string): Promise<number> {
    return parseQueueWaiting(await this.api(() => callCommands.queueMembers(queue)));
  }

  async sendSms(msg: { from: string; to: string; body: string; proto?: string }): Promise<void> {
    const reply = await this.api(() => callCommands.chat(msg.proto ?? 'sip', msg.from, msg.to, msg.body));
    if (!reply.trim().startsWith('Sent')) throw new SwitchError(`SMS not sent: ${reply.trim()}`, 'REJECTED');
  }

  async status(): Promise<SwitchStatus> {
    return parseStatus(await this.api(() => 'status'));
  }

  machineDetectors(): readonly MachineDetector[] | undefined {
    return this.detectors;
  }

  async liveCalls(): Promise<LiveCall[]> {
    return parseLiveCalls(await this.api(() => 'show calls as json'));
  }

  onEvent(listener: (e: CallEvent) => void): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }

  onConnectionState(listener: (s: ConnectionStateChange) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Link and protocol errors (bad password, garbage frames…), reported without crashing. */
  onError(listener: (e: Error) => void): () => void {
    this.errorListeners.add(listener);
    return () => this.errorListeners.delete(listener);
  }

  /** Subscribe, learn the switch's limits, then reconcile calls that were live before the drop. */
  private async setUp(link: EslLink): Promise<void> {
    // Stop events sent while the link was down are lost: let waiting scripts go on.
    this.playbacks.releaseAll();
    link.onEvent((h) => this.tracker.handle(h));
    await subscribeEvents(link, this.apiTimeoutMs);
    const status = parseStatus(await link.api('status', this.apiTimeoutMs));
    this.lastStatus = status;
    this.pacing.follow(status.sessionsPerSecond);
    this.detectors = await readMachineDetectors(link, this.apiTimeoutMs);
    // Read after subscribing: a call ending in between is then either listed or has its event.
    const live = parseLiveCalls(await link.api('show calls as json', this.apiTimeoutMs));
    this.liveAtConnect = new Set(live.map((c) => c.callId));
  }

  /** Reports the calls the switch no longer has; runs once up, so the dialer can act at once. */
  private reconcile(): void {
    const live = this.liveAtConnect;
    this.liveAtConnect = undefined;
    if (!live) return;
    const lost = this.tracker.reconcile(live);
    if (lost.length > 0) this.opts.logger?.warn({ lost: lost.length }, 'calls lost while the switch link was down');
  }

  private link(): EslLink {
    const link = this.supervisor.current();
    if (!link) throw new SwitchError(`switch not connected (${this.connectionState})`, 'NOT_CONNECTED');
    return link;
  }

  /** Builds the command line lazily so a bad argument rejects like any other failure. */
  private async api(build: () => string): Promise<string> {
    try {
      return await this.link().api(build(), this.apiTimeoutMs);
    } catch (e) {
      throw toSwitchError(e);
    }
  }

  private async apiOk(build: () => string): Promise<string> {
    let cmdline = '';
    const body = await this.api(() => (cmdline = build()));
    if (body.startsWith('-ERR')) throw new SwitchError(`${cmdline.split(' ')[0]}: ${body.trim()}`, 'REJECTED');
    return body;
  }

  private emitEvent(e: CallEvent): void {
    this.playbacks.onEvent(e);
    if (e.type === 'originate-failed' && isSwitchRefusal(e.cause)) this.pacing.refused();
    for (const l of this.eventListeners) safeCall(() => l(e), this.opts.logger);
  }
}

/** A listener that throws must not break event delivery to the others. */
function safeCall(fn: () => void, logger?: Logger): void {
  try {
    fn();
  } catch (e) {
    logger?.error({ err: e }, 'switch event listener threw');
  }
}

function toSwitchError(e: unknown): SwitchError {
  if (e instanceof SwitchError) return e;
  const msg = e instanceof Error ? e.message : String(e);
  const code = /no reply within/.test(msg) ? 'TIMEOUT' : 'NOT_CONNECTED';
  return new SwitchError(msg, code);
}
