import type { Migration } from 'kysely';
import * as m0001 from './0001_create_core_tables.js';
import * as m0002 from './0002_add_signal_triage.js';
import * as m0003 from './0003_create_sla_tables.js';
import * as m0004 from './0004_create_job_runs.js';
import * as m0005 from './0005_create_loop_tables.js';
import * as m0006 from './0006_create_review_and_ugc_tables.js';
import * as m0007 from './0007_create_report_rollups.js';
import * as m0008 from './0008_track_issue_membership_changes.js';
import * as m0009 from './0009_add_order_carrier_events.js';
import * as m0010 from './0010_add_weekly_report_rollups.js';
import * as m0011 from './0011_add_sla_report_rollup.js';
import * as m0012 from './0012_add_issue_work_statuses.js';
import * as m0013 from './0013_drop_demo_flags.js';
import * as m0014 from './0014_add_config_versions.js';
import * as m0020 from './0020_create_people_tables.js';
import * as m0030 from './0030_customer_erasure.js';
import * as m0040 from './0040_create_mail_tables.js';
import * as m0050 from './0050_create_webhook_tables.js';
import * as m0060 from './0060_add_signal_satisfaction.js';
import * as m0080 from './0080_index_signals_by_customer.js';
import * as m0081 from './0081_praise_issue_status.js';
import * as m0090 from './0090_create_portal_tables.js';
import * as m0091 from './0091_add_portal_satisfaction.js';
import * as m0092 from './0092_create_inspection_records.js';
import * as m0093 from './0093_create_portal_link_secret.js';
import * as m0100 from './0100_add_work_order_times.js';
import * as m0120 from './0120_add_assignees.js';
import * as m0130 from './0130_create_notifications.js';
import * as m0131 from './0131_add_notification_email.js';
import * as m0132 from './0132_add_notification_webhook_format.js';
import * as m0133 from './0133_create_notification_preferences.js';
import * as m0140 from './0140_add_notification_keys_and_digest.js';
import * as m0141 from './0141_add_personal_notification_webhooks.js';

/** Ordered by name; a migration's name says what it changes. Never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '0001_create_core_tables': m0001,
  '0002_add_signal_triage': m0002,
  '0003_create_sla_tables': m0003,
  '0004_create_job_runs': m0004,
  '0005_create_loop_tables': m0005,
  '0006_create_review_and_ugc_tables': m0006,
  '0007_create_report_rollups': m0007,
  '0008_track_issue_membership_changes': m0008,
  '0009_add_order_carrier_events': m0009,
  '0010_add_weekly_report_rollups': m0010,
  '0011_add_sla_report_rollup': m0011,
  '0012_add_issue_work_statuses': m0012,
  '0013_drop_demo_flags': m0013,
  '0014_add_config_versions': m0014,
  '0020_create_people_tables': m0020,
  '0030_customer_erasure': m0030,
  '0040_create_mail_tables': m0040,
  '0050_create_webhook_tables': m0050,
  '0060_add_signal_satisfaction': m0060,
  '0080_index_signals_by_customer': m0080,
  '0081_praise_issue_status': m0081,
  '0090_create_portal_tables': m0090,
  '0091_add_portal_satisfaction': m0091,
  '0092_create_inspection_records': m0092,
  '0093_create_portal_link_secret': m0093,
  '0100_add_work_order_times': m0100,
  '0120_add_assignees': m0120,
  '0130_create_notifications': m0130,
  '0131_add_notification_email': m0131,
  '0132_add_notification_webhook_format': m0132,
  '0133_create_notification_preferences': m0133,
  '0140_add_notification_keys_and_digest': m0140,
  '0141_add_personal_notification_webhooks': m0141,
};
