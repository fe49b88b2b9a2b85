import { registerEnumType } from 'type-graphql';

/**
 * The switch's answering-machine detectors: AMD (mod_amd, a human or machine verdict) and AVMD
 * (mod_avmd, the voicemail beep, so a machine's message starts on its recording).
 */
export enum MachineDetector {
  AMD = 'AMD',
  AVMD = 'AVMD',
}

registerEnumType(MachineDetector, {
  name: 'MachineDetector',
  description: 'A machine detector the switch has loaded: AMD (mod_amd) or AVMD (mod_avmd)',
});
