import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseContactReply, registrationCheck } from './endpoint-registration';

test('a user/ phone is asked with sofia_contact on every profile; loopback is reachable when well formed', () => {
  assert.deepEqual(registrationCheck('user/1001'), { ask: 'sofia_contact */1001' });
  assert.deepEqual(registrationCheck('user/1001@pbx.example.com'), { ask: 'sofia_contact */1001@pbx.example.com' });
  assert.deepEqual(registrationCheck('loopback/5000/default/XML'), { reachable: true });
  // Without its context and dialplan the bridge fails "Invalid Application" (agentEndpointProblem).
  assert.deepEqual(registrationCheck('loopback/5000'), { reachable: false });
  assert.deepEqual(registrationCheck('loopback/5000/default'), { reachable: false });
  assert.deepEqual(registrationCheck('loopback/'), { reachable: false });
  assert.deepEqual(
    registrationCheck('sofia/internal/1001@10.0.0.5'),
    { reachable: true },
    'a SIP URI cannot be checked without calling it',
  );
  for (const bad of ['user/', 'user/a@b@c', 'user/1001/x', 'user/10 01', '{x=y}user/1', ''])
    assert.deepEqual(registrationCheck(bad), { reachable: false }, bad);
});

test("sofia_contact's reply: a contact is registered; error/… or -ERR is not", () => {
  assert.equal(parseContactReply('sofia/internal/sip:1001@10.0.0.5:5060\n'), true);
  assert.equal(parseContactReply('error/user_not_registered'), false);
  assert.equal(parseContactReply('-ERR no reply\n'), false);
  assert.equal(parseContactReply('  '), false);
});
