/** A parsed `originate` argument string: `{k=v,…}endpoint &app(arg)` or `… extension`. */
export interface OriginateArgs {
  vars: Map<string, string>;
  endpoint: string;
  destination: string;
}

/**
 * Parses the `{vars}` prefix the way FreeSWITCH does: commas separate pairs unless escaped
 * (`\,`) or inside single quotes.
 */
export function parseOriginateArgs(arg: string): OriginateArgs {
  let rest = arg.trim();
  const vars = new Map<string, string>();
  if (rest.startsWith('{')) {
    const close = findClose(rest);
    if (close < 0) throw new Error('unterminated {variables}');
    for (const pair of splitVars(rest.slice(1, close))) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      vars.set(pair.slice(0, eq).trim(), unquote(pair.slice(eq + 1)));
    }
    rest = rest.slice(close + 1);
  }
  const sp = rest.search(/\s/);
  const endpoint = sp < 0 ? rest : rest.slice(0, sp);
  const destination = sp < 0 ? '' : rest.slice(sp).trim();
  if (!endpoint) throw new Error('missing endpoint');
  return { vars, endpoint, destination };
}

function findClose(s: string): number {
  let quoted = false;
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === "'") quoted = !quoted;
    else if (c === '}' && !quoted) return i;
  }
  return -1;
}

function splitVars(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && i + 1 < s.length) {
      cur += s[++i];
    } else if (c === "'") {
      quoted = !quoted;
      cur += c;
    } else if (c === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  if (cur) out.push(cur);
  return out;
}

function unquote(v: string): string {
  const t = v.trim();
  return t.length >= 2 && t.startsWith("'") && t.endsWith("'") ? t.slice(1, -1) : t;
}
