import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { allNumbersDnc, pickNumber, type RotatableNumber } from './number-rotation';

const numbers: RotatableNumber[] = [
  { number: 'low', priority: 1 },
  { number: 'high', priority: 5 },
  { number: 'mid-a', priority: 3 },
  { number: 'mid-b', priority: 3 },
];

const seq = (list: readonly RotatableNumber[], n: number) => Array.from({ length: n }, (_, k) => pickNumber(list, k)?.number ?? null);

describe('pickNumber', () => {
  it('dials in priority order (higher first, ties in list order), circulating', () => {
    assert.deepEqual(seq(numbers, 9), ['high', 'mid-a', 'mid-b', 'low', 'high', 'mid-a', 'mid-b', 'low', 'high']);
  });

  it('returns the index into the original list', () => {
    assert.deepEqual(pickNumber(numbers, 0), { index: 1, number: 'high' });
    assert.deepEqual(pickNumber(numbers, 3), { index: 0, number: 'low' });
  });

  it('skips stopped numbers', () => {
    const some = numbers.map((n) => (n.number === 'mid-a' ? { ...n, stopped: true } : n));
    assert.deepEqual(seq(some, 4), ['high', 'mid-b', 'low', 'high']);
    assert.deepEqual(pickNumber(some, 1), { index: 3, number: 'mid-b' });
  });

  it('skips DNC numbers and dials the others', () => {
    const some = numbers.map((n) => (n.number === 'high' ? { ...n, dnc: true } : n));
    assert.deepEqual(seq(some, 4), ['mid-a', 'mid-b', 'low', 'mid-a']);
    assert.equal(pickNumber([{ number: 'a', priority: 0, dnc: true }], 0), null);
  });

  it('calls a recipient DNC only when every number is', () => {
    assert.equal(allNumbersDnc([]), false);
    assert.equal(allNumbersDnc([{ number: 'a', priority: 0, dnc: true }]), true);
    assert.equal(
      allNumbersDnc([
        { number: 'a', priority: 0, dnc: true },
        { number: 'b', priority: 0 },
      ]),
      false,
    );
    assert.equal(
      allNumbersDnc([
        { number: 'a', priority: 0, dnc: true },
        { number: 'b', priority: 0, stopped: true },
      ]),
      false,
    );
  });

  it('returns null when nothing is left to dial', () => {
    assert.equal(pickNumber([], 0), null);
    assert.equal(
      pickNumber(
        numbers.map((n) => ({ ...n, stopped: true })),
        2,
      ),
      null,
    );
  });

  it('a single number is dialed every time', () => {
    assert.deepEqual(seq([{ number: 'only', priority: 0 }], 3), ['only', 'only', 'only']);
  });

  it('treats negative or fractional cursors sanely', () => {
    assert.equal(pickNumber(numbers, -3)?.number, 'high');
    assert.equal(pickNumber(numbers, 1.7)?.number, 'mid-a');
    assert.equal(pickNumber(numbers, Number.NaN)?.number, 'high');
  });

  it('does not reorder the caller array', () => {
    const copy = numbers.map((n) => ({ ...n }));
    pickNumber(copy, 2);
    assert.deepEqual(copy, numbers);
  });
});
