import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface CustomersTable {
  id: string;
  tier: Generated<string>;
  created_at: Generated<Date>;
  /** 0030: when the customer's data was erased on request. */
  erased_at: Timestamp | null;
}

export interface ProductsTable {
  sku: string;
  title: string;
  supplier: string | null;
  page_url: string | null;
  category: string | null;
  promises: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface OrdersTable {
  order_id: string;
  customer_id: string | null;
  ordered_at: Timestamp;
  value: number | null;
  currency: Generated<string>;
  country: string | null;
  shipping_method: string | null;
  route: string | null;
  promised_min_days: number | null;
  promised_max_days: number | null;
  shipped_at: Timestamp | null;
  delivered_at: Timestamp | null;
  batch: string | null;
  supplier: string | null;
  warehouse: string | null;
  created_at: Generated<Date>;
  /** 0009: the carrier's tracking; events are [{at, status, location}] oldest first. */
  carrier: string | null;
  tracking_number: string | null;
  carrier_events: ColumnType<CarrierEventRow[], string | undefined, string>;
  /** 0050: the charge or payment intent that paid the order; when the shop cancelled it. */
  payment_ref: string | null;
  cancelled_at: Timestamp | null;
  /** 0030: personal data, erased with the customer. */
  customer_email: string | null;
}

export interface CarrierEventRow {
  at: string;
  status: string;
  location: string | null;
}

export interface OrderLinesTable {
  order_id: string;
  line_no: number;
  sku: string;
  variant: string | null;
  qty: number;
  price: number;
}

export interface SignalsTable {
  id: Generated<number>;
  channel: string;
  external_id: string;
  received_at: Timestamp;
  text: string;
  title: string | null;
  rating: number | null;
  sku: string | null;
  variant: string | null;
  batch: string | null;
  order_id: string | null;
  customer_id: string | null;
  customer_tier: string | null;
  language: string | null;
  public: Generated<boolean>;
  handled_by: Generated<string>;
  created_at: Generated<Date>;
  search: ColumnType<string, never, never>;
  issue_types: Generated<string[]>;
  stage: string | null;
  sentiment_label: string | null;
  sentiment_score: number | null;
  clues: Generated<string[]>;
  owner_team: string | null;
  must_be_human: Generated<boolean>;
  sla_class: string | null;
  triage: Json<Record<string, unknown>> | null;
  triaged_at: Timestamp | null;
  triage_version: string | null;
  labels_corrected: Generated<boolean>;
  status: Generated<string>;
  /** The review platform's published/hidden state, when imported; null = not known. */
  published: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  /** 0030: when the customer's words were erased (on request or by retention). */
  erased_at: Timestamp | null;
  /** 0120: the person the signal is assigned to (automatically at intake, or by hand), and since when. */
  assignee_id: ColumnType<number | null, number | null | undefined, number | null>;
  assigned_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface TriageModelsTable {
  id: Generated<number>;
  version: string;
  trained_at: Timestamp;
  examples: number;
  evaluation: Json<Record<string, unknown>>;
  model: Json<unknown>;
  active: Generated<boolean>;
}
export interface TriageRulesTable {
  id: Generated<number>;
  issue_type: string;
  language: Generated<string>;
  phrase: string | null;
  pattern: string | null;
  weight: Generated<number>;
  created_by: string;
  created_at: Generated<Date>;
}
export interface SettingsTable {
  key: string;
  value: Json<unknown>;
  updated_at: Generated<Date>;
}

export interface SignalRepliesTable {
  id: Generated<number>;
  signal_id: number;
  at: Timestamp;
  author: string;
  by_automation: Generated<boolean>;
  public: Generated<boolean>;
  text: string;
  findings: Json<unknown[]>;
  override_reason: string | null;
}
export interface SignalStatusChangesTable {
  id: Generated<number>;
  signal_id: number;
  at: Timestamp;
  status: string;
  actor: string;
}
export interface AppliedSlasTable {
  signal_id: number;
  sla_class: string;
  applied: Json<Record<string, unknown>>;
  state: string;
  first_response_due_at: Timestamp;
  resolution_due_at: Timestamp;
  next_check_at: Timestamp | null;
  evaluated_at: Timestamp | null;
}
export interface SlaEventsTable {
  key: string;
  signal_id: number;
  type: string;
  at: Timestamp;
  payload: Json<Record<string, unknown>>;
}

export interface SignalSatisfactionTable {
  signal_id: number;
  score: number;
  at: Timestamp;
  source: string;
}

export interface SignalAttachmentsTable {
  id: Generated<number>;
  signal_id: number;
  kind: string;
  url: string;
}

export interface EventsTable {
  id: Generated<number>;
  at: Timestamp;
  actor: string;
  /** 0020: the signed-in user who acted (null for the system, jobs and single-person mode). */
  actor_user_id: ColumnType<number | null, number | null | undefined, number | null>;
  type: string;
  subject_type: string | null;
  subject_id: string | null;
  payload: Json<Record<string, unknown>>;
}

export interface UgcAssetsTable {
  id: Generated<number>;
  signal_id: number;
  kind: string;
  media_url: string | null;
  note: string | null;
  created_by: string;
  created_at: Timestamp;
}
export interface UgcPermissionEntriesTable {
  id: Generated<number>;
  asset_id: number;
  kind: string;
  at: Timestamp;
  recorded_by: string;
  channels: string[] | null;
  until: Timestamp | null;
  edit_scope: string | null;
  incentive_given: boolean | null;
  incentive_disclosed: boolean | null;
  note: string | null;
  recorded_at: Timestamp;
}
export interface UgcPlacementsTable {
  id: Generated<number>;
  asset_id: number;
  channel: string;
  grant_entry_id: number;
  location: string | null;
  placed_by: string;
  placed_at: Timestamp;
}
export interface ReviewRequestsTable {
  id: Generated<number>;
  order_id: string;
  customer_id: string | null;
  delivered_at: Timestamp;
  state: string;
  due_at: Timestamp | null;
  suppressed_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}
export interface ReviewRequestOutboxTable {
  id: Generated<number>;
  review_request_id: number;
  order_id: string;
  customer_id: string | null;
  due_at: Timestamp;
  enqueued_at: Timestamp;
  sent_at: Timestamp | null;
  sent_via: string | null;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
}

export interface MailMessagesTable {
  id: Generated<number>;
  message_id: string;
  signal_id: number;
  direction: 'in' | 'out';
  from_address: string | null;
  to_address: string | null;
  subject: string | null;
  sent_at: Timestamp;
  in_reply_to: string | null;
  refs: Json<string[]>;
  text: string;
  problems: Json<string[]>;
  source: string;
  created_at: Generated<Timestamp>;
}

export interface MailAttachmentsTable {
  id: Generated<number>;
  mail_message_id: number;
  filename: string | null;
  content_type: string;
  size: number;
  sha256: string | null;
  reason: string | null;
}

export interface MailOutboxTable {
  id: Generated<number>;
  signal_id: number;
  reply_id: number;
  to_address: string;
  subject: string;
  message_id: string;
  in_reply_to: string | null;
  refs: Json<string[]>;
  body: string;
  status: 'queued' | 'retrying' | 'sent' | 'failed';
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  sent_at: Timestamp | null;
  created_at: Timestamp;
}

export interface MailCursorsTable {
  mailbox: string;
  uid_validity: string;
  last_uid: number;
}

export interface JobRunsTable {
  name: string;
  last_started_at: Timestamp | null;
  last_finished_at: Timestamp | null;
  last_result: Json<unknown> | null;
}

/* The write-back loop (migration 0005). */
export interface IssuesTable {
  id: Generated<number>;
  key: string;
  issue_type: string;
  sku: string;
  batch: string | null;
  route: string | null;
  market: string | null;
  status: Generated<string>;
  status_reason: string | null;
  signal_count: Generated<number>;
  report_count: Generated<number>;
  channel_counts: Json<Record<string, number>>;
  first_seen_at: Timestamp | null;
  last_seen_at: Timestamp | null;
  spike: Json<Record<string, unknown>> | null;
  spike_checked_through: string | null;
  /** Days already tested that have received signals since (migration 0008). */
  spike_untested_days: Generated<string[]>;
  /** The statuses of the issue's actions, kept by the actions module through issues' refreshIssueWork (migration 0012). */
  work_statuses: Generated<string[]>;
  playbook_id: string | null;
  playbook_matched_on: Generated<string[]>;
  owner_team: string | null;
  stage: string | null;
  has_media: Generated<boolean>;
  automation_involved: Generated<boolean>;
  representative_signal_id: number | null;
  representative_text: string | null;
  impact_scope: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
export interface IssueSignalsTable {
  issue_id: number;
  signal_id: number;
  issue_type: string;
  received_at: Timestamp;
}
/** Signals whose issue membership may be stale (filled by triggers, migration 0008). */
export interface IssueResyncTable {
  signal_id: number;
}
export interface ThemesTable {
  id: string;
  computed_at: Timestamp;
  window_from: Timestamp;
  size: number;
  top_terms: string[];
  representative_signal_id: number | null;
  representative_text: string;
  member_ids: number[];
  skus: Generated<string[]>;
}
export interface PlaybooksTable {
  id: string;
  definition: Json<Record<string, unknown>>;
  edited: Generated<boolean>;
  version: Generated<number>;
  updated_by: Generated<string>;
  updated_at: Generated<Date>;
}
export interface ActionsTable {
  id: Generated<number>;
  issue_id: number;
  location: string;
  change: string;
  owner_team: string;
  owner: string | null;
  status: Generated<string>;
  due_at: Timestamp | null;
  review_date: Timestamp | null;
  review_window_days: number;
  metric: string;
  baseline: Json<Record<string, unknown>> | null;
  verdict: Json<Record<string, unknown>> | null;
  kinds: Generated<string[]>;
  automates: Generated<string[]>;
  details: Json<Record<string, unknown>>;
  done_at: Timestamp | null;
  reviewed_at: Timestamp | null;
  source_ref: string | null;
  created_by: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  /** 0120: the person the action is assigned to. */
  assignee_id: ColumnType<number | null, number | null | undefined, number | null>;
}
export interface DecisionsTable {
  id: Generated<number>;
  issue_id: number;
  type: string;
  decided_by: string;
  decided_at: Timestamp;
  note: string;
  details: Json<Record<string, unknown>>;
  created_at: Generated<Date>;
}
export interface KnowledgeEntriesTable {
  id: string;
  version: number;
  kind: string;
  title: string;
  body: string;
  sku: string | null;
  issue_id: number | null;
  change_note: string | null;
  updated_by: string;
  updated_at: Timestamp;
}

/* Report rollups and stored reports (migration 0007). Counts are per zone and local day. */
export interface ReportSlaFactsTable {
  signal_id: number;
  received_at: Date;
  responded: boolean;
  first_response_bucket: number | null;
  resolved: boolean;
  resolution_bucket: number | null;
  fcr: boolean;
  breached: boolean;
}
/** 0100: work-order steps a door records outside replies and status changes (sla's). */
export interface SignalWorkStepsTable {
  signal_id: number;
  step: 'first_response' | 'decision' | 'resolution';
  at: Timestamp;
  source: string;
}
/** 0100: one work order's processing times (reports'). */
export interface ReportWorkOrdersTable {
  signal_id: number;
  received_at: Date;
  channel: string;
  issue_types: string[];
  sku: string | null;
  complaint: boolean;
  first_response_at: Date | null;
  decided_at: Date | null;
  resolved_at: Date | null;
  first_response_h: number | null;
  first_response_bh: number | null;
  decision_h: number | null;
  decision_bh: number | null;
  resolution_h: number | null;
  resolution_bh: number | null;
}
export interface ReportRollupProcessingTable {
  zone: string;
  period: 'week' | 'month';
  start: string;
  dim: string;
  key: string;
  work_orders: number;
  complaints: number;
  portal_complaints: number;
  hist: number[];
}
export interface ReportRollupSlaTable {
  zone: string;
  day: string;
  signals: number;
  responded: number;
  resolved: number;
  fcr: number;
  breached: number;
  first_response_hist: number[];
  resolution_hist: number[];
}
export interface ReportZonesTable {
  zone: string;
  added_at: Generated<Date>;
}
export interface ReportRollupThemesTable {
  zone: string;
  day: string;
  issue_type: string;
  sku: string;
  stage: string;
  signals: number;
  negative: number;
  must_be_human: number;
}
export interface ReportRollupChannelsTable {
  zone: string;
  day: string;
  channel: string;
  stage: string;
  signals: number;
  negative: number;
  negative_reviews: number;
  must_be_human: number;
  automation_handled: number;
  automation_crossed: number;
}
export interface ReportRollupRisksTable {
  zone: string;
  day: string;
  risk: string;
  sku: string;
  batch: string;
  route: string;
  signals: number;
}
export interface ReportRollupBatchesTable {
  zone: string;
  day: string;
  issue_type: string;
  sku: string;
  batch: string;
  signals: number;
}
export interface ReportRollupWeeklyThemesTable {
  zone: string;
  week: string;
  issue_type: string;
  sku: string;
  stage: string;
  signals: number;
  negative: number;
  must_be_human: number;
}
export interface ReportRollupWeeklyChannelsTable {
  zone: string;
  week: string;
  channel: string;
  stage: string;
  signals: number;
  negative: number;
  negative_reviews: number;
  must_be_human: number;
  automation_handled: number;
  automation_crossed: number;
}
export interface ReportRollupWeeklyRisksTable {
  zone: string;
  week: string;
  projection: 'sku' | 'sku_batch' | 'route';
  risk: string;
  sku: string;
  batch: string;
  route: string;
  signals: number;
}
export interface ReportSnapshotsTable {
  kind: string;
  period: string;
  zone: string;
  generated_at: Timestamp;
  report: Json<Record<string, unknown>>;
}

/** 0020: people (server/modules/people). */
export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  teams: Json<string[]>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  password_hash: string | null;
  created_at: Timestamp;
  /** 0120: away people are passed over by automatic assignment. */
  away: ColumnType<boolean, boolean | undefined, boolean>;
}
export interface UserSessionsTable {
  id_hash: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: Timestamp;
}
export interface ApiTokensTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: Timestamp;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}
export interface InvitationsTable {
  id: Generated<number>;
  token_hash: string;
  email: string;
  role: string;
  teams: Json<string[]>;
  invited_by: number | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  user_id: number | null;
}
export interface SignInFailuresTable {
  key: string;
  at: Timestamp;
}

/** 0130: notifications (server/modules/notifications). */
export interface NotificationsTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  title: string;
  subject_type: string | null;
  subject_id: string | null;
  created_at: Timestamp;
  read_at: Timestamp | null;
  /** 0131: queued, retrying, sent, failed, or stale (older than a day when first tried). */
  email_state: Generated<string>;
  email_attempts: Generated<number>;
  email_next_at: Timestamp | null;
  email_leased_until: Timestamp | null;
  email_error: string | null;
  /** 0140: the fact a job-found notification is about, unique per person (null: told by an event). */
  key: ColumnType<string | null, string | null | undefined, string | null>;
}
/** 0133. */
export interface NotificationPreferencesTable {
  user_id: number;
  kind: string;
  in_app: boolean;
  email: boolean;
  /** 0141: told through the person's own webhook (true unless turned off). */
  webhook: Generated<boolean>;
}
export interface NotificationWebhooksTable {
  id: Generated<number>;
  url: string;
  events: Json<string[]>;
  secret: string;
  created_at: Timestamp;
  /** 0132: generic or slack. */
  format: Generated<string>;
  /** 0140: a disabled webhook is kept (with its deliveries) but sent nothing. */
  disabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  /** 0141: a person's own webhook (their notifications only); null: a store-wide one. */
  user_id: ColumnType<number | null, number | null | undefined, number | null>;
}
export interface NotificationDeliveriesTable {
  id: Generated<number>;
  webhook_id: number;
  event_type: string;
  body: Json<Record<string, unknown>>;
  state: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  leased_until: Timestamp | null;
  last_error: string | null;
  last_status: number | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
  /** 0140: the fact delivered, unique per webhook (null: before keys). */
  key: ColumnType<string | null, string | null | undefined, string | null>;
}
export interface NotificationCursorsTable {
  name: string;
  last_event_id: number;
}
export interface NotificationDigestSettingsTable {
  user_id: number;
  enabled: boolean;
  hour: number;
}
export interface NotificationDigestsTable {
  user_id: number;
  day: string;
  state: string;
  attempts: Generated<number>;
  error: string | null;
  next_at: Timestamp | null;
  created_at: Timestamp;
  sent_at: Timestamp | null;
}

