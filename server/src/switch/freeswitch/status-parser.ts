import type { SwitchStatus } from '../port';

/**
 * Reads `api status` text. Lines look like
 * `0 session(s) per Sec out of max 30, peak 0, last 5min 0` and `1000 session(s) max`.
 */
export function parseStatus(body: string): SwitchStatus {
  const num = (re: RegExp): number | undefined => {
    const m = re.exec(body);
    return m ? Number(m[1]) : undefined;
  };
  const sps = num(/per Sec out of max (\d+)/);
  const max = num(/^(\d+) session\(s\) max/m);
  if (sps === undefined || max === undefined) throw new Error(`unrecognised status reply: ${body.slice(0, 120)}`);
  const uptime =
    (num(/(\d+) years?/) ?? 0) * 31_536_000 +
    (num(/(\d+) days?/) ?? 0) * 86_400 +
    (num(/(\d+) hours?/) ?? 0) * 3_600 +
    (num(/(\d+) minutes?/) ?? 0) * 60 +
    (num(/(\d+) seconds?/) ?? 0);
  return {
    maxSessions: max,
    sessionsPerSecond: sps,
    activeSessions: num(/^(\d+) session\(s\) - peak/m) ?? 0,
    uptimeSeconds: uptime,
  };
}
