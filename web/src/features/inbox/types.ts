/** Filters the inbox keeps in the URL; names are the API's query parameters (answers are typed in contracts/signals.ts). */
export const FILTER_KEYS = [
  'channel',
  'issueType',
  'sku',
  'batch',
  'slaState',
  'ownerTeam',
  'mustBeHuman',
  'status',
  'from',
  'to',
  'q',
  'issueId',
  'sort',
  'assignee',
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/**
 * The inbox is a work queue: unless the URL says otherwise it lists open signals, the SLA due
 * soonest (most overdue) first. `status=any` lists every status; `sort=newest` the newest first.
 */
export const QUEUE_DEFAULTS = { status: 'open', sort: 'slaDue' } as const;

/** The API's query for these filters: the work-queue defaults filled in, `any` dropped. */
export function apiFilters(f: Filters): Filters {
  const status = f.status ?? QUEUE_DEFAULTS.status;
  const { status: _s, sort: _o, ...rest } = f;
  return { ...rest, ...(status === 'any' ? {} : { status }), sort: f.sort ?? QUEUE_DEFAULTS.sort };
}
