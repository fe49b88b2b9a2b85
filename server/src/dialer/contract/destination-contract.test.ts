import { simulatorTarget } from '../../switch/contract/contract-target';
import { describeDestinationOutcomeContract } from './destination-scenarios';

// IVR and queue outcomes against the simulator; destination-contract.fs.test.ts runs the same against a real switch.
describeDestinationOutcomeContract('simulator', simulatorTarget);