export interface DB {
  notifications: NotificationsTable;
  notification_webhooks: NotificationWebhooksTable;
  notification_preferences: NotificationPreferencesTable;
  notification_deliveries: NotificationDeliveriesTable;
  notification_cursors: NotificationCursorsTable;
  notification_digest_settings: NotificationDigestSettingsTable;
  notification_digests: NotificationDigestsTable;
  users: UsersTable;
  user_sessions: UserSessionsTable;
  api_tokens: ApiTokensTable;
  invitations: InvitationsTable;
  sign_in_failures: SignInFailuresTable;
  job_runs: JobRunsTable;
  customers: CustomersTable;
  products: ProductsTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  signals: SignalsTable;
  signal_attachments: SignalAttachmentsTable;
  events: EventsTable;
  triage_models: TriageModelsTable;
  triage_rules: TriageRulesTable;
  settings: SettingsTable;
  signal_replies: SignalRepliesTable;
  signal_status_changes: SignalStatusChangesTable;
  applied_slas: AppliedSlasTable;
  sla_events: SlaEventsTable;
  signal_satisfaction: SignalSatisfactionTable;
  issues: IssuesTable;
  issue_signals: IssueSignalsTable;
  issue_resync: IssueResyncTable;
  themes: ThemesTable;
  playbooks: PlaybooksTable;
  actions: ActionsTable;
  decisions: DecisionsTable;
  knowledge_entries: KnowledgeEntriesTable;
  ugc_assets: UgcAssetsTable;
  ugc_permission_entries: UgcPermissionEntriesTable;
  ugc_placements: UgcPlacementsTable;
  review_requests: ReviewRequestsTable;
  review_request_outbox: ReviewRequestOutboxTable;
  report_zones: ReportZonesTable;
  report_rollup_themes: ReportRollupThemesTable;
  report_rollup_channels: ReportRollupChannelsTable;
  report_rollup_risks: ReportRollupRisksTable;
  report_rollup_batches: ReportRollupBatchesTable;
  report_rollup_weekly_themes: ReportRollupWeeklyThemesTable;
  report_rollup_weekly_channels: ReportRollupWeeklyChannelsTable;
  report_rollup_weekly_risks: ReportRollupWeeklyRisksTable;
  report_snapshots: ReportSnapshotsTable;
  report_sla_dirty: { signal_id: number };
  report_sla_facts: ReportSlaFactsTable;
  report_sla_zones: { zone: string };
  report_rollup_sla: ReportRollupSlaTable;
  signal_work_steps: SignalWorkStepsTable;
  report_work_orders: ReportWorkOrdersTable;
  report_rollup_processing: ReportRollupProcessingTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_counters: WebhookCountersTable;
  webhook_secrets: WebhookSecretsTable;
  webhook_resources: WebhookResourcesTable;
  mail_messages: MailMessagesTable;
  mail_attachments: MailAttachmentsTable;
  mail_outbox: MailOutboxTable;
  mail_cursors: MailCursorsTable;
  config_versions: { name: string; version: number };
  portal_complaints: PortalComplaintsTable;
  portal_steps: PortalStepsTable;
  portal_messages: PortalMessagesTable;
  portal_photos: PortalPhotosTable;
  portal_attempts: PortalAttemptsTable;
  inspection_records: InspectionRecordsTable;
  portal_link_secret: PortalLinkSecretTable;
}

