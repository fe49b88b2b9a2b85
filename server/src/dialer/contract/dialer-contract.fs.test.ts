import { realSwitchConfigured, realSwitchTarget } from '../../switch/contract/contract-target';
import { describeDialerContract } from './dialer-scenarios';

// The dialer contract against a real FreeSWITCH: run by `npm run test:freeswitch`, which starts one.
describeDialerContract('real FreeSWITCH', realSwitchTarget, {
  skip: realSwitchConfigured() ? undefined : 'no ESL_HOST (run npm run test:freeswitch)',
});
