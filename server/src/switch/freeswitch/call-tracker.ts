import { QUEUE_NOT_FOUND } from '../../domain/call/queue-outcome';
import type { AmdResult, CallEvent } from '../call-event';
import { channelTime, eventTime, intVar, type EslHeaders } from './esl-headers';

interface CallState {
  callId: string;
  jobId?: string;
  channelSeen: boolean;
  jobDone: boolean;
  ringing: boolean;
  answered: boolean;
  terminal: boolean;
  /** PLAYBACK_STOPs reported whose playback CHANNEL_EXECUTE_COMPLETE has not come yet. */
  stopsReported: number;
  beeped: boolean;
  grace?: NodeJS.Timeout;
}

const ENDED_MEMORY = 20_000;

/**
 * Turns raw ESL events into CallEvents for the calls Pacer placed (NOTES.md):
 * matches on `Unique-ID` only (so a loopback `-b` leg is ignored), accepts the job result and
 * the hangup in either order, and emits exactly one terminal event per call.
 */
export class CallTracker {
  private readonly calls = new Map<string, CallState>();
  private readonly jobs = new Map<string, string>();
  /** Calls already finished, so late or replayed events are not emitted twice. */
  private readonly ended = new Set<string>();

  constructor(
    private readonly emit: (e: CallEvent) => void,
    /** How long a failed job waits for a hangup before it is a channel-less failure. */
    private readonly graceMs: number,
  ) {}

  /** Registers an originate before it is sent, so its events are recognised. */
  expect(callId: string, jobId: string): void {
    this.calls.set(callId, newState(callId, jobId));
    this.jobs.set(jobId, callId);
  }

  /** The switch accepted the job. */
  accepted(callId: string, jobId: string): void {
    if (this.calls.has(callId)) this.emit({ type: 'originated', callId, jobId, at: new Date() });
  }

  /** The originate never reached the switch: forget it without events. */
  forget(callId: string): void {
    const s = this.calls.get(callId);
    if (!s) return;
    if (s.jobId) this.jobs.delete(s.jobId);
    if (s.grace) clearTimeout(s.grace);
    this.calls.delete(callId);
  }

  /** Calls placed and not yet finished. */
  openCallIds(): string[] {
    return [...this.calls.values()].filter((s) => !s.terminal).map((s) => s.callId);
  }

  /** After a reconnect: every open call the switch no longer has is reported lost. */
  reconcile(liveOnSwitch: ReadonlySet<string>): string[] {
    const lost: string[] = [];
    for (const s of [...this.calls.values()]) {
      if (s.terminal) continue;
      if (liveOnSwitch.has(s.callId)) {
        // Its job result may have been sent on the old link; do not wait for it to forget the call.
        s.jobDone = true;
        continue;
      }
      lost.push(s.callId);
      this.finish(s, { type: 'call-lost', callId: s.callId, reason: 'not-found-after-reconnect', at: new Date() });
      s.jobDone = true;
      this.cleanup(s);
    }
    return lost;
  }

