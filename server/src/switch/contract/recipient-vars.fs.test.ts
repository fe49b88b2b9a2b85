import { describeRecipientVars } from './recipient-vars-scenario';
import { realSwitchConfigured, realSwitchTarget } from './contract-target';

// Against a real FreeSWITCH: run by `npm run test:freeswitch`, which starts one.
describeRecipientVars('real FreeSWITCH', realSwitchTarget, {
  skip: realSwitchConfigured() ? undefined : 'no ESL_HOST (run npm run test:freeswitch)',
});
