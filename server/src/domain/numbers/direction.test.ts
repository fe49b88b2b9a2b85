import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_INTERNAL_PATTERN, classifyDirection, internalPatternSchema, isValidPattern, patternProblem } from './direction';

describe('classifyDirection', () => {
  it('uses the default pattern of 3-5 digit extensions', () => {
    assert.equal(classifyDirection('1001'), 'internal');
    assert.equal(classifyDirection('123'), 'internal');
    assert.equal(classifyDirection('12345'), 'internal');
    assert.equal(classifyDirection('12'), 'external');
    assert.equal(classifyDirection('123456'), 'external');
    assert.equal(classifyDirection('+12125550199'), 'external');
    assert.equal(classifyDirection(' 1001 '), 'internal');
  });

  it('takes a custom pattern as string or RegExp', () => {
    assert.equal(classifyDirection('+4930123456', '^\\+4930'), 'internal');
    assert.equal(classifyDirection('+4989123456', '^\\+4930'), 'external');
    assert.equal(classifyDirection('ext-7', '^ext-'), 'internal');
  });

  it('runs patterns in linear time: ^(a+)+$ on a long non-matching input returns (a backtracking engine would not)', () => {
    // 2^60 backtracking steps on JavaScript's RegExp; RE2 walks the input once.
    assert.equal(classifyDirection(`${'a'.repeat(60)}!`, '^(a+)+$'), 'external');
    assert.equal(classifyDirection('aaaa', '^(a+)+$'), 'internal');
  });

  it('a stored pattern RE2 cannot read matches nothing instead of throwing in the planner', () => {
    assert.equal(classifyDirection('1001', '^(\\d)\\1'), 'external');
  });
});

describe('internal pattern validation', () => {
  it('accepts valid patterns and defaults', () => {
    assert.equal(internalPatternSchema.parse(undefined), DEFAULT_INTERNAL_PATTERN);
    assert.equal(internalPatternSchema.parse('^9\\d{3}$'), '^9\\d{3}$');
    assert.equal(isValidPattern('^(a|b)$'), true);
  });

  it('rejects broken or empty patterns', () => {
    assert.equal(internalPatternSchema.safeParse('^(').success, false);
    assert.equal(internalPatternSchema.safeParse('').success, false);
    assert.equal(isValidPattern('['), false);
    // Backreferences and lookaround need backtracking: refused, with the reason.
    assert.equal(isValidPattern('^(\\d)\\1$'), false);
    assert.match(patternProblem('^(?=1)\\d+$') ?? '', /RE2/);
  });
});
