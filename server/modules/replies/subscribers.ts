import { registerReplySource } from '../sla/index.js';
import { replyTimesOf } from './reply-repository.js';

/** Replies' part of the composition root: the SLA measures first responses through replies' read. */
export function registerReplySubscribers(): void {
  registerReplySource(replyTimesOf);
}
