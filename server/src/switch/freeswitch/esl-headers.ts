/** An ESL event's headers as plain strings; `_body` holds the body as in the JSON format. */
export type EslHeaders = Readonly<Record<string, string>>;

/** Event time from `Event-Date-Timestamp` (microseconds), falling back to now. */
export function eventTime(h: EslHeaders): Date {
  const us = Number(h['Event-Date-Timestamp']);
  return Number.isFinite(us) && us > 0 ? new Date(Math.floor(us / 1000)) : new Date();
}

/** A `*_epoch` variable (seconds, "0" = never) as a Date. */
export function epochVar(h: EslHeaders, name: string): Date | undefined {
  const s = Number(h[name]);
  return Number.isFinite(s) && s > 0 ? new Date(s * 1000) : undefined;
}

/**
 * A channel time: `<name>_uepoch` (microseconds) when the switch sent it, else `<name>_epoch`
 * (whole seconds, so an end could read ~1 s before its start). `name` is e.g. `variable_answer`.
 */
export function channelTime(h: EslHeaders, name: string): Date | undefined {
  const us = Number(h[`${name}_uepoch`]);
  if (Number.isFinite(us) && us > 0) return new Date(Math.floor(us / 1000));
  return epochVar(h, `${name}_epoch`);
}

export function intVar(h: EslHeaders, name: string): number | undefined {
  const v = h[name];
  if (v === undefined || v === '') return undefined;
  const n = Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}
