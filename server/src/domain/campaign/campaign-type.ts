/** VOICE broadcasts a message/IVR, AGENT bridges answered calls to agents, SMS sends texts. */
export enum CampaignType {
  VOICE = 'VOICE',
  AGENT = 'AGENT',
  SMS = 'SMS',
}

/** How AGENT campaigns pace calls against agents. */
export enum DialingMode {
  PREVIEW = 'PREVIEW',
  PROGRESSIVE = 'PROGRESSIVE',
  PREDICTIVE = 'PREDICTIVE',
  QUEUE_WATCH = 'QUEUE_WATCH',
}
