import { simulatorTarget } from './contract-target';
import { describeDestinationContract } from './destination-scenarios';

// IVR and queue destinations against the simulator; destination-contract.fs.test.ts runs the same against a real switch.
describeDestinationContract('simulator', simulatorTarget);
