import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { NAMED_OUTCOMES, type CallScript, type OutcomeName } from './outcome';

/** A rule picks the script for numbers it matches; the first matching rule wins. */
export interface OutcomeRule {
  /** Exact number, a RegExp, or `*1234` meaning "ends with 1234". */
  match: string | RegExp;
  outcome: OutcomeName | (Partial<CallScript> & { base?: OutcomeName });
}

/** The load mix for numbers no rule matches. Rates are fractions of all calls. */
export interface RandomMix {
  answerRate: number;
  busyRate: number;
  noAnswerRate: number;
  /** Share of answered calls that are machines. */
  machineRate: number;
  ringSec: { min: number; max: number };
  talkSec: { min: number; max: number };
}

export const DEFAULT_MIX: RandomMix = {
  answerRate: 0.6,
  busyRate: 0.1,
  noAnswerRate: 0.2,
  machineRate: 0.1,
  ringSec: { min: 1, max: 8 },
  talkSec: { min: 5, max: 60 },
};

/**
 * Fixed test numbers: a number whose last four digits are `00NN` gets outcome NN, so demos and
 * tests can dial known outcomes without configuring anything (e.g. +1555010 0001 is busy).
 */
export const DIGIT_CONVENTION: Record<string, OutcomeName> = {
  '00': 'answer',
  '01': 'busy',
  '02': 'no-answer',
  '03': 'congestion',
  '04': 'unallocated',
  '05': 'rejected',
  '06': 'machine',
  '07': 'fax',
  '08': 'press-1',
  '09': 'press-9',
  '10': 'no-route',
  '11': 'callee-hangs-up',
  '12': 'callee-hangs-up-late',
};

/** Chooses a CallScript per dialled number: rules first, then the digit convention, then the seeded mix. */
export class OutcomeModel {
  private rules: OutcomeRule[] = [];
  private mix: RandomMix = DEFAULT_MIX;
  private rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  setRules(rules: OutcomeRule[]): void {
    this.rules = [...rules];
  }

  addRule(rule: OutcomeRule): void {
    this.rules.unshift(rule);
  }

  setMix(mix: Partial<RandomMix>): void {
    this.mix = { ...this.mix, ...mix };
  }

  reseed(seed: number): void {
    this.rng = xoroshiro128plus(seed);
  }

  scriptFor(number: string): CallScript {
    for (const r of this.rules) if (matches(r.match, number)) return resolve(r.outcome);
    const m = /00(\d\d)$/.exec(number);
    const conv = m ? DIGIT_CONVENTION[m[1]] : undefined;
    if (conv) return { ...NAMED_OUTCOMES[conv] };
    return this.randomScript();
  }

  private randomScript(): CallScript {
    const { answerRate, busyRate, noAnswerRate, machineRate, ringSec, talkSec } = this.mix;
    const ring = this.between(ringSec.min, ringSec.max);
    const p = this.next();
    if (p < answerRate) {
      const machine = this.next() < machineRate;
      return { ringSec: ring, amd: machine ? 'machine' : 'human', talkSec: this.between(talkSec.min, talkSec.max) };
    }
    if (p < answerRate + busyRate) return { ringSec: ring, failCause: 'USER_BUSY' };
    if (p < answerRate + busyRate + noAnswerRate) return { ringSec: 0, failCause: 'NO_ANSWER' };
    return { ringSec: 0, failCause: 'NORMAL_CIRCUIT_CONGESTION' };
  }

  private next(): number {
    return uniformFloat64(this.rng);
  }

  private between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }
}

function matches(m: string | RegExp, number: string): boolean {
  if (m instanceof RegExp) return m.test(number);
  if (m.startsWith('*')) return number.endsWith(m.slice(1));
  return m === number;
}

function resolve(o: OutcomeRule['outcome']): CallScript {
  if (typeof o === 'string') return { ...NAMED_OUTCOMES[o] };
  const { base, ...rest } = o;
  return { ...NAMED_OUTCOMES[base ?? 'answer'], ...rest };
}
