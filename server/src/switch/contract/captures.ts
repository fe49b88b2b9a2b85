import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ContractTarget } from './contract-target';
import type { FrameShape, FrameTap } from './frame-tap';
import { waitFor } from '../../test/wait-for';

/** The real switch's frames per scenario, recorded by the lane (PACER_RECORD_CAPTURES=1). */
const DIR = join(__dirname, 'captures');

/**
 * Real switch with PACER_RECORD_CAPTURES=1: writes the call's frame shapes as the scenario's
 * capture. Simulator: its frames for the same scenario must match the capture (event names,
 * order, the headers the adapter reads). The real switch is not held to its own capture: the
 * order of its frames may vary between runs where the adapter does not care.
 */
export async function checkCapture(t: ContractTarget, tap: FrameTap, scenario: string, callId: string): Promise<void> {
  // The tap is a link of its own: its copy of the hangup may come after the adapter's.
  await waitFor(() => tap.sawHangup(callId), { what: `the tap to see the hangup of ${callId}` });
  const file = join(DIR, `${scenario}.json`);
  const shape = tap.shapeOf(callId);
  if (t.name === 'freeswitch') {
    if (process.env.PACER_RECORD_CAPTURES !== '1') return;
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(shape, null, 2) + '\n');
    return;
  }
  if (!existsSync(file)) return;
  const real = JSON.parse(readFileSync(file, 'utf8')) as FrameShape[];
  assert.deepEqual(shape, real, `the simulator's frames for "${scenario}" differ from the real switch's (captures/${scenario}.json)`);
}
