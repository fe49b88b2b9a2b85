/**
 * FreeSWITCH's argument splitting (switch_utils.c `switch_separate_string`, 1.10), ported so the
 * simulator reads an originate's variables exactly as the real switch does, escapes included:
 * a value Pacer escapes wrongly reaches the simulator wrongly too, and a test sees it.
 */

const ESC = '\\';
const UNESCAPED: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', s: ' ' };

/** `cleanup_separated_string`: strips quotes and escapes and the outer spaces. */
function cleanup(str: string, delim: string | null): string {
  let i = 0;
  while (str[i] === ' ') i++;
  let dest = '';
  let end = -1;
  let quoted = false;
  for (; i < str.length; i++) {
    const c = str[i];
    if (c === ESC && i + 1 < str.length) {
      const e = str[i + 1];
      if (e === "'" || e === '"' || (delim !== null && e === delim) || e === ESC || UNESCAPED[e] !== undefined) {
        i++;
        dest += UNESCAPED[e] ?? e;
        end = dest.length;
        continue;
      }
    }
    if (c === "'" && (quoted || str.indexOf("'", i + 1) >= 0)) {
      quoted = !quoted;
      if (quoted) end = dest.length;
    } else {
      dest += c;
      if (c !== ' ' || quoted) end = dest.length;
    }
  }
  return end >= 0 ? dest.slice(0, end) : dest;
}

/** `separate_string_char_delim`: at most `max` parts, the last one keeps the rest. */
export function separateChar(buf: string, delim: string, max = 1024): string[] {
  const parts: string[] = [];
  let start = 0;
  let quoted = false;
  let i = 0;
  while (i < buf.length && parts.length < max - 1) {
    const c = buf[i];
    if (c === ESC) i++;
    else if (c === "'" && (quoted || buf.indexOf("'", i + 1) >= 0)) quoted = !quoted;
    else if (c === delim && !quoted) {
      parts.push(buf.slice(start, i));
      start = i + 1;
    }
    i++;
  }
  if (start < buf.length || parts.length === 0) parts.push(buf.slice(start));
  return parts.map((p) => cleanup(p, delim));
}

/** The first space-separated argument (`separate_string_blank_delim`), cleaned, and the raw rest. */
export function firstBlankArg(buf: string): { arg: string; rest: string } {
  let i = 0;
  while (buf[i] === ' ') i++;
  const from = i;
  let quoted = false;
  for (; i < buf.length; i++) {
    const c = buf[i];
    if (c === ESC) i++;
    else if (c === "'") quoted = !quoted;
    else if (c === ' ' && !quoted) break;
  }
  return { arg: cleanup(buf.slice(from, i), null), rest: buf.slice(i).trim() };
}

/** `switch_find_end_paren`: the index of the brace closing the one at 0 (no quoting, no escapes). */
export function findEndParen(s: string, open: string, close: string): number {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    if (s[i] === open) depth++;
    else if (s[i] === close && --depth === 0) return i;
  }
  return -1;
}
