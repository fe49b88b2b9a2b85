import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { binomialPmf, countPmf, poissonMeanWithTail, poissonPmf, poissonTailAbove, wilsonUpper } from './pacing-probability';

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) < eps, `${a} vs ${b}`);
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('pacing probability helpers', () => {
  it('poisson pmf: known values, sums to 1, and large means do not underflow', () => {
    close(poissonPmf(2, 3)[3]!, (Math.exp(-2) * 8) / 6);
    close(sum(poissonPmf(5, 60)), 1);
    close(sum(poissonPmf(900, 1500)), 1, 1e-6);
    assert.deepEqual(poissonPmf(0, 2), [1, 0, 0]);
  });

  it('the largest Poisson mean with a given tail', () => {
    const lambda = poissonMeanWithTail(3, 0.05);
    close(poissonTailAbove(lambda, 3), 0.05, 1e-6);
    assert.ok(lambda > 1.3 && lambda < 1.4, `${lambda}`);
    assert.ok(poissonMeanWithTail(80, 0.05) > poissonMeanWithTail(3, 0.05));
  });

  it('wilson upper bound: above the proportion, tighter with more trials, monotone', () => {
    assert.ok(wilsonUpper(3, 10, 2) > 0.3 && wilsonUpper(300, 1000, 2) > 0.3);
    assert.ok(wilsonUpper(300, 1000, 2) < wilsonUpper(30, 100, 2));
    let prev = 0;
    for (let k = 0; k <= 50; k++) {
      const u = wilsonUpper(k, 50, 2);
      assert.ok(u >= prev && u <= 1);
      prev = u;
    }
    assert.equal(wilsonUpper(0, 0, 2), 1);
  });

  it('binomial and Poisson-binomial counts match a brute-force enumeration', () => {
    const ps = [0.9, 0.5, 0.2];
    const repeat = 2;
    const q = 0.3;
    const all = [...ps, ...Array<number>(repeat).fill(q)];
    const brute = new Array<number>(all.length + 1).fill(0);
    for (let mask = 0; mask < 1 << all.length; mask++) {
      let p = 1;
      let k = 0;
      all.forEach((pi, i) => {
        const on = (mask >> i) & 1;
        p *= on ? pi : 1 - pi;
        k += on;
      });
      brute[k]! += p;
    }
    countPmf(ps, all.length, repeat, q).forEach((p, k) => close(p, brute[k]!));
    const truncated = countPmf(ps, 2, repeat, q);
    assert.equal(truncated.length, 3);
    truncated.forEach((p, k) => close(p, brute[k]!));
    binomialPmf(4, 0.25, 6).forEach((p, k) => close(p, k > 4 ? 0 : [81, 108, 54, 12, 1][k]! / 256));
  });
});
