import type { CallEvent, MachineDetector } from './call-event';

export type { CallEvent, AmdResult, CallEventType, MachineDetector } from './call-event';
export { isTerminal } from './call-event';

/** Link state to the switch; `reconnecting` means a retry with backoff is scheduled or running. */
export type ConnectionState = 'connecting' | 'up' | 'down' | 'reconnecting' | 'closed';

/** A connection-state change; `reason` says why (socket error, auth failure…) when known. */
export interface ConnectionStateChange {
  state: ConnectionState;
  reason?: string;
  at: Date;
}

export interface OriginateRequest {
  /** Our call UUID, sent as `origination_uuid`; every event for this call carries it. */
  callId: string;
  /** The number to dial, substituted for `{number}` in `dialString`. */
  number: string;
  /** Dial-string template, e.g. `sofia/gateway/gw1/{number}` or `loopback/{number}/default`. */
  dialString: string;
  callerIdNumber?: string;
  callerIdName?: string;
  /** Seconds to ring before the switch gives up with NO_ANSWER. */
  ringTimeoutSec: number;
  /** Sent as `pacer_campaign`, so a leg on the switch says which campaign placed it. */
  campaignId?: string;
  /** Sent as `accountcode`: the billing code (the campaign's, else the tenant's). */
  accountcode?: string;
  /** The tenant's channel variables (values are escaped for the `{k=v}` syntax); names FreeSWITCH runs or Pacer sets are refused. */
  variables?: Record<string, string>;
  /** Sent as `pacer_recipient`: the recipient the call is for. */
  recipientId?: string;
  /** The recipient's fields, sent as `pacer_f_<name>` (domain/telephony/recipient-variables.ts makes them safe and bounds them). */
  recipientFields?: Record<string, string>;
  /**
   * Run the switch's machine detectors on answer (see `machineDetectors()`): mod_amd's verdict
   * arrives as an `amd` event, mod_avmd's voicemail beep as a `beep` event.
   */
  detectMachine?: boolean;
  /** Dialplan application run when answered; `park` by default so Pacer stays in control. */
  application?: string;
}

/**
 * Where to send a live call: an agent endpoint (`user/1001`), an extension in a dialplan
 * context, another live call (both are connected with uuid_bridge), or a mod_callcenter queue
 * (the call runs the `callcenter` app and waits there for the queue's next free agent).
 */
export type BridgeTarget =
  /**
   * `timeoutSec`: how long the endpoint may ring (the agent's call timeout) before the bridge fails;
   * `legId`: the uuid the endpoint's leg gets, so `hangup(legId)` cancels it while it rings.
   */
  | { endpoint: string; timeoutSec?: number; legId?: string }
  | { extension: string; context?: string }
  | { callId: string }
  | { queue: string };

/** Switch capacity as the switch reports it; Pacer must pace below these. */
export interface SwitchStatus {
  maxSessions: number;
  sessionsPerSecond: number;
  activeSessions: number;
  uptimeSeconds: number;
}

/** A call the switch still holds, for reconciliation after a restart. */
export interface LiveCall {
  callId: string;
  destination: string;
  state: string;
  createdAt: Date;
  callerIdNumber?: string;
}

/**
 * Errors the port rejects with: not connected, the switch said -ERR, or a timeout.
 * OUTCOME_UNKNOWN (originate only): the command was sent but its reply was lost with the link;
 * the call stays tracked and still ends with exactly one terminal event, so do not redial it.
 */
export class SwitchError extends Error {
  constructor(
    message: string,
    readonly code: 'NOT_CONNECTED' | 'REJECTED' | 'TIMEOUT' | 'CLOSED' | 'OUTCOME_UNKNOWN',
  ) {
    super(message);
    this.name = 'SwitchError';
  }
}

/**
 * Pacer's only view of the telephony switch. The production FreeSWITCH and the simulator are
 * both reached through this, so nothing above it knows which one it talks to.
 */
export interface SwitchPort {
  readonly connectionState: ConnectionState;
  /** Connects (and keeps reconnecting in the background); resolves once first up. */
  connect(): Promise<void>;
  /** Stops reconnecting and closes the link; safe to call twice. */
  close(): Promise<void>;
  /** Places a call; resolves when the switch has accepted the job (events follow). */
  originate(req: OriginateRequest): Promise<{ callId: string; jobId: string }>;
  /** Hangs up a call with a cause (NORMAL_CLEARING by default). */
  hangup(callId: string, cause?: string): Promise<void>;
  /** Bridges a live call to an endpoint by originating the endpoint and connecting both. */
  bridge(callId: string, target: BridgeTarget): Promise<void>;
  /** Transfers a live call to an endpoint or extension (the call leaves park). */
  transfer(callId: string, target: BridgeTarget): Promise<void>;
  /**
   * Plays a file (or a `app::arg` broadcast action) to the call. The switch queues it and
   * answers at once, so a file (bare path or `playback::`) resolves only when it has finished
   * playing (`playback-done`), the call ended, or after a safety timeout (10 minutes): callers
   * may hang up or go on right after it. Other actions resolve once queued. Rejects if refused.
   */
  broadcast(callId: string, pathOrAction: string): Promise<void>;
  /**
   * Collects DTMF on the call (optionally playing a prompt, awaited like `broadcast`); digits
   * arrive as `dtmf` events.
   */
  collectDtmf(callId: string, prompt?: string): Promise<void>;
  /**
   * Free agents of a mod_callcenter queue right now: its agents with status Available and
   * state Waiting (an unknown queue has none). Rejects with SwitchError (REJECTED on `-ERR`).
   */
  queueFreeAgents(queue: string): Promise<number>;
  /**
   * Whether an agent endpoint can ring now: a `user/` phone only while registered (`sofia_contact`
   * on FreeSWITCH), a well-formed `loopback/` endpoint always. Rejects with SwitchError when the
   * switch cannot be asked (not connected, timeout).
   */
  endpointRegistered(endpoint: string): Promise<boolean>;
  /**
   * Members of a mod_callcenter queue still waiting for an agent (state Waiting or Trying; an
   * unknown queue has none). Rejects with SwitchError (REJECTED on `-ERR`).
   */
  queueWaiting(queue: string): Promise<number>;
  /** Sends an SMS through the switch's `chat` API. */
  sendSms(msg: { from: string; to: string; body: string; proto?: string }): Promise<void>;
  status(): Promise<SwitchStatus>;
  /**
   * The machine detectors the switch had loaded at the last connect (`module_exists mod_amd`,
   * `module_exists mod_avmd`); undefined before the first connect.
   */
  machineDetectors(): readonly MachineDetector[] | undefined;
  liveCalls(): Promise<LiveCall[]>;
  /** Subscribe to call events; returns the unsubscribe function. */
  onEvent(listener: (e: CallEvent) => void): () => void;
  /** Subscribe to connection-state changes; returns the unsubscribe function. */
  onConnectionState(listener: (s: ConnectionStateChange) => void): () => void;
}
