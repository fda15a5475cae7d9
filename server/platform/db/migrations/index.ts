import type { Migration } from 'kysely';
import * as m0001 from './0001_create_core_tables.js';

/** Ordered by name; a migration's name says what it changes. Never edit one that has shipped. */
export const migrations: Record<string, Migration> = {
  '0001_create_core_tables': m0001,
};
