import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { patternProblem } from '../../domain/numbers/direction';
import { isSupportedRegion } from '../../domain/numbers/phone-normalize';
import { CONTROL_CHARACTERS } from '../../domain/telephony/switch-text';

/**
 * class-validator decorators for the rules every input shares, so each field states its rule
 * in one word and the error names the field (format-error.ts turns them into BAD_USER_INPUT
 * with `field`). The rules themselves live in domain/, where the commands and the switch
 * adapter use them too.
 */

type Problem = (value: string) => string | undefined;

function describe(args: ValidationArguments | undefined, problem: Problem): string {
  const value: unknown = args?.value;
  return `${args?.property ?? 'value'} ${typeof value === 'string' ? (problem(value) ?? 'is not valid') : 'must be a string'}`;
}

/** The text must pass a domain check (`dialStringProblem`, `queueNameProblem`…); its reason is the message. */
export function Satisfies(problem: Problem, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: `satisfies:${problem.name || 'rule'}`,
      validator: {
        validate: (value: unknown) => typeof value === 'string' && problem(value) === undefined,
        defaultMessage: (args) => describe(args, problem),
      },
    },
    options,
  );
}

function nameProblem(max: number): Problem {
  return (v) => {
    const t = v.trim();
    if (t === '') return 'must not be empty or only spaces';
    if (t.length > max) return `must be at most ${max} characters`;
    if (CONTROL_CHARACTERS.test(t)) return 'must not contain control characters (tabs, newlines…)';
    return undefined;
  };
}

/**
 * A name: one line, not blank, at most `max` characters once trimmed. It is stored trimmed:
 * this validator writes the trimmed text back on the input it checked, which is the very
 * object type-graphql hands the resolver, so no command has to remember to trim.
 */
export function IsName(max: number, options?: ValidationOptions): PropertyDecorator {
  const problem = nameProblem(max);
  return ValidateBy(
    {
      name: 'isName',
      validator: {
        validate(value: unknown, args?: ValidationArguments): boolean {
          if (typeof value !== 'string' || problem(value) !== undefined) return false;
          if (args) (args.object as Record<string, unknown>)[args.property] = value.trim();
          return true;
        },
        defaultMessage: (args) => describe(args, problem),
      },
    },
    options,
  );
}

/** Any one-line text (no control characters at all). */
export const singleLineProblem: Problem = (v) =>
  CONTROL_CHARACTERS.test(v) ? 'must not contain control characters (tabs, newlines…)' : undefined;

/** An ISO 3166 region libphonenumber can read numbers in (`US`, `DE`; not `ZZ`). */
export const regionProblem: Problem = (v) =>
  /^[A-Z]{2}$/.test(v) && isSupportedRegion(v)
    ? undefined
    : `must be a two-letter region libphonenumber knows, like US or DE (${JSON.stringify(v)} is not)`;

export function IsRegion(options?: ValidationOptions): PropertyDecorator {
  return Satisfies(regionProblem, options);
}

/** A regular expression RE2 accepts: matched in linear time, so no pattern can stall the dialer. */
export function IsLinearRegExp(options?: ValidationOptions): PropertyDecorator {
  return Satisfies(patternProblem, options);
}
