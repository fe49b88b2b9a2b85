import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fixturesDir } from '../testing/transcript';
import { channelTime, type EslHeaders } from './esl-headers';

// Issue 22: ring and answer times came from the whole-second *_epoch variables, so an attempt's
// end could read ~1 s before its answer. The real switch sends microseconds (*_uepoch) too.
test('channel times come from the microsecond variables of a real CHANNEL_HANGUP_COMPLETE', () => {
  const events = readFileSync(join(fixturesDir(), 'events.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as EslHeaders);
  const hangup = events.find((h) => h['Event-Name'] === 'CHANNEL_HANGUP_COMPLETE' && Number(h.variable_answer_uepoch) > 0);
  assert.ok(hangup, 'the capture holds an answered call');
  const answered = channelTime(hangup, 'variable_answer');
  assert.equal(answered?.getTime(), Math.floor(Number(hangup.variable_answer_uepoch) / 1000));
  assert.notEqual(answered?.getTime(), Number(hangup.variable_answer_epoch) * 1000, 'not rounded down to the second');
});

test('whole seconds only when the switch sent no microseconds; "0" means never', () => {
  assert.equal(channelTime({ variable_answer_epoch: '1795319904' }, 'variable_answer')?.getTime(), 1795319904000);
  assert.equal(channelTime({ variable_progress_uepoch: '0', variable_progress_epoch: '0' }, 'variable_progress'), undefined);
});
