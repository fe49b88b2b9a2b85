import { simulatorTarget } from '../../switch/contract/contract-target';
import { describeDialerContract } from './dialer-scenarios';

// The dialer contract against the simulator; dialer-contract.fs.test.ts runs it against a real switch.
describeDialerContract('simulator', simulatorTarget);
