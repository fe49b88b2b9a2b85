/**
 * Channel variable names a tenant must never set, one or more per entry of
 * REFUSED_CHANNEL_VARIABLES, in the spellings FreeSWITCH would still act on (it compares
 * names without regard to case, and runs every variable that starts with an execute_on_ or
 * api_on_ prefix). Shared by the domain, API and adapter tests so all three refuse the same.
 */
export const DANGEROUS_CHANNEL_VARIABLES: readonly string[] = [
  'execute_on_answer',
  'execute_on_answer_2',
  'EXECUTE_ON_ANSWER',
  'execute_on_ring',
  'execute_on_pre_answer',
  'execute_on_media',
  'execute_on_originate',
  'execute_on_post_originate',
  'execute_on_pre_bridge',
  'execute_on_tone_detect',
  'sip_execute_on_image',
  'api_on_answer',
  'Api_On_Answer',
  'api_on_ring',
  'api_on_pre_answer',
  'api_on_media',
  'api_on_originate',
  'api_on_post_originate',
  'sip_api_on_image',
  'api_hangup_hook',
  'session_in_hangup_hook',
  'api_reporting_hook',
  'api_before_bridge',
  'api_after_bridge',
  'exec_after_bridge_app',
  'exec_after_bridge_arg',
  'bridge_pre_execute_aleg_app',
  'bridge_pre_execute_bleg_data',
  'bridge_pre_execute_app',
  'record_post_process_exec_app',
  'record_post_process_exec_api',
  'loopback_app',
  'loopback_app_arg',
  'transfer_after_bridge',
  'transfer_after_early_bridge',
  'transfer_on_fail',
  'origination_nested_vars',
  'origination_uuid',
  'ORIGINATION_UUID',
  'origination_caller_id_number',
  'origination_caller_id_name',
  'originate_timeout',
  'ignore_early_media',
  'pacer_call',
  'pacer_campaign',
  'Pacer_Call',
];

/** Names that are fine: ordinary data a campaign may tag its calls with. */
export const HARMLESS_CHANNEL_VARIABLES: readonly string[] = [
  'campaign_id',
  'sip_h_X_Campaign',
  'effective_caller_id_name',
  'hangup_after_bridge',
  'execute_on',
  '_private',
];
