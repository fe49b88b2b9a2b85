import { findEndParen, firstBlankArg, separateChar } from './fs-separate';

/** A parsed `originate` argument string: `{k=v,…}endpoint &app(arg)` or `… extension`. */
export interface OriginateArgs {
  vars: Map<string, string>;
  endpoint: string;
  destination: string;
}

/**
 * Parses the argument as FreeSWITCH does (fs-separate.ts): the API splits it on spaces, then
 * each `{…}` block is split on commas and each pair on its first `=`, unescaping at each step.
 */
export function parseOriginateArgs(arg: string): OriginateArgs {
  // FreeSWITCH splits the whole argument at every `:_:` (failover legs) before anything else.
  if (arg.includes(':_:')) throw new Error('CHAN_NOT_IMPLEMENTED (failover legs :_: are not simulated)');
  const { arg: first, rest: destination } = firstBlankArg(arg);
  let aleg = first;
  const vars = new Map<string, string>();
  while (aleg.startsWith('{')) {
    const close = findEndParen(aleg, '{', '}');
    if (close < 0) throw new Error('unterminated {variables}');
    for (const pair of separateChar(aleg.slice(1, close), ',')) {
      const [name, value] = separateChar(pair, '=', 2);
      if (name && value !== undefined) vars.set(name, value);
    }
    aleg = aleg.slice(close + 1);
  }
  const endpoint = aleg.trim();
  if (!endpoint) throw new Error('missing endpoint');
  return { vars, endpoint, destination };
}
