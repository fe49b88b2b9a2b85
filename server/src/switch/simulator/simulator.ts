import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import type { MachineDetector } from '../call-event';
import { DEMO_AGENTS, type AgentBehaviour } from './agents';
import { baseHeaders } from './channel-headers';
import { EslSession } from './esl-session';
import { eventJson, type EventHeaders } from './frame-writer';
import type { QueueSettings } from './queues';
import type { SimExtension } from './dialplan';
import type { OutcomeRule, RandomMix } from './outcome-model';
import { SimClock } from './sim-clock';
import type { SteppedTime } from './stepped-time';
import { SwitchCore } from './switch-core';

export interface SimulatorOptions {
  password?: string;
  seed?: number;
  /** 10 = ten times faster than real time; reported durations stay in simulated seconds. */
  timeScale?: number;
  /** Time that moves only when a test moves it (stepped-time.ts); `timeScale` is then unused. */
  steppedTime?: SteppedTime;
  maxSessions?: number;
  sessionsPerSecond?: number;
  host?: string;
  /** How long a broadcast file plays, in simulated seconds, unless set per file (default 2). */
  playbackSec?: number;
  /** Registers the demo agent phones `user/1001`..`user/1010` (the built-in switch of `npm start`). */
  demoAgents?: boolean;
  /** Machine detectors loaded (default both, mod_amd and mod_avmd). */
  detectors?: readonly MachineDetector[];
}

/**
 * A FreeSWITCH stand-in speaking the Event Socket protocol over TCP, so the production
 * adapter is the code under test. Calls follow an outcome model (rules, digit convention,
 * seeded random mix); limits, gateways and agent phones behave like the real switch's.
 */
export class Simulator {
  readonly core: SwitchCore;
  private server?: Server;
  private readonly sessions = new Set<EslSession>();
  private readonly sockets = new Set<Socket>();
  private readonly password: string;
  private readonly host: string;
  private boundPort = 0;

  constructor(opts: SimulatorOptions = {}) {
    this.password = opts.password ?? 'ClueCon';
    this.host = opts.host ?? '127.0.0.1';
    const clock = new SimClock(opts.timeScale ?? 1, opts.steppedTime);
    const identity = { coreUuid: randomUUID(), hostname: 'pacer-sim', ipv4: '127.0.0.1' };
    this.core = new SwitchCore(clock, identity, opts.seed ?? 1, (n, h, b) => this.publish(n, h, b));
    this.core.limits.maxSessions = opts.maxSessions ?? 1000;
    this.core.limits.sessionsPerSecond = opts.sessionsPerSecond ?? 30;
    if (opts.playbackSec !== undefined) this.core.playbackLengths.defaultSec = opts.playbackSec;
    if (opts.demoAgents) for (const [id, b] of DEMO_AGENTS) this.setAgent(id, b);
    if (opts.detectors) this.setDetectors(opts.detectors);
  }

  get port(): number {
    return this.boundPort;
  }

  /** Live simulated calls (A legs). */
  get liveCallCount(): number {
    return this.core.calls.size;
  }

  get connectedClients(): number {
    return this.sessions.size;
  }

