/** The events portal emits. */
declare module '../../platform/events.js' {
  interface EventPayloads {
    /** A complaint filed through the public form (`subjectType: 'portal_complaint'`, the reference). */
    'portal.complaint_filed': { signalId: number; photos: number };
    /** A step of a complaint: by staff, or from its signal's handling. */
    'portal.step_added': { step: string };
    /** A message in the complaint's thread; the text stays in the thread, never in the log. */
    'portal.message_added': { author: 'customer' | 'staff' };
    /** Photos the customer added from the status page. */
    'portal.photos_added': { count: number };
    /** The closed complaint's satisfaction answer (the comment stays on the complaint). */
    'portal.satisfaction_answered': { score: number };
  }
}

export {};
