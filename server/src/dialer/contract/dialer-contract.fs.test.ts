import { realSwitchConfigured, realSwitchTarget } from '../../switch/contract/contract-target';
import { describeDialerContract } from './dialer-scenarios';
import { describeConcurrencyContract } from './concurrency-scenario';
import { describeMaxSessionsContract } from './switch-limit-scenarios';
import { describeSwitchRestartContract } from './switch-restart-scenario';

// The dialer contract against a real FreeSWITCH: run by `npm run test:freeswitch`, which starts one.
const skip = realSwitchConfigured() ? undefined : 'no ESL_HOST (run npm run test:freeswitch)';
describeDialerContract('real FreeSWITCH', realSwitchTarget, { skip });
describeMaxSessionsContract('real FreeSWITCH', realSwitchTarget, { skip });
describeSwitchRestartContract('real FreeSWITCH', realSwitchTarget, { skip });
describeConcurrencyContract('real FreeSWITCH', realSwitchTarget, { skip });
