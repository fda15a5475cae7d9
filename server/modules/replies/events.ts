/** The events replies emits. */
declare module '../../platform/events.js' {
  interface EventPayloads {
    /** A reply recorded on a signal; past handling recorded in bulk carries `imported` and no reply id. */
    'signal.replied': {
      replyId?: number;
      public: boolean;
      byAutomation: boolean;
      findings: string[];
      override?: string | null;
      imported?: boolean;
    };
    /** The customer's satisfaction rating from a helpdesk's history, on 1–5. */
    'signal.satisfaction_rated': { score: number; imported: boolean };
  }
}

export {};
