/**
 * Builds frames the way FreeSWITCH 1.10 writes them (see shared/fixtures/freeswitch-esl):
 * header lines, a blank line, then exactly Content-Length bytes of body.
 */
export type EventHeaders = Record<string, string>;

export function authRequest(): string {
  return 'Content-Type: auth/request\n\n';
}

export function commandReply(replyText: string, extra: Record<string, string> = {}): string {
  let s = `Content-Type: command/reply\nReply-Text: ${replyText}\n`;
  for (const [k, v] of Object.entries(extra)) s += `${k}: ${v}\n`;
  return s + '\n';
}

export function apiResponse(body: string): string {
  return `Content-Type: api/response\nContent-Length: ${Buffer.byteLength(body)}\n\n${body}`;
}

export function disconnectNotice(text: string): string {
  return `Content-Type: text/disconnect-notice\nContent-Length: ${Buffer.byteLength(text)}\n\n${text}`;
}

/** JSON events carry any body as `_body`, with its length as a string header, like the capture. */
export function eventJson(headers: EventHeaders, body?: string): string {
  const obj: Record<string, string> = { ...headers };
  if (body !== undefined) {
    obj['Content-Length'] = String(Buffer.byteLength(body));
    obj._body = body;
  }
  const payload = JSON.stringify(obj);
  // Content-Length before Content-Type, as the real switch sends event frames.
  return `Content-Length: ${Buffer.byteLength(payload)}\nContent-Type: text/event-json\n\n${payload}`;
}

/** Plain events URL-encode each header value; a body follows its own Content-Length. */
export function eventPlain(headers: EventHeaders, body?: string): string {
  let payload = '';
  for (const [k, v] of Object.entries(headers)) payload += `${k}: ${encodeURIComponent(v)}\n`;
  if (body !== undefined) payload += `Content-Length: ${Buffer.byteLength(body)}\n\n${body}`;
  else payload += '\n';
  return `Content-Length: ${Buffer.byteLength(payload)}\nContent-Type: text/event-plain\n\n${payload}`;
}
