import { validate, ValidationError, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { badInput } from '../errors/app-error';

/**
 * type-graphql's argument validation, plus one rule for every string of every argument:
 * no control characters other than tab and line breaks. A NUL byte otherwise reaches
 * PostgreSQL and fails as a masked internal error, and the other controls have no business
 * in names, numbers or settings. One-line fields (names, anything sent to the switch) refuse
 * tabs and line breaks too, through their own decorators (common/text-rules.ts).
 *
 * The scan covers scalar arguments and JSON values, which class-validator never sees, and
 * names the field by its path in the arguments (`recipients[2].variables.note`).
 */

// C0 controls except \t \n \r, DEL and C1 controls.
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const MESSAGE = 'must not contain control characters (only tabs and line breaks, where a text may have several lines)';
const MAX_DEPTH = 32;

/** The path of the first string (value or object key) holding a forbidden character, if any. */
export function findControlCharacter(value: unknown, path: string, depth = 0): string | undefined {
  if (typeof value === 'string') return FORBIDDEN.test(value) ? path : undefined;
  if (value === null || typeof value !== 'object' || value instanceof Date || depth > MAX_DEPTH) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findControlCharacter(value[i], `${path}[${i}]`, depth + 1);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const at = path ? `${path}.${key}` : key;
    if (FORBIDDEN.test(key)) return at;
    const hit = findControlCharacter(item, at, depth + 1);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

// Each argument of a field is validated separately; the scan covers all of them once.
const scanned = new WeakSet<object>();

const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object';

export const validateArgs: ValidatorFn = async (argValue, _argType, { args }) => {
  if (!scanned.has(args)) {
    scanned.add(args);
    for (const [name, value] of Object.entries(args)) {
      // Fields of an `input` argument are named as class-validator names them (`channelVariables[0].value`).
      const at = findControlCharacter(value, name === 'input' ? '' : name);
      if (at !== undefined) throw badInput(at || name, MESSAGE);
    }
  }
  // What type-graphql does itself when given no validateFn (resolvers/validate-arg.js).
  if (!isObject(argValue)) return;
  if (!Array.isArray(argValue)) {
    const errors = await validate(argValue, OPTIONS);
    if (errors.length > 0) throw new ArgumentValidationError(errors);
    return;
  }
  const items = await Promise.all(argValue.map((item) => (isObject(item) ? validate(item, OPTIONS) : [])));
  const children = items.flatMap((errors, i) => (errors.length > 0 ? [nest(String(i), errors)] : []));
  if (children.length === 0) return;
  // A list argument's errors are named from the argument down (`recipients[2].communications[0].number`),
  // as the commands name theirs; the argument is the one list of that length.
  const lists = Object.entries(args).filter(([, v]) => Array.isArray(v) && v.length === argValue.length);
  throw new ArgumentValidationError(lists.length === 1 ? [nest(lists[0]![0], children)] : children);
};

function nest(property: string, children: ValidationError[]): ValidationError {
  return Object.assign(new ValidationError(), { property, children, constraints: {} });
}
