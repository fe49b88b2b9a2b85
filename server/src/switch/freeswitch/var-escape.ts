/**
 * Escapes a channel variable's value for the `{k=v,…}` prefix of `originate`, so FreeSWITCH
 * reads back exactly the text Pacer sent. The value is unescaped three times on the way in
 * (switch_utils.c, FreeSWITCH 1.10): the originate API splits its arguments on spaces
 * (`switch_separate_string(cmd, ' ')`), `switch_event_create_brackets` splits the block on
 * commas, then each pair on `=`; each split unescapes `\\`, `\'`, `\"`, its own delimiter and
 * `\n \r \t \s`, and takes an unescaped quote as a quote. So a backslash is sent as eight, a
 * quote behind six backslashes, a comma as `\,` (only the comma split reads it) and a space as
 * `\s` (the space split makes it a space). Braces cannot be escaped at all (the block ends at
 * the matching `}` whatever precedes it): callers keep them out (channel-variables.ts,
 * recipient-variables.ts).
 */
export function escapeVarValue(v: string): string {
  let out = '';
  for (const c of v) {
    if (c === '\\') out += '\\\\\\\\\\\\\\\\';
    else if (c === "'") out += "\\\\\\\\\\\\\\'";
    else if (c === ',') out += '\\,';
    else if (c === ' ') out += '\\s';
    else out += c;
  }
  return out;
}
