/**
 * When each rate scope last originated (planned `at` times included), fed back into the next
 * snapshot so spacing holds across ticks. A call sent later than planned (a slow tick or claim,
 * a busy process) moves its scopes to when it was really sent, so the next is spaced from that
 * and the switch never sees two calls of a scope closer than its spacing (the tenant caps'
 * rate invariant, tenant-caps-load.test.ts). In memory: a new leader starts with empty buckets,
 * which at worst allows one call per scope at once, as after any idle period.
 */
export class PacingMemory {
  private readonly last = new Map<string, number>();

  get(scope: string): Date | null {
    const v = this.last.get(scope);
    return v === undefined ? null : new Date(v);
  }

  note(scope: string, at: Date): void {
    const t = at.getTime();
    if ((this.last.get(scope) ?? Number.NEGATIVE_INFINITY) < t) this.last.set(scope, t);
  }

  /** Every rate scope of one call (campaign, tenant, switch, gateway) at `at`, planned or sent. */
  noteCall(call: { campaignId: string; tenantId: string; gatewayId?: string | null }, at: Date): void {
    this.note(PacingMemory.campaign(call.campaignId), at);
    this.note(PacingMemory.tenant(call.tenantId), at);
    this.note(PacingMemory.SWITCH, at);
    if (call.gatewayId) this.note(PacingMemory.gateway(call.gatewayId), at);
  }

  clear(): void {
    this.last.clear();
  }

  static tenant(id: string): string {
    return `t:${id}`;
  }

  static campaign(id: string): string {
    return `c:${id}`;
  }

  static gateway(id: string): string {
    return `g:${id}`;
  }

  static readonly SWITCH = 'switch';
}
