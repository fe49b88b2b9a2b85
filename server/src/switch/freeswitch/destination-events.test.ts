import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CallEvent } from '../call-event';
import { CallTracker } from './call-tracker';

// How the real switch reports where a transferred call went (mod_callcenter.c, mod_dptools.c,
// switch_ivr_menu.c), as the tracker reads it: the `ivr` app's start and end, a callcenter app
// that never joined (no such queue), a bridge's failure cause.
const ID = '7f4de4bc-0d4e-4d2c-9a57-6a1c3c1b0a11';

function feed(...frames: Array<Record<string, string>>): CallEvent[] {
  const out: CallEvent[] = [];
  const t = new CallTracker((e) => out.push(e), 1000);
  t.expect(ID, 'job-1');
  const base = { 'Unique-ID': ID, 'Event-Date-Timestamp': '1765100000000000' };
  for (const f of frames) t.handle({ ...base, ...f });
  t.dispose();
  return out.filter((e) => e.type !== 'originated');
}

test('IVR: CHANNEL_EXECUTE of ivr starts it; its completion finishes it unless the channel was hanging up', () => {
  const started = { 'Event-Name': 'CHANNEL_EXECUTE', Application: 'ivr', 'Application-Data': 'demo_ivr' };
  const done = { 'Event-Name': 'CHANNEL_EXECUTE_COMPLETE', Application: 'ivr', variable_ivr_menu_status: 'timeout' };
  assert.deepEqual(
    feed(started, done).map((e) => (e.type === 'ivr' ? [e.phase, e.status] : e.type)),
    [
      ['started', undefined],
      ['finished', 'timeout'],
    ],
  );
  assert.deepEqual(
    feed(started, { ...done, 'Hangup-Cause': 'NORMAL_CLEARING' }).map((e) => (e.type === 'ivr' ? e.phase : e.type)),
    ['started'],
    'a menu cut by the hangup is not finished',
  );
  assert.deepEqual(
    feed(started, { 'Event-Name': 'CHANNEL_EXECUTE_COMPLETE', Application: 'ivr' }).map((e) => (e.type === 'ivr' ? e.phase : e.type)),
    ['started'],
    'no ivr_menu_status: the menu was not found, it never ran',
  );
  assert.deepEqual(feed({ 'Event-Name': 'CHANNEL_EXECUTE', Application: 'playback' }), [], 'other apps say nothing');
});

test('callcenter: cancel reasons as they come; completed without any cc_* variable is QUEUE_NOT_FOUND', () => {
  const cc = { 'Event-Name': 'CHANNEL_EXECUTE_COMPLETE', Application: 'callcenter' };
  const reasons = (...f: Array<Record<string, string>>) => feed(...f).map((e) => (e.type === 'queue-left' ? e.reason : e.type));
  assert.deepEqual(reasons({ ...cc, variable_cc_cause: 'cancel', variable_cc_cancel_reason: 'NO_AGENT_TIMEOUT' }), ['NO_AGENT_TIMEOUT']);
  assert.deepEqual(reasons(cc), ['QUEUE_NOT_FOUND']);
  assert.deepEqual(reasons({ ...cc, variable_cc_cause: 'answered', variable_cc_queue_joined_epoch: '1765100000' }), []);
  assert.deepEqual(reasons({ ...cc, 'Hangup-Cause': 'NORMAL_CLEARING' }), [], 'cut by a hangup before joining: nothing to say');
});

test("bridge: the failed originate's disposition is the second leg's cause", () => {
  const ev = feed({
    'Event-Name': 'CHANNEL_EXECUTE_COMPLETE',
    Application: 'bridge',
    variable_originate_disposition: 'USER_BUSY',
    variable_DIALSTATUS: 'BUSY',
    'Hangup-Cause': 'USER_BUSY',
  });
  assert.deepEqual(
    ev.map((e) => (e.type === 'bridge-failed' ? e.cause : e.type)),
    ['USER_BUSY'],
  );
});
