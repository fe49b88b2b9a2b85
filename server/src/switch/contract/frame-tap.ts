import { EslLink } from '../freeswitch/esl-link';
import type { EslHeaders } from '../freeswitch/esl-headers';
import { PACER_FILTER } from '../freeswitch/dial-string';
import { ADAPTER_EVENTS } from '../freeswitch/adapter-events';

/**
 * The headers the adapter reads (call-tracker.ts, esl-headers.ts) plus the one its event filter
 * matches: a frame's shape is which of these it carries, so a simulator frame that lacks one
 * (or carries one the real switch does not, like channel variables on DTMF) differs.
 */
const READ_HEADERS = [
  'Unique-ID',
  'Event-Date-Timestamp',
  'Hangup-Cause',
  'variable_hangup_cause',
  'variable_hangup_cause_q850',
  'variable_sip_term_status',
  'variable_billsec',
  'variable_duration',
  'variable_progress_epoch',
  'variable_progress_uepoch',
  'variable_answer_epoch',
  'variable_answer_uepoch',
  'variable_origination_uuid',
  'Other-Leg-Unique-ID',
  'DTMF-Digit',
  'Playback-File-Path',
  'Playback-Status',
  'Application',
  'variable_amd_result',
  'variable_amd_cause',
  'Event-Subclass',
  'variable_cc_cause',
  'variable_cc_cancel_reason',
  'variable_cc_queue_joined_epoch',
  'variable_originate_disposition',
  'variable_bridge_hangup_cause',
  'variable_ivr_menu_status',
  PACER_FILTER.header,
];

/** Read from the hangup only (call-tracker.ts: a loopback call whose b leg the switch refused). */
const HANGUP_HEADERS = ['variable_is_loopback', 'variable_loopback_leg'];

/** Applications whose CHANNEL_EXECUTE_COMPLETE the tracker acts on; others are noise here. */
const TRACKED_APPS = new Set(['playback', 'amd', 'avmd', 'callcenter', 'bridge', 'ivr']);
/** Applications whose start (CHANNEL_EXECUTE) the tracker acts on: the real switch sends one for every app. */
const TRACKED_STARTS = new Set(['ivr']);

/** One frame of a call as the adapter sees it: its event, the application, the headers present. */
export interface FrameShape {
  event: string;
  app?: string;
  headers: string[];
}

/**
 * A second ESL link on the same switch, subscribed to what the adapter subscribes to but with
 * no filter, keeping every frame of our calls' own legs: the raw side of a contract scenario.
 */
export class FrameTap {
  private readonly frames = new Map<string, EslHeaders[]>();

  private constructor(private readonly link: EslLink) {
    link.onEvent((h) => {
      const id = h['Unique-ID'];
      if (!id) return;
      const list = this.frames.get(id) ?? [];
      list.push(h);
      this.frames.set(id, list);
    });
  }

  static async open(host: string, port: number, password: string): Promise<FrameTap> {
    const link = await EslLink.open({ host, port, password, connectTimeoutMs: 10_000 });
    const reply = await link.command(`event json ${ADAPTER_EVENTS.join(' ')}`, 10_000);
    if (!reply.startsWith('+OK')) throw new Error(`frame tap subscription refused: ${reply}`);
    return new FrameTap(link);
  }

  /** True once the call's own leg has sent its CHANNEL_HANGUP_COMPLETE on this link. */
  sawHangup(callId: string): boolean {
    return (this.frames.get(callId) ?? []).some((h) => h['Event-Name'] === 'CHANNEL_HANGUP_COMPLETE');
  }

  /** The call's own leg, frame by frame, reduced to what the adapter reads. */
  shapeOf(callId: string): FrameShape[] {
    return (this.frames.get(callId) ?? [])
      .filter((h) => h['Event-Name'] !== 'CHANNEL_EXECUTE_COMPLETE' || TRACKED_APPS.has(h.Application ?? ''))
      .filter((h) => h['Event-Name'] !== 'CHANNEL_EXECUTE' || TRACKED_STARTS.has(h.Application ?? ''))
      .map((h) => ({
        event: h['Event-Name'] ?? '?',
        ...(h['Event-Name'] === 'CHANNEL_EXECUTE_COMPLETE' || h['Event-Name'] === 'CHANNEL_EXECUTE' ? { app: h.Application } : {}),
        headers: [...READ_HEADERS, ...(h['Event-Name'] === 'CHANNEL_HANGUP_COMPLETE' ? HANGUP_HEADERS : [])].filter(
          (k) => h[k] !== undefined,
        ),
      }));
  }

  close(): void {
    this.link.close();
  }
}
