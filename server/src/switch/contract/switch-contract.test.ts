import { simulatorTarget } from './contract-target';
import { describeSwitchContract } from './switch-scenarios';

// The contract against the simulator; switch-contract.fs.test.ts runs the same against a real switch.
describeSwitchContract('simulator', simulatorTarget);
