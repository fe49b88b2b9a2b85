import type { MachineDetector } from '../port';
import type { EslLink } from './esl-link';

/** The module behind each detector, as `module_exists` names it. */
const MODULES: ReadonlyArray<[MachineDetector, string]> = [
  ['amd', 'mod_amd'],
  ['avmd', 'mod_avmd'],
];

/**
 * Which machine detectors the switch has loaded, asked at every connect (`module_exists`
 * answers `true` or `false`): mod_amd is third-party and mod_avmd optional, so a stock
 * FreeSWITCH may have neither, and a campaign with AMD must then be refused, not left to wait.
 */
export async function readMachineDetectors(link: EslLink, timeoutMs: number): Promise<MachineDetector[]> {
  const found: MachineDetector[] = [];
  for (const [detector, mod] of MODULES) {
    const reply = await link.api(`module_exists ${mod}`, timeoutMs);
    if (reply.trim() === 'true') found.push(detector);
  }
  return found;
}
