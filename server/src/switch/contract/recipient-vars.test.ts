import { describeRecipientVars } from './recipient-vars-scenario';
import { simulatorTarget } from './contract-target';

// The simulator reads an originate as FreeSWITCH does (fs-separate.ts); the real lane runs the same scenario.
describeRecipientVars('simulator', simulatorTarget);
