import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agentEndpointProblem } from './switch-text';

// An agent endpoint is checked when it is set, so a bridge that cannot work is refused at input
// with a message a person can act on, not found out on the first answered call (issue 22).
describe('agent endpoint rule', () => {
  it('accepts complete endpoints', () => {
    for (const ok of [
      'user/1001',
      'user/1001@example.com',
      'loopback/agent1001/default/XML',
      'loopback/1001/pacer/XML',
      'sofia/internal/1001@10.0.0.5',
      'sofia/gateway/gw1/1001',
    ]) {
      assert.equal(agentEndpointProblem(ok), undefined, ok);
    }
  });

  it('a loopback endpoint without its context and dialplan: refused, naming the complete form and why', () => {
    for (const bad of ['loopback/1001', 'loopback/1001/default', 'loopback/1001/default/', 'loopback//default/XML', 'loopback/1/a/XML/x']) {
      const why = agentEndpointProblem(bad);
      assert.ok(why, `${bad} should be refused`);
      assert.match(why, /loopback\/\w*\/default\/XML/, bad);
      assert.match(why, /Invalid Application/, bad);
    }
    assert.match(agentEndpointProblem('loopback/agent7/default') ?? '', /e\.g\. loopback\/agent7\/default\/XML/);
  });

  it('user and sofia endpoints need their parts', () => {
    assert.match(agentEndpointProblem('user/') ?? '', /one user/);
    assert.match(agentEndpointProblem('user/1/2') ?? '', /one user/);
    assert.match(agentEndpointProblem('sofia/internal') ?? '', /profile and the destination/);
  });

  it('still refuses what would add legs or applications', () => {
    for (const bad of ['user/1 &bridge(x)', '{a=b}user/1', 'user/1,user/2', '']) assert.ok(agentEndpointProblem(bad), bad);
  });
});
