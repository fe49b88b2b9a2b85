import { realSwitchConfigured, realSwitchTarget } from './contract-target';
import { describeDestinationContract } from './destination-scenarios';

// IVR and queue destinations against a real FreeSWITCH: run by `npm run test:freeswitch`, which starts one.
describeDestinationContract('real FreeSWITCH', realSwitchTarget, {
  skip: realSwitchConfigured() ? undefined : 'no ESL_HOST (run npm run test:freeswitch)',
});
