import { realSwitchConfigured, realSwitchTarget } from '../../switch/contract/contract-target';
import { describeDestinationOutcomeContract } from './destination-scenarios';

// IVR and queue outcomes against a real FreeSWITCH: run by `npm run test:freeswitch`, which starts one.
describeDestinationOutcomeContract('real FreeSWITCH', realSwitchTarget, {
  skip: realSwitchConfigured() ? undefined : 'no ESL_HOST (run npm run test:freeswitch)',
});
