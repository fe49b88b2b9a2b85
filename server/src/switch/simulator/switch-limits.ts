/**
 * The switch's own admission control: at most `maxSessions` live calls and `sessionsPerSecond`
 * new ones in any real-time second, as switch.conf.xml sets them on a real FreeSWITCH.
 */
export class SwitchLimits {
  private recent: number[] = [];
  private head = 0;
  peakSps = 0;

  constructor(
    public maxSessions: number,
    public sessionsPerSecond: number,
  ) {}

  /**
   * Takes a session slot; returns the refusal cause when the switch is over a limit. Both limits
   * are checked in switch_core_session_request_uuid, whose failure the endpoint (mod_loopback,
   * mod_sofia) reports as DESTINATION_OUT_OF_ORDER with no channel: what FreeSWITCH 1.10 answered
   * under `fsctl sps 6` (issue 22).
   */
  admit(liveSessions: number): string | undefined {
    if (liveSessions >= this.maxSessions) return 'DESTINATION_OUT_OF_ORDER';
    const now = Date.now();
    while (this.head < this.recent.length && this.recent[this.head] <= now - 1000) this.head++;
    if (this.head > 4096) {
      this.recent = this.recent.slice(this.head);
      this.head = 0;
    }
    const inWindow = this.recent.length - this.head;
    if (inWindow >= this.sessionsPerSecond) return 'DESTINATION_OUT_OF_ORDER';
    this.recent.push(now);
    this.peakSps = Math.max(this.peakSps, inWindow + 1);
    return undefined;
  }

  currentSps(): number {
    const now = Date.now();
    let n = 0;
    for (let i = this.recent.length - 1; i >= this.head && this.recent[i] > now - 1000; i--) n++;
    return n;
  }
}
