import { z } from 'zod';

/** Internal and external calls have separate concurrency limits (Kalliope). */
export type CallDirection = 'internal' | 'external';

/** Extensions of three to five digits are internal unless configured otherwise. */
export const DEFAULT_INTERNAL_PATTERN = '^\\d{3,5}$';

const cache = new Map<string, RegExp>();

/** Compiles once per pattern; the planner classifies every candidate on every tick. */
function compile(pattern: string): RegExp {
  const hit = cache.get(pattern);
  if (hit) return hit;
  const re = new RegExp(pattern);
  if (cache.size > 100) cache.clear();
  cache.set(pattern, re);
  return re;
}

/** True when the string is a usable regular expression; for settings validation. */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** Settings input for the internal-number pattern. */
export const internalPatternSchema = z
  .string()
  .min(1)
  .max(200)
  .refine(isValidPattern, 'not a valid regular expression')
  .default(DEFAULT_INTERNAL_PATTERN);

/**
 * Internal when the number as dialed matches the tenant's internal pattern (e.g. an
 * extension), external otherwise. A pattern is a string (as stored in settings) or a RegExp;
 * stateful flags (g, y) are ignored so repeated calls agree.
 */
export function classifyDirection(number: string, internalPattern: string | RegExp = DEFAULT_INTERNAL_PATTERN): CallDirection {
  const re =
    typeof internalPattern === 'string'
      ? compile(internalPattern)
      : new RegExp(internalPattern.source, internalPattern.flags.replace(/[gy]/g, ''));
  return re.test(number.trim()) ? 'internal' : 'external';
}
