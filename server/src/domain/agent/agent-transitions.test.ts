import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { AgentState } from './agent-state';
import { AgentActor, agentMovesFrom, canMoveAgent, isAgentFree } from './agent-transitions';

const S = AgentState;
const A = AgentActor;
// The full table, written out: every (actor, from, to) not listed here must be refused.
const ALLOWED: Array<[AgentActor, AgentState, AgentState]> = [
  [A.AGENT, S.LOGGED_OUT, S.AVAILABLE],
  [A.AGENT, S.LOGGED_OUT, S.BREAK],
  [A.AGENT, S.AVAILABLE, S.BREAK],
  [A.AGENT, S.AVAILABLE, S.LOGGED_OUT],
  [A.AGENT, S.WRAP_UP, S.AVAILABLE],
  [A.AGENT, S.WRAP_UP, S.BREAK],
  [A.AGENT, S.WRAP_UP, S.LOGGED_OUT],
  [A.AGENT, S.BREAK, S.AVAILABLE],
  [A.AGENT, S.BREAK, S.LOGGED_OUT],
  [A.SUPERVISOR, S.LOGGED_OUT, S.AVAILABLE],
  [A.SUPERVISOR, S.LOGGED_OUT, S.BREAK],
  [A.SUPERVISOR, S.AVAILABLE, S.BREAK],
  [A.SUPERVISOR, S.AVAILABLE, S.LOGGED_OUT],
  [A.SUPERVISOR, S.WRAP_UP, S.AVAILABLE],
  [A.SUPERVISOR, S.WRAP_UP, S.BREAK],
  [A.SUPERVISOR, S.WRAP_UP, S.LOGGED_OUT],
  [A.SUPERVISOR, S.BREAK, S.AVAILABLE],
  [A.SUPERVISOR, S.BREAK, S.LOGGED_OUT],
  [A.DIALER, S.AVAILABLE, S.RESERVED],
  [A.DIALER, S.RESERVED, S.ON_CALL],
  [A.DIALER, S.RESERVED, S.AVAILABLE],
  [A.DIALER, S.RESERVED, S.BREAK],
  [A.DIALER, S.ON_CALL, S.WRAP_UP],
  [A.DIALER, S.WRAP_UP, S.AVAILABLE],
];

describe('agent state machine', () => {
  test('every (actor, from, to) is allowed exactly when the table says so', () => {
    const key = (a: string, f: string, t: string) => `${a}:${f}->${t}`;
    const allowed = new Set(ALLOWED.map(([a, f, t]) => key(a, f, t)));
    let checked = 0;
    for (const actor of Object.values(A)) {
      for (const from of Object.values(S)) {
        for (const to of Object.values(S)) {
          assert.equal(canMoveAgent(actor, from, to), allowed.has(key(actor, from, to)), key(actor, from, to));
          checked++;
        }
      }
    }
    assert.equal(checked, 3 * 6 * 6);
  });

  test('nobody takes an agent out of a call by hand; same-state is never a move', () => {
    for (const actor of [A.AGENT, A.SUPERVISOR]) {
      assert.deepEqual(agentMovesFrom(actor, S.RESERVED), []);
      assert.deepEqual(agentMovesFrom(actor, S.ON_CALL), []);
      for (const to of Object.values(S)) assert.equal(canMoveAgent(actor, to, to), false);
    }
  });

  test('only AVAILABLE agents are free for calls', () => {
    assert.deepEqual(Object.values(S).filter(isAgentFree), [S.AVAILABLE]);
  });
});
