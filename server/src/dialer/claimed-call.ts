import type { ReservedAgent } from './agents/reserve-agents';
import type { RunningCampaign } from './campaign-rows';
import type { ClaimRequest } from './claim';

/**
 * A claimed call, ready to originate at `at`. Its own module because the tick produces it and
 * the agent reservation, the call book and the originator consume it: none of them need the tick.
 */
export interface ClaimedCall extends ClaimRequest {
  at: Date;
  campaign: RunningCampaign;
  dialString: string;
  /** Agent campaigns: the agent reserved for this call before it is dialed. */
  agent?: ReservedAgent;
  /** A due callback whose *Schedule* cell named an extension: the answered call is sent there. */
  callbackExtension?: string;
  /** The recipient's fields for the channel (pacer_f_*), when its campaign sends them. */
  recipientFields?: Record<string, string>;
}
