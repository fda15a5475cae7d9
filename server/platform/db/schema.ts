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
}

export interface SignalAttachmentsTable { id: Generated<number>; signal_id: number; kind: string; url: string }

export interface EventsTable {
  id: Generated<number>; at: Timestamp; actor: string; type: string;
  subject_type: string | null; subject_id: string | null; payload: Json<Record<string, unknown>>;
}

export interface DB {
  customers: CustomersTable;
  products: ProductsTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  signals: SignalsTable;
  signal_attachments: SignalAttachmentsTable;
  events: EventsTable;
}
