/**
 * When each rate scope last originated (planned `at` times included), fed back into the next
 * snapshot so spacing holds across ticks. In memory: a new leader starts with empty buckets,
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
