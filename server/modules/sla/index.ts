/**
 * The SLA module's public face: policies as data, business-time arithmetic, the applied SLA,
 * its idempotent evaluation into immutable events, and the figures. Pure: no clock, no I/O;
 * the sweep job and the store sit next to this and call in.
 */
export {
  businessCalendarSchema,
  businessWindowSchema,
  weeklyHoursSchema,
  DEFAULT_BUSINESS_CALENDAR,
  type BusinessCalendar,
  type BusinessWindow,
  type WeeklyHours,
} from './business-calendar.js';
export {
  SLA_CLASSES,
  slaTargetSchema,
  slaPolicySchema,
  DEFAULT_SLA_POLICY,
  parseSlaPolicy,
  type SlaClass,
  type SlaTarget,
  type SlaPolicy,
} from './sla-policy.js';
export { addBusinessMinutes, businessMinutesBetween, addTargetMinutes } from './business-time.js';
export { applySla, type AppliedSla, type ApplySlaInput, type SlaState } from './apply-sla.js';
export {
  countingReplies,
  resolutionCycles,
  type SlaReply,
  type SlaStatusChange,
  type SignalStatus,
  type SlaActivity,
  type ResolutionCycle,
} from './sla-activity.js';
export {
  evaluateSla,
  type EvaluateSlaOptions,
  type SlaEvaluation,
  type ClockView,
  type FirstResponseView,
  type ResolutionView,
} from './evaluate-sla.js';
export { SLA_EVENT_TYPES, slaEventKey, type SlaEvent, type SlaEventType } from './sla-events.js';
export { diffEvents } from './diff-events.js';
export {
  slaFigures,
  percentile,
  type SlaFigureItem,
  type SlaFiguresOptions,
  type SlaFigures,
  type Distribution,
  type DurationFigures,
  type RateFigure,
} from './sla-figures.js';
export { applySlaToSignals, slasFor, storeSlas, type SlaToApply } from './apply-to-signals.js';
export { sweepSla, reevaluateSlas } from './sweep-sla.js';
export { setResolutionDeadline } from './set-resolution-deadline.js';
export { slaIntakeStep } from './intake-step.js';
export { registerSlaSubscribers } from './subscribers.js';
export { registerReplySource, type ReplyTimesReader } from './reply-source.js';
export { loadSlaPolicy, saveSlaPolicy, slaStates, inSlaState, storeSatisfaction, slaDueKey } from './sla-repository.js';
export { slaRoutes } from './http.js';
export { slaFiguresBetween } from './sla-figures-between.js';
export { appliedSlasSubquery, slaEventsSubquery } from './read-sla-subqueries.js';
export {
  storeWorkSteps,
  signalWorkStepsSubquery,
  type WorkStep,
  appliedCalendarsSubquery,
  satisfactionBetween,
  type SatisfactionCounts,
} from './work-order-records.js';
export { slaRisksBetween, type SlaRisk } from './read-sla-risks-repository.js';
