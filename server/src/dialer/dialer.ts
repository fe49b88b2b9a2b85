import { hostname } from 'node:os';
import type { MikroORM } from '@mikro-orm/postgresql';
import { logger as appLogger } from '../logger';
import type { EventBus } from '../events/event-bus';
import type { DialerStatusPayload } from '../events/live-topics';
import type { CallEvent, SwitchPort } from '../switch/port';
import { CallBook } from './call-book';
import { systemClock, type Clock } from './clock';
import { LeaderLock } from './leader-lock';
import { LiveFeed } from './live-feed';
import type { BoardCampaign } from './agent-board';
import { OutcomeQueue } from './outcome-queue';
import { PacingMemory } from './pacing-memory';
import { ProfileWindows } from './agents/profile-window';
import { RunStateMemory } from './run-state-memory';
import { runTick } from './tick';
import { listen } from '../events/listen';
import { SwitchWatch } from './switch-watch';
import { sessionsPerCall } from '../domain/telephony/sessions-per-call';
import { SerialPublisher } from '../events/serial-publisher';
import { interrupted } from './call-end';
import { AgentCallFlow } from './agents/agent-call-flow';
import { secondlySweeps } from './secondly-sweeps';
import { PreviewGate } from './agents/preview-gate';
import { AgentPhones } from './agents/agent-phones';
import { QueueWatch } from './agents/queue-watch';
import { DialingMode } from '../domain/campaign/campaign-type';
import { AmdVerdicts } from './amd-screen';
import { DEFAULT_DIAL_STRING, LOCK_CHECK_MS, type DialerOptions } from './dialer-options';
import { Originator } from './originator';
import { electOnce } from './election';
import { Wake } from './wake';
import { CampaignHangups } from './campaign-hangups';
import { dialerStatusOf } from './dialer-status';

export type { DialerOptions } from './dialer-options';

/**
 * The dialer: one per process, but only the leader (a PostgreSQL advisory lock) dials. It ticks
 * on every call end, campaign change and a short timer; each tick plans (pure) and claims in one
 * transaction, then originates each call at its planned instant (originator.ts; takeover.ts from
 * an old leader). Call ends are recorded in batches by the OutcomeQueue; followers retry the lock.
 */
