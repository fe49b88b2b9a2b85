import { simulatorTarget } from '../../switch/contract/contract-target';
import { describeAmdContract } from './amd-scenarios';

// AMD against the simulator; amd-contract.fs.test.ts runs the same against a real switch.
describeAmdContract('simulator', simulatorTarget, { target: 'simulator' });
