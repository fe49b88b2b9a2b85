import type { EventHeaders } from './frame-writer';

/** The switch identity stamped on every event, like `Core-UUID` in the captures. */
export interface SwitchIdentity {
  coreUuid: string;
  hostname: string;
  ipv4: string;
}

/** The leg facts event headers are built from. Epochs are simulated milliseconds (0 = never). */
export interface LegInfo {
  uuid: string;
  originationUuid?: string;
  channelName: string;
  direction: 'outbound' | 'inbound';
  callerIdNumber: string;
  callerIdName: string;
  destination: string;
  vars: Map<string, string>;
  createdMs: number;
  progressMs: number;
  answeredMs: number;
  endpointKind: string;
}

let sequence = 1000;

/** Headers every event has, in the order and spelling FreeSWITCH 1.10 uses. */
export function baseHeaders(id: SwitchIdentity, name: string, nowMs: number, callingFile: string): EventHeaders {
  const d = new Date(nowMs);
  return {
    'Event-Name': name,
    'Core-UUID': id.coreUuid,
    'FreeSWITCH-Hostname': id.hostname,
    'FreeSWITCH-Switchname': id.hostname,
    'FreeSWITCH-IPv4': id.ipv4,
    'Event-Date-Local': d.toISOString().slice(0, 19).replace('T', ' '),
    'Event-Date-GMT': d.toUTCString(),
    'Event-Date-Timestamp': String(Math.round(nowMs * 1000)),
    'Event-Calling-File': callingFile,
    'Event-Calling-Function': 'simulator',
    'Event-Calling-Line-Number': '1',
    'Event-Sequence': String(++sequence),
  };
}

/** Channel headers for a CHANNEL_* event on one leg. */
export function channelHeaders(
  id: SwitchIdentity,
  name: string,
  leg: LegInfo,
  nowMs: number,
  state: { channelState: string; callState: string; answerState: string },
): EventHeaders {
  const h = baseHeaders(id, name, nowMs, 'switch_channel.c');
  h['Channel-State'] = state.channelState;
  h['Channel-Call-State'] = state.callState;
  h['Channel-Name'] = leg.channelName;
  h['Unique-ID'] = leg.uuid;
  h['Call-Direction'] = leg.direction;
  h['Answer-State'] = state.answerState;
  h['Caller-Direction'] = leg.direction;
  h['Caller-Caller-ID-Name'] = leg.callerIdName;
  h['Caller-Caller-ID-Number'] = leg.callerIdNumber;
  h['Caller-Destination-Number'] = leg.destination;
  h['Caller-Unique-ID'] = leg.uuid;
  h['Caller-Channel-Name'] = leg.channelName;
  h['Caller-Channel-Created-Time'] = String(leg.createdMs * 1000);
  h['Caller-Channel-Answered-Time'] = String(leg.answeredMs * 1000);
  h['Caller-Channel-Progress-Time'] = String(leg.progressMs * 1000);
  h.variable_direction = leg.direction;
  h.variable_uuid = leg.uuid;
  h.variable_channel_name = leg.channelName;
  if (leg.originationUuid) h.variable_origination_uuid = leg.originationUuid;
  h.variable_originate_endpoint = leg.endpointKind;
  for (const [k, v] of leg.vars) if (k !== 'origination_uuid') h[`variable_${k}`] = v;
  return h;
}

/** The billing and cause variables CHANNEL_HANGUP_COMPLETE carries (NOTES.md item 6). */
export function hangupVariables(leg: LegInfo, cause: string, q850: number, endMs: number, sipStatus?: number): EventHeaders {
  const sec = (ms: number) => String(Math.floor(ms / 1000));
  const usec = (ms: number) => String(Math.round(ms * 1000));
  const billMs = leg.answeredMs > 0 ? endMs - leg.answeredMs : 0;
  const h: EventHeaders = {
    'Hangup-Cause': cause,
    variable_hangup_cause: cause,
    variable_hangup_cause_q850: String(q850),
    variable_start_epoch: sec(leg.createdMs),
    variable_progress_epoch: leg.progressMs > 0 ? sec(leg.progressMs) : '0',
    variable_answer_epoch: leg.answeredMs > 0 ? sec(leg.answeredMs) : '0',
    variable_end_epoch: sec(endMs),
    // The real switch also sends each time in microseconds (*_uepoch), which Pacer reads first.
    variable_start_uepoch: usec(leg.createdMs),
    variable_progress_uepoch: leg.progressMs > 0 ? usec(leg.progressMs) : '0',
    variable_answer_uepoch: leg.answeredMs > 0 ? usec(leg.answeredMs) : '0',
    variable_end_uepoch: usec(endMs),
    variable_duration: sec(endMs - leg.createdMs),
    variable_billsec: sec(billMs),
    variable_billmsec: String(Math.round(billMs)),
    variable_answersec: leg.answeredMs > 0 ? sec(leg.answeredMs - leg.createdMs) : '0',
    variable_progresssec: '0',
  };
  if (sipStatus !== undefined) h.variable_sip_term_status = String(sipStatus);
  return h;
}

/** A frame without the channel's variables (DTMF on the real switch carries none). */
export function withoutVariables(h: EventHeaders): EventHeaders {
  return Object.fromEntries(Object.entries(h).filter(([k]) => !k.startsWith('variable_')));
}
