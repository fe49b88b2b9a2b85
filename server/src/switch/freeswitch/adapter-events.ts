/** Only what the tracker needs; CHANNEL_EXECUTE_COMPLETE and BACKGROUND_JOB modesl adds itself. */
export const ADAPTER_EVENTS = [
  'CHANNEL_CREATE',
  'CHANNEL_PROGRESS',
  'CHANNEL_PROGRESS_MEDIA',
  'CHANNEL_ANSWER',
  'CHANNEL_BRIDGE',
  'CHANNEL_HANGUP_COMPLETE',
  'DTMF',
  'BACKGROUND_JOB',
  // An IVR's start (the `ivr` app); other apps' starts are ignored by the tracker.
  'CHANNEL_EXECUTE',
  'CHANNEL_EXECUTE_COMPLETE',
  'PLAYBACK_STOP',
  // mod_avmd's beep; CUSTOM must come last: the names after it are subclasses.
  'CUSTOM',
  'avmd::beep',
];