/** 0050: deliveries received with a good signature, kept for processing and replay. */
export interface WebhookDeliveriesTable {
  id: Generated<number>;
  connector: string;
  delivery_key: string;
  event_key: string | null;
  topic: string;
  shop: string | null;
  headers: ColumnType<Record<string, string>, string | undefined, string>;
  body: string;
  received_at: Timestamp;
  status: Generated<string>;
  reason: string | null;
  attempts: Generated<number>;
  not_before: Timestamp | null;
  claimed_at: Timestamp | null;
  processed_at: Timestamp | null;
}
export interface WebhookCountersTable {
  connector: string;
  accepted: Generated<number>;
  duplicate: Generated<number>;
  rejected: Generated<number>;
  last_delivery_at: Timestamp | null;
  last_rejected_at: Timestamp | null;
  last_rejected_reason: string | null;
}
export interface WebhookSecretsTable {
  connector: string;
  secret: string;
  previous_secret: string | null;
  previous_until: Timestamp | null;
  updated_at: Timestamp;
}
export interface WebhookResourcesTable {
  connector: string;
  kind: string;
  external_id: string;
  source_updated_at: Timestamp;
}

/** 0090: complaints filed through the public form, their steps, thread, photos and wrong attempts. */
export interface PortalComplaintsTable {
  id: Generated<number>;
  reference: string;
  token_hash: string;
  signal_id: number;
  order_id: string;
  items: ColumnType<string[], string, string>;
  problem: string;
  wants: string;
  language: string;
  owner_team: string | null;
  status: Generated<string>;
  created_at: Timestamp;
  /** 0091: the closed complaint's satisfaction answer. */
  satisfaction: number | null;
  satisfaction_comment: string | null;
  satisfaction_at: Timestamp | null;
}
export interface PortalStepsTable {
  id: Generated<number>;
  complaint_id: number;
  step: string;
  note: string | null;
  at: Timestamp;
}
export interface PortalMessagesTable {
  id: Generated<number>;
  complaint_id: number;
  author: string;
  text: string;
  at: Timestamp;
}
export interface PortalPhotosTable {
  id: Generated<number>;
  complaint_id: number;
  file: string;
  thumb: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  at: Timestamp;
}
export interface PortalAttemptsTable {
  id: Generated<number>;
  key: string;
  at: Timestamp;
}

/** 0093: the secret of the signed order links (one row). */
export interface PortalLinkSecretTable {
  id: number;
  secret: Buffer;
  created_at: Timestamp;
}

/** 0092: the QA check of a batch. */
export interface InspectionRecordsTable {
  id: Generated<number>;
  batch: string;
  sku: string | null;
  inspected_at: Timestamp;
  inspector: string;
  result: string;
  notes: string | null;
  photos: ColumnType<string[], string, string>;
  created_at: Timestamp;
}