export class Dialer {
  readonly node: string;
  private readonly clock: Clock;
  private readonly lock: LeaderLock;
  private readonly pacing = new PacingMemory();
  /** Abandon counts over each campaign's compliance window, shared by pacing and the wallboard. */
  private readonly windows = new ProfileWindows();
  private readonly runStates = new RunStateMemory();
  private readonly book: CallBook;
  private readonly outcomes: OutcomeQueue;
  private readonly live: LiveFeed;
  private readonly switchWatch: SwitchWatch;
  private readonly publisher: SerialPublisher;
  private readonly agents: AgentCallFlow;
  private readonly verdicts: AmdVerdicts;
  private readonly preview = new PreviewGate();
  private readonly queues: QueueWatch;
  private readonly phones: AgentPhones;
  private readonly unsubscribe: Array<() => void> = [];
  private leader = false;
  private stopped = true;
  private readonly wake = new Wake();
  private loopDone: Promise<void> = Promise.resolve();
  private lastActivate = 0;
  private running: BoardCampaign[] = [];
  private readonly originator: Originator;
  private readonly hangups: CampaignHangups;
  private ticksDone = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly bus: EventBus,
    private readonly port: SwitchPort,
    private readonly opts: DialerOptions = {},
  ) {
    this.opts = { logger: appLogger, ...opts };
    this.clock = opts.clock ?? systemClock;
    this.node = opts.node ?? `${hostname()}:${process.pid}`;
    this.lock = new LeaderLock(opts.databaseUrl ?? orm.config.get('clientUrl') ?? orm.config.getClientUrl(true), () =>
      this.demote('lock connection lost'),
    );
    this.publisher = new SerialPublisher(bus);
    this.live = new LiveFeed(this.publisher, this.windows);
    this.switchWatch = new SwitchWatch(port, sessionsPerCall(opts.defaultDialString ?? DEFAULT_DIAL_STRING));
    this.verdicts = new AmdVerdicts(opts.amdWaitMs, opts.beepWaitMs);
    const agentOf = (callId: string) => this.agents.agentOf(callId);
    this.book = new CallBook(port, this.live, this.clock, this.verdicts, (m) => this.outcomes.mark(m), opts.confirmWaitMs, agentOf);
    this.agents = new AgentCallFlow(orm, port, this.publisher, this.clock, this.verdicts, this.opts.logger);
    this.queues = new QueueWatch(port, {
      pending: (campaignId, countedBefore) => this.book.queuePending(campaignId, countedBefore),
      onChange: () => this.poke(),
      settleMs: opts.queueSettleMs,
      logger: this.opts.logger,
    });
    this.phones = new AgentPhones(orm, port, () => this.poke(), opts.agentPhoneRecheckMs, this.opts.logger);
    this.outcomes = new OutcomeQueue(orm, this.publisher, this.live, this.clock, opts.logger, () => this.poke());
    this.hangups = new CampaignHangups(port, this.book, this.outcomes, this.clock, this.opts.logger);
    this.originator = new Originator({
      port,
      book: this.book,
      outcomes: this.outcomes,
      agents: this.agents,
      lock: this.lock,
      clock: this.clock,
      pacing: this.pacing,
      active: () => this.leader && !this.stopped,
      previewSkipHoldSeconds: opts.previewSkipHoldSeconds,
      logger: this.opts.logger,
    });
  }

  get isLeader(): boolean {
    return this.leader;
  }

  /** Planning passes finished as leader: "the dialer has looked again since", for health checks and tests. */
  get ticks(): number {
    return this.ticksDone;
  }

  /** Starts electing; resolves after the first attempt (leader or not). */
  async start(): Promise<void> {
    this.stopped = false;
    this.unsubscribe.push(this.port.onEvent((e) => this.onCallEvent(e)));
    this.unsubscribe.push(this.port.onConnectionState(() => this.poke()));
    // Campaign changed: plan now rather than at the next tick; hangUpCalls: the leader ends its calls.
    this.unsubscribe.push(
      listen(this.bus, 'CAMPAIGN_CHANGED', (c) => {
        if (c.hangUpCalls && this.leader) this.hangups.request(c.campaignId);
        if (c.action !== 'RUN_STATE') this.poke();
      }),
    );
    // A preview agent dialed or skipped; only the leader holds the offer.
    this.unsubscribe.push(
      listen(this.bus, 'AGENT_PREVIEW', (p) => {
        if (this.leader) this.preview.decide(p.callId, p.agentId, p.dial);
      }),
    );
    await this.electOnce();
    this.loopDone = this.mainLoop();
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    this.poke();
    await this.loopDone;
    for (const u of this.unsubscribe.splice(0)) u();
    this.agents.stop();
    this.verdicts.clear();
    if (this.leader) {
      // Calls claimed but never sent: close them now rather than leave them to the next leader.
      for (const c of this.book.cancelPending()) this.outcomes.push(interrupted(c.callId, this.clock.now(), 'DIALER_STOPPED'));
      for (const c of this.preview.clear()) this.originator.skipPreview(c, 'DIALER_STOPPED');
      await this.outcomes.drain();
    }
    this.leader = false;
    await this.lock.release();
    await this.live.status(this.status());
    await this.publisher.idle();
  }

  /** Current status of this process (the leader's is also published on DIALER_STATUS). */
  status(): DialerStatusPayload {
    const { node, leader, port, book, running } = this;
    const cps = (now: number): number => this.originator.callsPerSecond(now);
    return dialerStatusOf({ node, leader, port, activeCalls: book.size, runningCampaigns: running.length, callsPerSecond: cps });
  }

  /** Plan again soon (call ended, campaign changed, switch state changed). */
  poke(): void {
    this.wake.poke();
  }

  private async mainLoop(): Promise<void> {
    let lastBoard = 0;
    while (!this.stopped) {
      let delay = this.opts.leaderRetryMs ?? 1000;
      if (!this.leader) {
        await this.electOnce();
      } else {
        // By the lock's own age, so a tick never plans on a lock older than LOCK_CHECK_MS (takeover.ts).
        if (!this.lock.isFresh(LOCK_CHECK_MS) && !(await this.lock.check())) continue;
        delay = await this.safeTick();
        this.hangups.sweep();
        this.live.flushCallStates();
        if (Date.now() - lastBoard >= 1000) {
          lastBoard = Date.now();
          void this.live.wallboard(this.orm.em.fork(), this.running, this.book.activeByCampaign(), this.clock.now().getTime());
          this.publishStatus();
        }
      }
      if (this.stopped) break;
      await this.wake.sleep(this.leader ? delay : (this.opts.leaderRetryMs ?? 1000));
    }
  }

  private electOnce(): Promise<void> {
    const { orm, port, book, outcomes, publisher, clock, opts } = this;
    return electOnce(
      { orm, port, book, outcomes, publisher, clock, logger: opts.logger },
      {
        lock: this.lock,
        pacing: this.pacing,
        node: this.node,
        leaderGraceMs: opts.leaderGraceMs,
        stopped: () => this.stopped,
        setLeader: (leader) => {
          this.leader = leader;
        },
        publishStatus: () => this.publishStatus(),
      },
    );
  }

  private demote(reason: string): void {
    if (!this.leader) return;
    this.opts.logger?.warn({ node: this.node, reason }, 'dialer: lost leadership');
    this.leader = false;
    // Not sent yet: the next leader finds these attempts open and closes them (not on the switch).
    this.book.cancelPending();
    this.book.clear();
    this.verdicts.clear();
    this.preview.clear();
    this.poke();
  }

  private async safeTick(): Promise<number> {
    try {
      return await this.tick();
    } catch (err) {
      this.opts.logger?.error({ err }, 'dialer tick failed');
      return 1000;
    } finally {
      this.ticksDone++;
    }
  }

  private async tick(): Promise<number> {
    const now = this.clock.now();
    const activate = now.getTime() - this.lastActivate >= 1000;
    // Registrations of agent phones, asked beside the tick (only registered phones are reserved).
    this.phones.refresh(now);
    if (activate) this.lastActivate = now.getTime();
    // Result timeouts, tally upkeep (secondly-sweeps.ts): never a reason to stop dialing.
    if (activate) await secondlySweeps(this.orm.em.fork(), now, this.opts.logger);
    const result = await runTick(this.orm.em.fork(), {
      now,
      tickSeconds: this.opts.tickSeconds ?? 0.3,
      node: this.node,
      switchView: await this.switchWatch.view(),
      pacing: this.pacing,
      runStates: this.runStates,
      defaultDialString: this.opts.defaultDialString ?? DEFAULT_DIAL_STRING,
      activate,
      queues: this.queues,
      windows: this.windows,
    });
    this.running = result.running.map((c) => ({
      id: c.id,
      tenantId: c.tenantId,
      agent: c.dialingMode !== null,
      complianceProfile: c.complianceProfile,
    }));
    for (const e of result.outbox.events) void this.publisher.publish(e.topic, e.payload);
    for (const call of result.calls) {
      this.agents.track(call);
      if (call.campaign.dialingMode === DialingMode.PREVIEW)
        this.preview.hold(
          call,
          () => this.originator.dialPreview(call),
          (why) => this.originator.skipPreview(call, why),
        );
      else this.originator.schedule(call);
    }
    const wake = result.wakeAt ? result.wakeAt.getTime() - this.clock.now().getTime() : Infinity;
    return Math.max(10, Math.min(this.opts.tickMs ?? 250, wake));
  }

  private onCallEvent(e: CallEvent): void {
    if (!this.leader) return;
    this.verdicts.onEvent(e);
    this.agents.onEvent(e);
    const ended = this.book.onEvent(e, (m) => this.outcomes.mark(m));
    if (!ended) return;
    if (ended.end.cause === 'GATEWAY_DOWN' && ended.gatewayId) this.switchWatch.gatewayDown(ended.gatewayId);
    this.outcomes.push(ended.end);
  }

  private publishStatus(): void {
    void this.live.status(this.status());
  }
}
