/** Answers of /api/sla (server/modules/sla): the policy and the SLA figures. Durations in minutes. */

export type SlaClass = 'pre_sale' | 'order_issue' | 'urgent';
export interface SlaTarget {
  firstResponseMinutes: number;
  resolutionMinutes: number;
  businessHoursOnly: boolean;
}
/** Opening hours as local clock times (HH:MM). */
export interface BusinessWindow {
  from: string;
  to: string;
}
export interface BusinessCalendar {
  timeZone: string;
  hours: Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', BusinessWindow[]>;
  /** Local dates (YYYY-MM-DD) when the team is closed all day. */
  holidays: string[];
}
/** GET and PUT /api/sla/policy */
export interface SlaPolicy {
  calendar: BusinessCalendar;
  classes: Record<SlaClass, SlaTarget>;
  /** Share of a target used up before a clock counts as at risk. */
  atRiskFraction: number;
}

export interface Distribution {
  count: number;
  median: number | null;
  p90: number | null;
}
export interface DurationFigures {
  calendarMinutes: Distribution;
  businessMinutes: Distribution;
}
/** `count` out of `total`; rate is null when there is nothing to divide by. */
export interface RateFigure {
  count: number;
  total: number;
  rate: number | null;
}

/** GET /api/sla/figures */
export interface SlaFigures {
  signals: number;
  /** Receipt to first counting reply. */
  firstResponse: DurationFigures;
  /** Receipt to final resolution, over signals resolved now. */
  resolution: DurationFigures;
  /** Of resolved signals: resolved after exactly one counting reply and never reopened. */
  firstContactResolution: RateFigure;
  /** Of signals resolved at least once: reopened at least once. */
  reopen: RateFigure;
  /** Of all signals: any clock breached. */
  breach: { overall: RateFigure; byClass: Record<string, RateFigure>; byChannel: Record<string, RateFigure> };
  /**
   * The customers' satisfaction answers (1–5) on these signals, from a helpdesk's history and the
   * portal's question: how many, their average, and CSAT, the share answering 4 or 5.
   */
  csat: { count: number; average: number | null; satisfied: number; rate: number | null };
}

/** One person's figures (the signals assigned to them; `assigneeId` null: the unassigned). */
export interface PersonSlaFigures {
  assigneeId: number | null;
  name: string | null;
  /** Signals received in the period and assigned to them now. */
  signals: number;
  firstResponse: DurationFigures;
  resolution: DurationFigures;
  /** Open signals they hold now, whenever received. */
  openLoad: number;
}
/** GET /api/sla/figures: the figures, and the same per person. */
export interface SlaFiguresView extends SlaFigures {
  byPerson: PersonSlaFigures[];
}
