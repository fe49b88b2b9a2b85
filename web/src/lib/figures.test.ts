import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abandonFigure, formatDuration, gatewaysText } from './figures';
import { blank } from '../components/settings/calendar-form';
import { apiRetryDelayMs, isApiUp } from './api-wait';

const plain = (s: string) => s.replace(/\u00a0/g, ' ');

test('durations always carry their unit, never a bare 0, and never break between number and unit', () => {
  assert.equal(plain(formatDuration(0)), '0 s');
  assert.equal(plain(formatDuration(65)), '1 min 5 s');
  assert.equal(plain(formatDuration(7380)), '2 h 3 min');
  assert.equal(plain(formatDuration(46.25)), '46 s');
  assert.equal(formatDuration(null), '—');
  assert.equal(formatDuration(undefined), '—');
  assert.doesNotMatch(formatDuration(65), / /, 'only non-breaking spaces');
});

test('abandoned: how many of how many answered, against the target, over it highlighted', () => {
  const f = abandonFigure({ abandoned: 3, answered: 30, target: 0.03 });
  assert.equal(f.text, '3 of 30 answered (10.0%) · target 3.0%');
  assert.equal(f.value, '10.0%');
  assert.equal(f.over, true);
  assert.equal(abandonFigure({ abandoned: 0, answered: 30, target: 0.03 }).over, false);
  // The server's own rate wins over the counts; no target, never over.
  assert.deepEqual(abandonFigure({ abandoned: 1, answered: 4, rate: 0.25 }), {
    value: '25.0%',
    text: '1 of 4 answered (25.0%)',
    over: false,
  });
  // Nobody answered yet: no rate, not over.
  assert.deepEqual(abandonFigure({ abandoned: 0, answered: 0, target: 0.03 }), {
    value: '—',
    text: '0 of 0 answered · target 3.0%',
    over: false,
  });
  // The wallboard knows only the rate.
  assert.deepEqual(abandonFigure({ rate: 0.1, target: 0.03 }), { value: '10.0%', text: '10.0% · target 3.0%', over: true });
});

test('no gateway named: the campaign dials through the built-in default dial string', () => {
  assert.equal(gatewaysText([]), 'built-in default dial string');
  assert.equal(gatewaysText(['gw1', 'gw2']), 'gw1, gw2');
});

test("a new calendar starts in the browser's time zone", () => {
  assert.equal(blank().timeZone, Intl.DateTimeFormat().resolvedOptions().timeZone);
});

test('the console waits for a starting API with a growing, bounded delay and reads only { up: true } as up', () => {
  assert.deepEqual([0, 1, 2, 3, 10].map(apiRetryDelayMs), [500, 1000, 2000, 4000, 4000]);
  assert.equal(isApiUp({ up: true }), true);
  assert.equal(isApiUp({ up: false }), false);
  assert.equal(isApiUp({ errors: [] }), false);
  assert.equal(isApiUp(null), false);
});
