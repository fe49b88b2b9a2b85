import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { MEMBER_DATE_HINT, memberDate } from '../../commands/recipient/member-values';

function parse(v: unknown): Date | null {
  const d = memberDate(v);
  if (d === null) throw new GraphQLError(`${JSON.stringify(v)} ${MEMBER_DATE_HINT} (or "" for none)`);
  return d ?? null;
}

/**
 * A recipient's date as Webitel's member body and our file import write it: ISO 8601, a Unix
 * timestamp in seconds, or "" for none. Lets addRecipients take every body a file may hold.
 */
export const RecipientDateScalar = new GraphQLScalarType<Date | null, string>({
  name: 'RecipientDate',
  description: 'An ISO 8601 date-time, a Unix timestamp in seconds, or "" for none (as in a JSON import file)',
  serialize: (v) => {
    if (!(v instanceof Date)) throw new GraphQLError('RecipientDate serialises Date values only');
    return v.toISOString();
  },
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parse(Number(ast.value));
    if (ast.kind === Kind.NULL) return null;
    throw new GraphQLError(`RecipientDate takes a string or a number; ${MEMBER_DATE_HINT}`);
  },
});
