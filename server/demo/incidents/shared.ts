import type { Channel, IssueType } from '../../../contracts/signal.js';
import type { Draft } from '../emit.js';
import { type Rng, type Weighted, draw, weighted } from '../../lib/random.js';
import type { Incident } from '../types.js';

/** What an incident module hands back before signal ids exist; ids and dates are filled in later. */
export type IncidentSpec = Omit<Incident, 'startDate' | 'endDate' | 'signalCount' | 'externalIds'> & {
  /** Whether the incident is over by the end of the data (otherwise endDate stays absent). */
  ends: boolean;
};

export interface IncidentSink {
  push(d: Draft): void;
}

export const channels = (pairs: Array<[Channel, number]>): Weighted<Channel> => weighted(pairs);

export function pickChannel(rng: Rng, table: Weighted<Channel>): Channel {
  return draw(rng, table);
}

export type ComplaintType = Exclude<IssueType, 'praise'>;
