import { subscribe } from '../../platform/events.js';
import { notifyAssignee, notifySpikeTeam } from './notify-on-events.js';

/** Registered from server/subscribers.ts, late in the flow. */
export function registerNotificationSubscribers(): void {
  subscribe('signal.assignee_changed', 'notifications.assigned', notifyAssignee);
  subscribe('issue.spike_flagged', 'notifications.spike_flagged', notifySpikeTeam);
}