  handle(h: EslHeaders): void {
    const name = h['Event-Name'];
    if (name === 'BACKGROUND_JOB') return this.onJob(h);
    const uuid = h['Unique-ID'];
    if (!uuid || this.ended.has(uuid)) return;
    let s = this.calls.get(uuid);
    if (!s) {
      // A call we placed before a restart: its own leg carries origination_uuid = Unique-ID.
      if (h.variable_origination_uuid !== uuid) return;
      s = newState(uuid, undefined);
      s.jobDone = true;
      this.calls.set(uuid, s);
    }
    if (s.terminal) return;
    const at = eventTime(h);
    const callId = s.callId;
    switch (name) {
      case 'CHANNEL_CREATE':
      case 'CHANNEL_ORIGINATE':
        s.channelSeen = true;
        return;
      case 'CHANNEL_PROGRESS':
      case 'CHANNEL_PROGRESS_MEDIA':
        s.channelSeen = true;
        if (s.ringing || s.answered) return;
        s.ringing = true;
        return this.emit({ type: 'ringing', callId, at });
      case 'CHANNEL_ANSWER':
        s.channelSeen = true;
        if (s.answered) return;
        s.answered = true;
        return this.emit({ type: 'answered', callId, at });
      case 'CHANNEL_BRIDGE':
        return this.emit({ type: 'bridged', callId, otherCallId: h['Other-Leg-Unique-ID'] ?? '', at });
      case 'DTMF':
        return this.emit({ type: 'dtmf', callId, digit: h['DTMF-Digit'] ?? '', at });
      case 'PLAYBACK_STOP':
        s.stopsReported++;
        return this.emit({
          type: 'playback-done',
          callId,
          file: h['Playback-File-Path'] ?? '',
          status: h['Playback-Status'] === 'break' ? 'break' : 'done',
          at,
        });
      case 'CHANNEL_EXECUTE':
        // Only the IVR's start matters: the call is in a menu from now on.
        if (h.Application === 'ivr') return this.emit({ type: 'ivr', callId, phase: 'started', at });
        return;
      case 'CHANNEL_EXECUTE_COMPLETE':
        return this.onExecuteComplete(s, h, at);
      case 'CUSTOM':
        // mod_avmd fires each beep twice (at once, then from the session's queue): report one.
        if (h['Event-Subclass'] !== 'avmd::beep' || s.beeped) return;
        s.beeped = true;
        return this.emit({ type: 'beep', callId, at });
      case 'CHANNEL_HANGUP_COMPLETE':
        s.channelSeen = true;
        this.finish(s, bLegRefused(h, s) ? { type: 'originate-failed', callId, cause: B_LEG_REFUSED, at } : hangupEvent(callId, h, at));
        return this.cleanup(s);
    }
  }

  /** Stops grace timers (the adapter is closing). */
  dispose(): void {
    for (const s of this.calls.values()) if (s.grace) clearTimeout(s.grace);
  }

  private onJob(h: EslHeaders): void {
    const jobId = h['Job-UUID'] ?? '';
    const callId = this.jobs.get(jobId);
    if (!callId) return;
    this.jobs.delete(jobId);
    const s = this.calls.get(callId);
    if (!s || s.jobDone) return;
    s.jobDone = true;
    const body = (h._body ?? '').trim();
    const ok = body.startsWith('+OK');
    const cause = ok ? undefined : body.replace(/^-ERR\s*/, '') || 'UNKNOWN';
    this.emit({ type: 'job-result', callId, jobId, ok, cause, at: eventTime(h) });
    if (ok || s.terminal) return this.cleanup(s);
    if (s.channelSeen) return; // the hangup will follow and carry the details
    // NOTES.md 2 and 3: no hangup may ever come, or it may still be on its way.
    s.grace = setTimeout(() => {
      s.grace = undefined;
      if (s.terminal) return;
      this.finish(s, { type: 'originate-failed', callId, cause: cause ?? 'UNKNOWN', at: new Date() });
      this.cleanup(s);
    }, this.graceMs);
    s.grace.unref();
  }

