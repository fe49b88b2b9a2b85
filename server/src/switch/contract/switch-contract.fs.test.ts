import { realSwitchConfigured, realSwitchTarget } from './contract-target';
import { describeSwitchContract } from './switch-scenarios';

// The contract against a real FreeSWITCH: run by `npm run test:freeswitch`, which starts one.
describeSwitchContract('real FreeSWITCH', realSwitchTarget, {
  skip: realSwitchConfigured() ? undefined : 'no ESL_HOST (run npm run test:freeswitch)',
});
