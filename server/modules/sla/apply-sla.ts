import type { BusinessCalendar } from './business-calendar.js';
import { addTargetMinutes, businessClock } from './business-time.js';
import type { SlaClass, SlaPolicy, SlaTarget } from './sla-policy.js';

export type SlaState = 'on_track' | 'at_risk' | 'breached' | 'met';

/**
 * One signal's SLA: the policy's target and calendar copied in at the moment it applied, so a
 * later policy edit never moves a due date a customer was already measured against.
 */
export interface AppliedSla {
  signalId: string;
  slaClass: SlaClass;
  receivedAt: Date;
  /** Only a human reply stops the first-response clock (DESIGN.md, the human boundary). */
  mustBeHuman: boolean;
  firstResponseDueAt: Date;
  /** Due date of the first resolution clock; a reopen starts a new one (see evaluateSla). */
  resolutionDueAt: Date;
  target: SlaTarget;
  calendar: BusinessCalendar;
  /** Share of a target used up before a clock counts as at risk. */
  atRiskFraction: number;
  /** Last evaluated overall state; the sweep stores what evaluateSla returns. */
  status: SlaState;
}

export interface ApplySlaInput {
  signalId: string | number;
  slaClass: SlaClass;
  receivedAt: Date;
  policy: SlaPolicy;
  mustBeHuman?: boolean;
}

export function applySla(input: ApplySlaInput): AppliedSla {
  const { policy, receivedAt, slaClass } = input;
  if (Number.isNaN(receivedAt.getTime())) throw new RangeError('receivedAt is not a valid date');
  const target = policy.classes[slaClass];
  return {
    signalId: String(input.signalId),
    slaClass,
    receivedAt: new Date(receivedAt.getTime()),
    mustBeHuman: input.mustBeHuman ?? false,
    firstResponseDueAt: addTargetMinutes(receivedAt, target.firstResponseMinutes, target.businessHoursOnly, policy.calendar),
    resolutionDueAt: addTargetMinutes(receivedAt, target.resolutionMinutes, target.businessHoursOnly, policy.calendar),
    // Copies, so a policy object edited in memory later cannot reach back into this promise.
    target: { ...target },
    calendar: structuredClone(policy.calendar),
    atRiskFraction: policy.atRiskFraction,
    status: 'on_track',
  };
}

/**
 * applySla for many signals under one policy: the same SLAs, but each SLA class's target and the
 * calendar are copied once for the batch (frozen, so no holder can edit them) instead of once
 * per signal, and the due dates come from one walk over the calendar shared by the batch
 * (dueDatesUnder). For intake, where a thousand SLAs are built and stored at once.
 */
export function applySlaBatch(policy: SlaPolicy, inputs: Omit<ApplySlaInput, 'policy'>[]): AppliedSla[] {
  const calendar = deepFrozen(structuredClone(policy.calendar));
  const targets = new Map<SlaClass, SlaTarget>();
  const dueDates = dueDatesUnder(policy.calendar);
  return inputs.map((input) => {
    const { receivedAt, slaClass } = input;
    if (Number.isNaN(receivedAt.getTime())) throw new RangeError('receivedAt is not a valid date');
    const target = policy.classes[slaClass];
    let copy = targets.get(slaClass);
    if (!copy) targets.set(slaClass, (copy = Object.freeze({ ...target })));
    let [firstResponseDueAt, resolutionDueAt] = [undefined as Date | undefined, undefined as Date | undefined];
    try {
      [firstResponseDueAt, resolutionDueAt] = dueDates(
        receivedAt,
        [target.firstResponseMinutes, target.resolutionMinutes],
        target.businessHoursOnly,
      );
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
      // SLA trouble never blocks intake: a calendar that yields no business time (a policy saved
      // before policies were checked) counts the same minutes on the wall clock for this signal,
      // and its applied SLA says so, so the sweep measures it the same way.
      [firstResponseDueAt, resolutionDueAt] = dueDates(receivedAt, [target.firstResponseMinutes, target.resolutionMinutes], false);
      copy = Object.freeze({ ...target, businessHoursOnly: false });
    }
    return {
      signalId: String(input.signalId),
      slaClass,
      receivedAt: new Date(receivedAt.getTime()),
      mustBeHuman: input.mustBeHuman ?? false,
      firstResponseDueAt: firstResponseDueAt!,
      resolutionDueAt: resolutionDueAt!,
      target: copy,
      calendar,
      atRiskFraction: policy.atRiskFraction,
      status: 'on_track',
    };
  });
}

/** addTargetMinutes for many starts under one calendar, the open-time walk shared (businessClock). */
export function dueDatesUnder(calendar: BusinessCalendar): (start: Date, minutes: number[], businessHoursOnly: boolean) => Date[] {
  const clock = businessClock(calendar);
  return (start, minutes, businessHoursOnly) =>
    businessHoursOnly ? clock(start, minutes) : minutes.map((m) => addTargetMinutes(start, m, false, calendar));
}

function deepFrozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFrozen(v);
    Object.freeze(value);
  }
  return value;
}
