import type { CallDestination } from '../entities/campaign-config';
import type { BridgeTarget } from '../switch/port';
import type { HandOff } from './answer-script';
import type { CallMemory } from './call-end';

/**
 * Where a VOICE campaign's `destination` sends an answered call: an EXTENSION or an IVR is a
 * dialplan extension (uuid_transfer to it in the default XML context; an IVR is reached through
 * the extension that runs it), a QUEUE is a mod_callcenter queue the call joins.
 */
export function destinationTarget(d: CallDestination): BridgeTarget {
  return d.kind === 'QUEUE' ? { queue: d.target } : { extension: d.target };
}

/**
 * The hand-off after the campaign's actions (at once when it has none); the call is the switch's
 * then. An extension taken marks the call `sent`: its bridge's result decides IN_* from there.
 */
export function destinationHandOff(d: CallDestination, mem: CallMemory): HandOff {
  return {
    target: destinationTarget(d),
    done: () => {
      if (d.kind === 'EXTENSION') mem.extension ??= 'sent';
    },
  };
}
