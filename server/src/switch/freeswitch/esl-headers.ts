/** An ESL event's headers as plain strings; `_body` holds the body as in the JSON format. */
export type EslHeaders = Readonly<Record<string, string>>;

/** Event time from `Event-Date-Timestamp` (microseconds), falling back to now. */
export function eventTime(h: EslHeaders): Date {
  const us = Number(h['Event-Date-Timestamp']);
  return Number.isFinite(us) && us > 0 ? new Date(Math.floor(us / 1000)) : new Date();
}

/**
 * A time variable as a Date: `<name>_uepoch` (microseconds) when the switch sent it, else
 * `<name>_epoch` (whole seconds, which can put an answer before its ringing); "0" = never.
 */
export function epochVar(h: EslHeaders, name: string): Date | undefined {
  const us = Number(h[`${name}_uepoch`]);
  if (Number.isFinite(us) && us > 0) return new Date(Math.floor(us / 1000));
  const s = Number(h[`${name}_epoch`]);
  return Number.isFinite(s) && s > 0 ? new Date(s * 1000) : undefined;
}

export function intVar(h: EslHeaders, name: string): number | undefined {
  const v = h[name];
  if (v === undefined || v === '') return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
