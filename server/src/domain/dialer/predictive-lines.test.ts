import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { plannedAbandonShare, predictiveLines, type PredictiveLinesInput } from './predictive-lines';

/** A 15-minute window of a campaign with a 30% hit rate and no abandons. */
const base: PredictiveLinesInput = {
  freeAgents: 10,
  callsPending: 0,
  dialed: 3000,
  humanAnswered: 900,
  abandoned: 0,
  abandonTarget: 0.03,
  maxDialRatio: 3,
};

describe('plannedAbandonShare', () => {
  it('plans below the target, the more so the fewer answers an hour holds', () => {
    const small = plannedAbandonShare(0.03, 120); // ~5 agents
    const mid = plannedAbandonShare(0.03, 550); // ~20 agents
    const large = plannedAbandonShare(0.03, 2700); // ~100 agents
    assert.ok(small > 0.008 && small < 0.014, `${small}`);
    assert.ok(small < mid && mid < large && large < 0.03, `${mid} ${large}`);
    assert.equal(plannedAbandonShare(0.03, 0), 0);
    assert.ok(plannedAbandonShare(0.03, 1e6) > 0.029);
  });
});

describe('predictiveLines', () => {
  it('dials 1:1 without enough settled calls or answers', () => {
    assert.equal(predictiveLines({ ...base, dialed: 19, humanAnswered: 5 }), 10);
    assert.equal(predictiveLines({ ...base, dialed: 30, humanAnswered: 9, callsPending: 15 }), 10);
    assert.equal(predictiveLines({ ...base, humanAnswered: 0 }), 10);
    assert.equal(predictiveLines({ ...base, humanAnswered: 3000 }), 10);
  });

  it('one free agent gets one line: a second would abandon 9% of the time', () => {
    assert.equal(predictiveLines({ ...base, freeAgents: 1 }), 1);
  });

  it('overdials a large free pool, within maxDialRatio', () => {
    const lines = predictiveLines(base);
    assert.ok(lines > 15 && lines <= 30, `${lines}`);
    assert.equal(predictiveLines({ ...base, maxDialRatio: 1 }), 10);
  });

  it('is monotone in the hit rate: more answers per call, never more lines', () => {
    for (const freeAgents of [1, 3, 10, 40]) {
      let prev = Infinity;
      for (let humanAnswered = 30; humanAnswered <= 3000; humanAnswered += 30) {
        const lines = predictiveLines({ ...base, freeAgents, humanAnswered });
        assert.ok(lines <= prev, `${freeAgents} free, ${humanAnswered} answers: ${lines} > ${prev}`);
        prev = lines;
      }
    }
  });

  it('never dials more than maxDialRatio lines per free agent, nor fewer than one', () => {
    for (const freeAgents of [0, 1, 2, 5, 20, 100]) {
      for (const maxDialRatio of [1, 1.5, 3, 10]) {
        for (const humanAnswered of [30, 150, 600, 1500]) {
          for (const abandoned of [0, 3, 10]) {
            const lines = predictiveLines({ ...base, freeAgents, maxDialRatio, humanAnswered, abandoned });
            assert.ok(lines >= freeAgents, `${lines} < ${freeAgents}`);
            assert.ok(lines <= Math.floor(freeAgents * maxDialRatio + 1e-9), `${lines} > ${freeAgents} x ${maxDialRatio}`);
          }
        }
      }
    }
  });

  it('dials fewer lines after abandons, and 1:1 at or above the target', () => {
    let prev = Infinity;
    for (let abandoned = 0; abandoned <= 40; abandoned++) {
      const lines = predictiveLines({ ...base, freeAgents: 30, abandoned });
      assert.ok(lines <= prev && lines >= 30, `${abandoned}: ${lines}`);
      prev = lines;
    }
    assert.ok(predictiveLines({ ...base, freeAgents: 30 }) > predictiveLines({ ...base, freeAgents: 30, abandoned: 18 }));
    assert.equal(predictiveLines({ ...base, freeAgents: 30, abandoned: 27 }), 30); // 3% of 900
  });

  it('is more careful for a small team: a thin hour allows fewer abandons, a small window says less', () => {
    // Same 30% hit rate and free agents; the window holds 900, 120 or 30 answers.
    const lines = [
      [3000, 900],
      [400, 120],
      [100, 30],
    ].map(([dialed, humanAnswered]) => predictiveLines({ ...base, freeAgents: 4, dialed: dialed!, humanAnswered: humanAnswered! }));
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => b - a),
    );
    assert.ok(lines[0]! > lines[2]!, `${lines.join(' ')}`);
  });

  it('dials for agents about to finish wrap-up, not for those with long wrap-ups', () => {
    const known = { ...base, freeAgents: 0, avgAnswerSeconds: 15, avgTalkSeconds: 120, wrapUpSeconds: 10 };
    assert.equal(predictiveLines(known), 0);
    assert.ok(predictiveLines({ ...known, wrapUpLeftSeconds: [1, 1, 2, 3, 5] }) >= 5);
    assert.equal(predictiveLines({ ...known, wrapUpLeftSeconds: [60] }), 0); // wrap-up ends after any answer
    // Without the answer delay, only agents within the 2 s abandon wait of free count.
    assert.equal(predictiveLines({ ...known, avgAnswerSeconds: undefined, wrapUpLeftSeconds: [5, 5] }), 0);
  });

  it('counts agents on a call only with a known talk time, and more with shorter calls', () => {
    const floor = { ...base, freeAgents: 2, agentsOnCall: 60, avgAnswerSeconds: 15, wrapUpSeconds: 10 };
    const unknown = predictiveLines(floor);
    const long = predictiveLines({ ...floor, avgTalkSeconds: 300 });
    const short = predictiveLines({ ...floor, avgTalkSeconds: 60 });
    assert.ok(unknown <= long && long < short, `${unknown} ${long} ${short}`);
  });
});
