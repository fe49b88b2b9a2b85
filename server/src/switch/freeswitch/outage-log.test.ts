import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OutageLog } from './outage-log';

test('a switch outage is logged once, then summarised each minute, then its end', () => {
  let now = 0;
  const lines: Array<{ level: string; msg: string; o: Record<string, unknown> }> = [];
  const logger = {
    warn: (o: Record<string, unknown>, msg: string) => lines.push({ level: 'warn', msg, o }),
    info: (o: Record<string, unknown>, msg: string) => lines.push({ level: 'info', msg, o }),
  };
  const log = new OutageLog(logger as never, 60_000, () => now);
  // 13.5 minutes of retries every 2.4 s: 337 failed tries.
  for (; now < 13.5 * 60_000; now += 2400) log.failed(new Error('connect ECONNREFUSED 127.0.0.1:8021'));
  log.up();
  const warns = lines.filter((l) => l.level === 'warn');
  assert.equal(warns[0]?.msg, 'switch unreachable; retrying in the background');
  assert.equal(warns.length, 1 + 13, 'one warning, then one summary a minute');
  assert.equal(warns[1]?.o.tries, 25, 'a summary counts the tries since the last one');
  const end = lines.at(-1);
  assert.equal(end?.msg, 'switch reachable again');
  assert.equal(end?.o.tries, 338);
  log.up();
  assert.equal(lines.length, 15, 'nothing more while up');
});
