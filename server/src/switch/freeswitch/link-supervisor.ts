import { backOff } from 'exponential-backoff';
import type { ConnectionState, ConnectionStateChange } from '../port';
import { EslLink, type EslLinkError, type EslLinkOptions } from './esl-link';

export interface SupervisorOptions extends EslLinkOptions {
  startingDelayMs: number;
  maxDelayMs: number;
  /** Runs on every fresh link before it counts as up (subscribe, read limits, reconcile). */
  onLink(link: EslLink): Promise<void>;
  /** Runs once the link counts as up, so work it triggers can already use the link. */
  onUp(): void;
  onState(change: ConnectionStateChange): void;
  onError(e: Error): void;
}

/**
 * Keeps one ESL link alive: connects, and after any loss reconnects with exponential backoff
 * and full jitter (so many dialers do not stampede a restarted switch).
 */
export class LinkSupervisor {
  private link?: EslLink;
  private state: ConnectionState = 'down';
  private closing = false;
  private running?: Promise<void>;
  private attempts = 0;

  constructor(private readonly opts: SupervisorOptions) {}

  get connectionState(): ConnectionState {
    return this.state;
  }

  /** The link when up. */
  current(): EslLink | undefined {
    return this.state === 'up' ? this.link : undefined;
  }

  /** Starts the loop; resolves when first up, rejects with the first failure (the loop keeps trying). */
  start(): Promise<void> {
    this.closing = false;
    return new Promise((resolve, reject) => {
      let first = true;
      const settle = (e?: Error) => {
        if (!first) return;
        first = false;
        if (e) reject(e);
        else resolve();
      };
      this.running ??= this.loop(settle).finally(() => {
        this.running = undefined;
      });
    });
  }

  async stop(): Promise<void> {
    this.closing = true;
    this.link?.close();
    this.link = undefined;
    await this.running;
    this.setState('closed', 'closed by Pacer');
  }

  private async loop(settle: (e?: Error) => void): Promise<void> {
    while (!this.closing) {
      let link: EslLink;
      try {
        link = await backOff(() => this.attempt(), {
          numOfAttempts: Number.MAX_SAFE_INTEGER,
          startingDelay: this.opts.startingDelayMs,
          maxDelay: this.opts.maxDelayMs,
          jitter: 'full',
          retry: (e: unknown) => {
            const err = e instanceof Error ? e : new Error(String(e));
            settle(err);
            if (this.closing) return false;
            this.opts.onError(err);
            this.setState('reconnecting', err.message);
            return true;
          },
        });
      } catch {
        break; // only when closing
      }
      this.setState('up');
      this.opts.onUp();
      settle();
      const reason = link.isOpen ? await new Promise<string>((r) => link.onClose(r)) : 'connection lost';
      if (this.closing) break;
      this.setState('down', reason);
    }
  }

  private async attempt(): Promise<EslLink> {
    if (this.closing) throw new Error('closing');
    this.setState(this.attempts++ === 0 ? 'connecting' : 'reconnecting');
    const link = await EslLink.open(this.opts);
    if (this.closing) {
      link.close();
      throw new Error('closing');
    }
    link.onError((e: EslLinkError) => this.opts.onError(e));
    this.link = link;
    try {
      await this.opts.onLink(link);
    } catch (e) {
      link.close();
      throw e;
    }
    if (!link.isOpen) throw new Error('connection lost during setup');
    return link;
  }

  private setState(state: ConnectionState, reason?: string): void {
    if (state === this.state) return;
    this.state = state;
    this.opts.onState({ state, reason, at: new Date() });
  }
}
