import type { SwitchPort } from '../switch/port';
import type { SwitchView } from './snapshot-builder';

/** The switch's sessions are read this often: a lowered max_sessions is seen before the next calls. */
const STATUS_EVERY_MS = 250;
/** How long a gateway that failed with GATEWAY_DOWN is left alone before it is tried again. */
const GATEWAY_BACKOFF_MS = 3000;
/** Pacer stays under the switch's own session rate (the adapter paces at this share too). */
const SPS_SHARE = 0.9;

/** The switch as the planner sees it: link state, its limits (cached), gateways seen down. */
export class SwitchWatch {
  private limits: { sps: number; max: number; active: number } | null = null;
  private limitsAt = 0;
  private readonly down = new Map<string, number>();

  constructor(
    private readonly port: SwitchPort,
    /** Sessions a call on the default dial string takes (a loopback call is two). */
    private readonly sessionsPerCall = 1,
  ) {}

  gatewayDown(gatewayId: string): void {
    this.down.set(gatewayId, Date.now() + GATEWAY_BACKOFF_MS);
  }

  async view(): Promise<SwitchView> {
    const up = this.port.connectionState === 'up';
    if (up && Date.now() - this.limitsAt > STATUS_EVERY_MS) {
      this.limitsAt = Date.now();
      // The first read is awaited (no limits known yet); later ones refresh in the background, so
      // a busy switch never holds up a tick (the view is then at most one read old).
      const read = this.read();
      if (!this.limits) await read;
    }
    const now = Date.now();
    for (const [id, until] of this.down) if (until <= now) this.down.delete(id);
    return {
      up,
      sessionsPerSecond: this.limits?.sps ?? null,
      maxSessions: this.limits?.max ?? null,
      activeSessions: this.limits?.active ?? 0,
      sessionsPerCall: this.sessionsPerCall,
      downGateways: new Set(this.down.keys()),
    };
  }

  private reading = false;

  private async read(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    try {
      const s = await this.port.status();
      this.limits = { sps: Math.max(1, Math.floor(s.sessionsPerSecond * SPS_SHARE)), max: s.maxSessions, active: s.activeSessions };
    } catch {
      // Keep the last known limits; the link state decides whether we dial.
    } finally {
      this.reading = false;
    }
  }
}
