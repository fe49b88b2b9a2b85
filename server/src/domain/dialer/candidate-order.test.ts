import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { RecipientState as S } from '../recipient/recipient-state';
import { CandidateTier, candidateTier, compareCandidates, type OrderableCandidate } from './candidate-order';

const now = new Date('2026-06-01T14:00:00Z');
const min = (m: number) => new Date(now.getTime() + m * 60_000);
const c = (position: number, over: Partial<OrderableCandidate> = {}): OrderableCandidate & { id: string } => ({
  id: `p${position}`,
  state: S.READY,
  attempts: 0,
  priority: 0,
  position,
  ...over,
});

describe('candidateTier', () => {
  it('due callbacks, fresh recipients, retries', () => {
    assert.equal(candidateTier(c(1, { state: S.SCHEDULED, callbackAt: now }), now), CandidateTier.CALLBACK);
    assert.equal(candidateTier(c(1, { state: S.SCHEDULED, callbackAt: min(5) }), now), CandidateTier.RETRY);
    assert.equal(candidateTier(c(1), now), CandidateTier.FRESH);
    assert.equal(candidateTier(c(1, { attempts: 1 }), now), CandidateTier.RETRY);
    assert.equal(candidateTier(c(1, { state: S.RETRY_WAIT, attempts: 2, nextAttemptAt: min(-5) }), now), CandidateTier.RETRY);
  });
});

describe('compareCandidates', () => {
  it('orders callbacks, then never-called by priority and list order, then retries longest-waiting first', () => {
    const list = [
      c(1, { attempts: 1, state: S.RETRY_WAIT, nextAttemptAt: min(-1) }),
      c(2),
      c(3, { priority: 5 }),
      c(4, { state: S.SCHEDULED, attempts: 1, callbackAt: min(-2) }),
      c(5, { attempts: 2, state: S.RETRY_WAIT, nextAttemptAt: min(-30) }),
      c(6, { state: S.SCHEDULED, attempts: 1, callbackAt: min(-10) }),
      c(7),
      c(8, { attempts: 1, state: S.READY }),
    ];
    const order = [...list].sort(compareCandidates(now)).map((x) => x.id);
    assert.deepEqual(order, ['p6', 'p4', 'p3', 'p2', 'p7', 'p8', 'p5', 'p1']);
  });

  it('is a consistent total order (antisymmetric, ties by position)', () => {
    const cmp = compareCandidates(now);
    const a = c(1, { attempts: 1, nextAttemptAt: min(-1) });
    const b = c(2, { attempts: 1, nextAttemptAt: min(-1) });
    assert.ok(cmp(a, b) < 0 && cmp(b, a) > 0);
    assert.equal(cmp(a, a), 0);
  });
});
