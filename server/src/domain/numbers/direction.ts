import { RE2JS } from 're2js';
import { z } from 'zod';

/** Internal and external calls have separate concurrency limits (Kalliope). */
export type CallDirection = 'internal' | 'external';

/** Extensions of three to five digits are internal unless configured otherwise. */
export const DEFAULT_INTERNAL_PATTERN = '^\\d{3,5}$';

/**
 * The tenant's internal-number pattern runs on RE2 (re2js), never on JavaScript's RegExp: RE2
 * matches in time linear in the input, so a pattern like `^(a+)+$` cannot stall the planner,
 * which classifies every candidate on every tick. RE2 has no backreferences or lookaround;
 * such patterns are refused at input ({@link patternProblem}).
 */
type Matcher = RE2JS | null;

const MAX_PATTERN = 200;
const cache = new Map<string, Matcher>();

/** Compiles once per pattern; a stored pattern RE2 cannot read (saved before this rule) matches nothing. */
function compile(pattern: string): Matcher {
  const hit = cache.get(pattern);
  if (hit !== undefined) return hit;
  let re: Matcher = null;
  try {
    re = RE2JS.compile(pattern);
  } catch {
    re = null;
  }
  if (cache.size > 100) cache.clear();
  cache.set(pattern, re);
  return re;
}

/** Why this text cannot be an internal-number pattern, or undefined when it can. */
export function patternProblem(pattern: string): string | undefined {
  if (pattern.length === 0 || pattern.length > MAX_PATTERN) return `must be 1 to ${MAX_PATTERN} characters`;
  try {
    RE2JS.compile(pattern);
    return undefined;
  } catch (err) {
    return `is not a regular expression RE2 accepts (no backreferences or lookaround): ${(err as Error).message}`;
  }
}

/** True when the string is a usable (RE2) regular expression; for settings validation. */
export function isValidPattern(pattern: string): boolean {
  return patternProblem(pattern) === undefined;
}

/** Settings input for the internal-number pattern. */
export const internalPatternSchema = z.string().refine(isValidPattern, 'not a valid regular expression').default(DEFAULT_INTERNAL_PATTERN);

/**
 * Internal when the number as dialed matches the tenant's internal pattern (e.g. an
 * extension) anywhere, as RegExp.test would; external otherwise.
 */
export function classifyDirection(number: string, internalPattern: string = DEFAULT_INTERNAL_PATTERN): CallDirection {
  const re = compile(internalPattern);
  return re !== null && re.matcher(number.trim()).find() ? 'internal' : 'external';
}
