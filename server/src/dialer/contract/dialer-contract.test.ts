import { simulatorTarget } from '../../switch/contract/contract-target';
import { describeDialerContract } from './dialer-scenarios';
import { describeConcurrencyContract } from './concurrency-scenario';
import { describeMaxSessionsContract } from './switch-limit-scenarios';
import { describeSwitchRestartContract } from './switch-restart-scenario';

// The dialer contract against the simulator; dialer-contract.fs.test.ts runs it against a real switch.
describeDialerContract('simulator', simulatorTarget);
describeMaxSessionsContract('simulator', simulatorTarget);
describeSwitchRestartContract('simulator', simulatorTarget);
describeConcurrencyContract('simulator', simulatorTarget);
