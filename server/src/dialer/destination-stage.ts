import type { DestinationStage } from '../domain/call/destination-outcome';
import { queueLeftStage } from '../domain/call/queue-outcome';
import type { CallEvent, SwitchPort } from '../switch/port';
import type { CallMemory } from './call-end';

/** Where an answered call is headed after its script: a queue, an extension (IN_*), or neither. */
export interface Headed {
  queue: boolean;
  extension: boolean;
}

/**
 * Moves what the runner remembers of an answered call's destination on a switch event, so its
 * end is judged by where it went last (domain/call/queue-outcome.ts, destination-outcome.ts):
 * the queue's verdict, the extension's bridge result, the IVR menu's start and end. Agent calls
 * are the agent flow's; nothing here touches them.
 */
export function trackDestination(mem: CallMemory, headed: Headed, ev: CallEvent): void {
  if (mem.agentCall) return;
  switch (ev.type) {
    case 'bridged':
      // A queue's call is only ever bridged by the queue; an extension's by its dialplan's bridge.
      if (headed.queue) mem.queue = 'answered';
      else if (headed.extension) mem.extension = 'answered';
      return;
    case 'bridge-failed':
      if (headed.extension && !headed.queue) mem.extension = { failed: ev.cause };
      return;
    case 'queue-left': {
      const stage = queueLeftStage(ev.reason);
      if (!headed.queue || stage === null) return;
      // No such queue can be reported before the transfer's reply; the others only once in it.
      if (mem.queue === 'joined' || (stage === 'invalid' && mem.queue === 'not-joined')) mem.queue = stage;
      return;
    }
    case 'ivr':
      mem.ivr = ev.phase === 'finished' ? 'finished' : (mem.ivr ?? 'started');
      return;
    default:
      return;
  }
}

/**
 * A QUEUE destination with `maxWaiting`: the queue is asked how many members wait (at hand-off,
 * so calls answered at the same instant may pass it by a few); at the limit the call is not sent
 * and its end is QUEUE_FULL. A queue that cannot be counted does not block the call: the queue
 * itself then decides (QUEUE_INVALID when it does not exist).
 */
export async function admitToQueue(port: SwitchPort, mem: CallMemory, queue: string, maxWaiting: number): Promise<boolean> {
  const waiting = await port.queueWaiting(queue).catch(() => null);
  if (waiting === null || waiting < maxWaiting) return true;
  mem.queue = 'full';
  return false;
}

/** What of a call's memory says where it went (kept on the open attempt for a new leader). */
export function stageOf(mem: CallMemory): DestinationStage {
  const stage: DestinationStage = {};
  if (mem.extension !== undefined) stage.extension = mem.extension;
  if (mem.ivr !== undefined) stage.ivr = mem.ivr;
  if (mem.queue !== undefined) stage.queue = mem.queue;
  return stage;
}
