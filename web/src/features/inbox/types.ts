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
] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;
