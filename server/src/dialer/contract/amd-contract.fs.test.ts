import { realSwitchConfigured, realSwitchTarget } from '../../switch/contract/contract-target';
import { describeAmdContract } from './amd-scenarios';

// AMD against a real FreeSWITCH with mod_amd and mod_avmd: run by `npm run test:freeswitch`.
describeAmdContract('real FreeSWITCH', realSwitchTarget, {
  skip: realSwitchConfigured() ? undefined : 'no ESL_HOST (run npm run test:freeswitch)',
  target: 'freeswitch',
});
