/**
 * Rules for the user texts that end up in a FreeSWITCH command line: gateway dial strings,
 * dialed numbers, caller ID, queue names, transfer targets, sound files and agent endpoints.
 * An ESL command is one line split on spaces; inside it, `{…}` / `[…]` / `<…>` carry channel
 * variables, `,` `|` `:_:` add more legs or applications, `${…}` calls API commands when an
 * application runs, and `app::arg` makes uuid_broadcast run any application. Each rule below
 * is an allowlist that keeps all of those out, so it can be checked once at input (with the
 * field named) and again by the adapter right before sending.
 *
 * Each check returns why the text is refused, or undefined when it is fine.
 */

/** Every C0/C1 control character and DEL (tabs and newlines too): for one-line texts. */
export const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/;

type Check = (value: string) => string | undefined;

function allow(re: RegExp, max: number, what: string): Check {
  return (v) => {
    if (v.length === 0 || v.length > max) return `must be 1 to ${max} characters`;
    if (!re.test(v)) return `must be ${what}`;
    return undefined;
  };
}

/** The number a call goes to, as substituted for `{number}`: digits, letters for extensions, + * # . _ - */
export const DIALABLE_NUMBER = /^[A-Za-z0-9+*#._-]+$/;
export const dialableNumberProblem: Check = allow(
  DIALABLE_NUMBER,
  64,
  'digits, letters and + * # . _ - only (no spaces, commas or brackets)',
);

const DIAL_STRING = /^(?:[A-Za-z0-9_.@:/+#*=;%~-]|\{number\})+$/;

/** A dial-string template that is one endpoint with no variables (what the adapter insists on). */
export function dialStringSafetyProblem(v: string): string | undefined {
  const basic = allow(
    DIAL_STRING,
    500,
    'one endpoint such as sofia/gateway/gw1/{number}: letters, digits and _ . @ : / + # * = ; % ~ -, with {number} as the only braces',
  )(v);
  if (basic) return basic;
  if (v.includes(':_:')) return 'must be one endpoint (:_: would add a failover leg)';
  return undefined;
}

/** A gateway's dial string: safe, and with {number}, or every call would go to the same place. */
export function dialStringProblem(v: string): string | undefined {
  const unsafe = dialStringSafetyProblem(v);
  if (unsafe) return unsafe;
  if (!v.includes('{number}')) return 'must contain {number}, e.g. sofia/gateway/gw1/{number}';
  return undefined;
}

/** The name shown to the callee: one line, no braces (they would end the switch's variable list). */
export function callerIdNameProblem(v: string): string | undefined {
  if (v.length > 80) return 'must be at most 80 characters';
  if (CONTROL_CHARACTERS.test(v)) return 'must not contain control characters (tabs, newlines…)';
  if (/[{}]/.test(v)) return 'must not contain { or }';
  if (v.includes(':_:')) return 'must not contain :_: (the switch would dial what follows as another call)';
  return undefined;
}

export const CALLER_ID_NUMBER = /^\+?[0-9]{0,20}$/;
export const callerIdNumberProblem: Check = (v) => (CALLER_ID_NUMBER.test(v) ? undefined : 'must be digits, optionally starting with +');

/** A mod_callcenter queue (`sales@default`): one argument for callcenter_config and the inline dialplan. */
export const QUEUE_NAME = /^[\w.@+-]+$/;
export const queueNameProblem: Check = allow(QUEUE_NAME, 100, 'letters, digits and . _ - + @ only, e.g. sales@default');

/** An extension or IVR to transfer to: one uuid_transfer argument, not an option (`-both`). */
const EXTENSION = /^[A-Za-z0-9_.@+*#][A-Za-z0-9_.@+*#-]*$/;
export const extensionProblem: Check = allow(EXTENSION, 100, 'letters, digits and _ . @ + * # - only, not starting with -');

/** A sound file path or URL for playback; `::` would make uuid_broadcast run an application. */
const SOUND_FILE = /^[A-Za-z0-9_./:@%+~=?&!#-]+$/;
export function soundFileProblem(v: string): string | undefined {
  const basic = allow(SOUND_FILE, 500, 'a file path or URL without spaces, commas, quotes, $ or braces')(v);
  if (basic) return basic;
  if (v.includes('::')) return 'must be a file path or URL (app::arg would run an application)';
  return undefined;
}

/** A bare agent dial string (user/1001, sofia/internal/1001@host): no second leg or application. */
export const AGENT_ENDPOINT = /^[A-Za-z0-9_.@:/+-]+$/;
const bareAgentEndpoint: Check = allow(AGENT_ENDPOINT, 200, 'a bare dial string such as user/1001 (no spaces, braces or commas)');

/**
 * An agent endpoint the switch can reach: bare (above), and complete for the endpoints whose
 * parts FreeSWITCH fills in itself. Pacer bridges an agent from an inline dialplan
 * (`uuid_transfer … inline`), and a loopback leg without its own context and dialplan inherits
 * it: `loopback/1001/default` fails "Invalid Application" (DESTINATION_OUT_OF_ORDER) on
 * FreeSWITCH 1.10, `loopback/1001` lands in context default. So a loopback endpoint names all three.
 */
export function agentEndpointProblem(v: string): string | undefined {
  const bare = bareAgentEndpoint(v);
  if (bare) return bare;
  const [tech, ...rest] = v.split('/');
  const parts = rest.filter((p) => p.length > 0);
  if (tech === 'loopback' && (parts.length !== 3 || rest.length !== 3)) {
    const ext = parts[0] ?? '1001';
    return (
      `must name the extension, its context and dialplan, e.g. loopback/${ext}/default/XML: ` +
      'Pacer bridges from an inline dialplan, which a loopback leg without its own would inherit (the bridge fails "Invalid Application")'
    );
  }
  if (tech === 'user' && (parts.length !== 1 || rest.length !== 1)) return 'must name one user, e.g. user/1001 or user/1001@example.com';
  if (tech === 'sofia' && (rest.length < 2 || parts.length < 2))
    return 'must name the profile and the destination, e.g. sofia/internal/1001@10.0.0.5 or sofia/gateway/gw1/1001';
  return undefined;
}

/** A billing code sent as the `accountcode` channel variable (and in FreeSWITCH's CDRs): no spaces, commas or braces. */
export const accountcodeProblem: Check = allow(/^[A-Za-z0-9_.-]+$/, 64, 'letters, digits and _ . - only (no spaces, commas or braces)');