  /** Starts accepting ESL clients; port 0 picks a free one. Returns the bound port. */
  listen(port: number): Promise<number> {
    if (this.server) return Promise.resolve(this.boundPort);
    const server = createServer((socket) => this.accept(socket));
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.host, () => {
        server.off('error', reject);
        const addr = server.address();
        this.boundPort = typeof addr === 'object' && addr ? addr.port : port;
        resolve(this.boundPort);
      });
    });
  }

  /**
   * Stops listening and cuts every client. `dropCalls` (default true) is a switch crash: all
   * calls vanish silently. With false, calls go on, as when only the socket layer restarts.
   */
  async close(opts: { dropCalls?: boolean } = {}): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const s of [...this.sessions]) s.destroy();
    for (const s of this.sockets) s.destroy();
    if (opts.dropCalls ?? true) this.core.dropAll();
    if (server) await new Promise<void>((r) => server.close(() => r()));
  }

  // ---- Test and demo controls -------------------------------------------------------------

  /** Replaces the per-number rules (first match wins). */
  setRules(rules: OutcomeRule[]): void {
    this.core.outcomes.setRules(rules);
  }

  /** Adds a rule ahead of the existing ones. */
  addRule(match: OutcomeRule['match'], outcome: OutcomeRule['outcome']): void {
    this.core.outcomes.addRule({ match, outcome });
  }

  /** Tunes the seeded random mix used for numbers no rule matches. */
  setMix(mix: Partial<RandomMix>): void {
    this.core.outcomes.setMix(mix);
  }

  /** `unknown` forgets the gateway, so dialling it fails with INVALID_GATEWAY. */
  setGateway(name: string, state: 'up' | 'down' | 'unknown'): void {
    if (state === 'unknown') this.core.gateways.delete(name);
    else this.core.gateways.set(name, state);
  }

  /** Registers an agent phone reachable as `user/<id>` (`sofia_contact` finds it from now on). */
  setAgent(id: string, behaviour: AgentBehaviour): void {
    this.core.agents.set(id, behaviour);
  }

  /** The phone unregisters: bridges to `user/<id>` fail USER_NOT_REGISTERED, `sofia_contact` says so. */
  removeAgent(id: string): void {
    this.core.agents.delete(id);
  }

  /**
   * Creates or retunes a mod_callcenter queue with `freeAgents` free from now on. A call
   * transferred into it (`callcenter:<name>`) takes one agent for the talk and gives it back at hangup.
   */
  setQueue(name: string, settings: QueueSettings): void {
    this.core.queues.set(name, settings);
  }

  /**
   * Gives dialplan extension `name` something to run when a call is transferred to it (dialplan.ts):
   * a `bridge` to an endpoint or an `ivr` menu; `null` removes it (the call is then held there).
   */
  setExtension(name: string, ext: SimExtension | null): void {
    if (ext) this.core.dialplan.set(name, ext);
    else this.core.dialplan.delete(name);
  }

  /** What `callcenter_config queue count agents <name> Available Waiting` answers now. */
  queueFreeAgents(name: string): number {
    return this.core.queues.countAgents(name, 'Available', 'Waiting');
  }

  /** False: a switch without mod_callcenter (its API is "Command not found", its app hangs calls up). */
  setCallcenterLoaded(loaded: boolean): void {
    this.core.queues.loaded = loaded;
  }

  /**
   * The machine detectors the switch has loaded (both by default, as the FreeSWITCH bundle):
   * `module_exists` answers from this, and a detector not loaded never reports. Takes effect
   * for the adapter at its next connect, as it asks only then.
   */
  setDetectors(detectors: readonly MachineDetector[]): void {
    this.core.detectors.clear();
    for (const d of detectors) this.core.detectors.add(d);
  }

  /** How long `file` plays (simulated seconds); without `file`, the default for every other file. */
  setPlaybackSec(sec: number, file?: string): void {
    if (file === undefined) this.core.playbackLengths.defaultSec = sec;
    else this.core.playbackLengths.set(file, sec);
  }

  setLimits(limits: { maxSessions?: number; sessionsPerSecond?: number }): void {
    if (limits.maxSessions !== undefined) this.core.limits.maxSessions = limits.maxSessions;
    if (limits.sessionsPerSecond !== undefined) this.core.limits.sessionsPerSecond = limits.sessionsPerSecond;
  }

  /** The far end hangs up a live call now (e.g. the callee drops during a test). */
  hangupCall(uuid: string, cause = 'NORMAL_CLEARING'): boolean {
    return this.core.kill(uuid, cause).startsWith('+OK');
  }

  /**
   * Freezes the clients connected now, as a hung switch or a black-holed link would:
   * `silent` still executes their commands but sends nothing back; `deaf` ignores them too.
   */
  freezeClients(mode: 'silent' | 'deaf'): void {
    for (const s of this.sessions) s.frozen = mode;
  }

  /** Writes raw bytes to every logged-in client, e.g. a garbage or half frame in a test. */
  sendRaw(data: string | Buffer): void {
    for (const s of this.sessions) s.writeRaw(data);
  }

  /** Builds a JSON event frame exactly as this switch would send it (for split-frame tests). */
  eventFrame(name: string, headers: Record<string, string>, body?: string): string {
    const base = baseHeaders(this.core.identity, name, this.core.clock.nowMs(), 'simulator');
    return eventJson({ ...base, ...headers }, body);
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    const session = new EslSession(socket, this.core, this.password, (s) => this.sessions.delete(s));
    this.sessions.add(session);
  }

  private publish(name: string, headers: EventHeaders, body?: string): void {
    if (this.sessions.size === 0) return;
    // Serialise once per format, however many clients listen.
    const cache = new Map<string, string>();
    for (const s of this.sessions) s.deliver(name, headers, body, cache);
  }
}
