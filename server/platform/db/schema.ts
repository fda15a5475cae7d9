import type { ColumnType, Generated } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface CustomersTable { id: string; tier: Generated<string>; demo: Generated<boolean>; created_at: Generated<Date> }

export interface ProductsTable {
  sku: string; title: string; supplier: string | null; page_url: string | null; category: string | null;
  promises: Json<Record<string, unknown>>; demo: Generated<boolean>;
  created_at: Generated<Date>; updated_at: Generated<Date>;
}

export interface OrdersTable {
  order_id: string; customer_id: string | null; ordered_at: Timestamp; value: number | null; currency: Generated<string>;
  country: string | null; shipping_method: string | null; route: string | null;
  promised_min_days: number | null; promised_max_days: number | null;
  shipped_at: Timestamp | null; delivered_at: Timestamp | null;
  batch: string | null; supplier: string | null; warehouse: string | null;
  demo: Generated<boolean>; created_at: Generated<Date>;
}

export interface OrderLinesTable { order_id: string; line_no: number; sku: string; variant: string | null; qty: number; price: number }

export interface SignalsTable {
  id: Generated<number>; channel: string; external_id: string; received_at: Timestamp;
  text: string; title: string | null; rating: number | null; sku: string | null; variant: string | null;
  batch: string | null; order_id: string | null; customer_id: string | null; customer_tier: string | null;
  language: string | null; public: Generated<boolean>; handled_by: Generated<string>; demo: Generated<boolean>;
  created_at: Generated<Date>; search: ColumnType<string, never, never>;
  issue_types: Generated<string[]>; stage: string | null; sentiment_label: string | null; sentiment_score: number | null;
  clues: Generated<string[]>; owner_team: string | null; must_be_human: Generated<boolean>; sla_class: string | null;
  triage: Json<Record<string, unknown>> | null; triaged_at: Timestamp | null; triage_version: string | null;
  labels_corrected: Generated<boolean>; status: Generated<string>;
}

export interface TriageModelsTable {
  id: Generated<number>; version: string; trained_at: Timestamp; examples: number;
  evaluation: Json<Record<string, unknown>>; model: Json<unknown>; active: Generated<boolean>;
}
export interface TriageRulesTable {
  id: Generated<number>; issue_type: string; language: Generated<string>; phrase: string | null; pattern: string | null;
  weight: Generated<number>; created_by: string; created_at: Generated<Date>;
}
export interface SettingsTable { key: string; value: Json<unknown>; updated_at: Generated<Date> }

export interface SignalRepliesTable {
  id: Generated<number>; signal_id: number; at: Timestamp; author: string; by_automation: Generated<boolean>;
  public: Generated<boolean>; text: string; findings: Json<unknown[]>; override_reason: string | null;
}
export interface SignalStatusChangesTable { id: Generated<number>; signal_id: number; at: Timestamp; status: string; actor: string }
export interface AppliedSlasTable {
  signal_id: number; sla_class: string; applied: Json<Record<string, unknown>>; state: string;
  first_response_due_at: Timestamp; resolution_due_at: Timestamp; next_check_at: Timestamp | null; evaluated_at: Timestamp | null;
}
export interface SlaEventsTable { key: string; signal_id: number; type: string; at: Timestamp; payload: Json<Record<string, unknown>> }

export interface SignalAttachmentsTable { id: Generated<number>; signal_id: number; kind: string; url: string }

export interface EventsTable {
  id: Generated<number>; at: Timestamp; actor: string; type: string;
  subject_type: string | null; subject_id: string | null; payload: Json<Record<string, unknown>>;
}

export interface JobRunsTable { name: string; last_started_at: Timestamp | null; last_finished_at: Timestamp | null; last_result: Json<unknown> | null }

export interface DB {
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
}