  private onExecuteComplete(s: CallState, h: EslHeaders, at: Date): void {
    const app = h.Application;
    // mod_amd's `amd` app sets amd_result and amd_cause, then returns (mod_avmd reports by event).
    if (app === 'amd') {
      const cause = h.variable_amd_cause;
      return this.emit({ type: 'amd', callId: s.callId, result: amdResult(h.variable_amd_result), ...(cause ? { cause } : {}), at });
    }
    // mod_callcenter sets cc_cause=cancel when the member leaves unanswered (answered: cc_cause=answered).
    if (app === 'callcenter' && h.variable_cc_cause === 'cancel') {
      return this.emit({ type: 'queue-left', callId: s.callId, reason: h.variable_cc_cancel_reason ?? 'NONE', at });
    }
    // "Queue %s not found": the app returns before it sets any cc_* variable (mod_callcenter.c).
    if (app === 'callcenter' && !h.variable_cc_cause && !h.variable_cc_queue_joined_epoch && !h['Hangup-Cause']) {
      return this.emit({ type: 'queue-left', callId: s.callId, reason: QUEUE_NOT_FOUND, at });
    }
    // A menu cut by the hangup also completes, but its event carries the Hangup-Cause: not finished.
    // Without ivr_menu_status the menu never ran (no such menu): nothing to report.
    if (app === 'ivr' && !h['Hangup-Cause'] && h.variable_ivr_menu_status) {
      return this.emit({ type: 'ivr', callId: s.callId, phase: 'finished', status: h.variable_ivr_menu_status, at });
    }
    // A file that never started (not found…) has no PLAYBACK_STOP; its execute-complete still ends it.
    if (app === 'playback') {
      if (s.stopsReported > 0) return void s.stopsReported--;
      return this.emit({ type: 'playback-done', callId: s.callId, file: h['Application-Data'] ?? '', status: 'failed', at });
    }
    if (app === 'bridge') {
      const cause = h.variable_originate_disposition ?? h.variable_bridge_hangup_cause;
      if (cause && cause !== 'SUCCESS' && cause !== 'NORMAL_CLEARING') {
        this.emit({ type: 'bridge-failed', callId: s.callId, cause, at });
      }
    }
  }

  private finish(s: CallState, e: CallEvent): void {
    s.terminal = true;
    if (s.grace) clearTimeout(s.grace);
    s.grace = undefined;
    this.emit(e);
  }

  /** Forgets a finished call once both its job and its hangup are in. */
  private cleanup(s: CallState): void {
    if (!s.terminal || !s.jobDone) return;
    this.calls.delete(s.callId);
    if (s.jobId) this.jobs.delete(s.jobId);
    this.ended.add(s.callId);
    if (this.ended.size > ENDED_MEMORY) {
      const first = this.ended.values().next().value;
      if (first !== undefined) this.ended.delete(first);
    }
  }
}

/** What the switch would have said had it refused the loopback call's first session. */
const B_LEG_REFUSED = 'DESTINATION_OUT_OF_ORDER';

/**
 * A loopback call whose `-b` session the switch refused (over its max sessions): FreeSWITCH
 * 1.10.12 leaves the `-a` leg silent until the originate timeout ends it NO_ANSWER. Its hangup
 * carries is_loopback but no loopback_leg (set once the b leg exists): the recipient was never
 * called, so it is the switch's refusal (SWITCH_REFUSED), not a NO_ANSWER attempt.
 */
function bLegRefused(h: EslHeaders, s: CallState): boolean {
  return !s.answered && !s.ringing && h.variable_is_loopback === '1' && !h.variable_loopback_leg;
}

function newState(callId: string, jobId: string | undefined): CallState {
  return {
    callId,
    jobId,
    channelSeen: false,
    jobDone: false,
    ringing: false,
    answered: false,
    terminal: false,
    stopsReported: 0,
    beeped: false,
  };
}

function hangupEvent(callId: string, h: EslHeaders, at: Date): CallEvent {
  const cause = h['Hangup-Cause'] ?? h.variable_hangup_cause ?? 'NORMAL_CLEARING';
  return {
    type: 'hangup',
    callId,
    cause,
    q850: intVar(h, 'variable_hangup_cause_q850') ?? null,
    sipStatus: intVar(h, 'variable_sip_term_status'),
    billSeconds: intVar(h, 'variable_billsec') ?? 0,
    durationSeconds: intVar(h, 'variable_duration') ?? 0,
    startedAt: channelTime(h, 'variable_start'),
    ringingAt: channelTime(h, 'variable_progress'),
    answeredAt: channelTime(h, 'variable_answer'),
    at,
  };
}

function amdResult(v: string | undefined): AmdResult {
  switch ((v ?? '').toUpperCase()) {
    case 'HUMAN':
      return 'human';
    case 'MACHINE':
      return 'machine';
    case 'FAX':
      return 'fax';
    default:
      return 'unknown';
  }
}
