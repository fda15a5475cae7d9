/**
 * A seller's regular expression runs on RE2 (re2js, a pure JavaScript port): matching is linear in
 * the text, so no pattern can backtrack the event loop away ("(a+)+$" on 40 a's took over 60 s on
 * the JavaScript engine). RE2 refuses what it cannot run in linear time (backreferences,
 * lookahead, lookbehind); those patterns are refused on save and skipped when already stored.
 */
import { RE2JS } from 're2js';
import { createLogger, type Logger } from '../../platform/logger.js';

/**
 * RE2 is linear in text × program, so both are bounded: a pattern compiles to at most this many
 * instructions (a `\p{L}{0,20}` repeated 40 times is 1,603 and took 0.5 s on 100,000 characters)…
 */
export const MAX_PATTERN_PROGRAM = 1_000;
/** …and sees at most the first this-many characters of a signal (the built-in phrases see all of it). */
export const PATTERN_TEXT_LIMIT = 20_000;
/** Once one signal's seller patterns have used this much time, the rest are skipped for that signal. */
export const PATTERN_BUDGET_MS = 50;

export interface CompiledPattern {
  matcher: RE2JS;
  id: string;
}
export interface PatternMatch {
  start: number;
  end: number;
  text: string;
}

/** The reason RE2 cannot take `pattern`, or null when it can. */
export function patternProblem(pattern: string): string | null {
  try {
    const re = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    const size = re.programSize();
    if (size > MAX_PATTERN_PROGRAM) return `too complex (${size} steps, at most ${MAX_PATTERN_PROGRAM}); use fewer or smaller repeats`;
    return null;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // RE2's message quotes the pattern, which is the seller's own text; keep it short.
    return `not supported: ${msg.replace(/^error parsing regexp: /, '').slice(0, 200)} (no backreferences or lookaround)`;
  }
}

let log: Logger = createLogger('warn');
/** Tests and the app may route the warnings elsewhere. */
export function setPatternLogger(l: Logger): void {
  log = l;
}

/** Compiles a stored pattern; an invalid one is skipped with a warning naming the rule, never the text it would read. */
export function compilePattern(pattern: string, id: string): CompiledPattern | null {
  const problem = patternProblem(pattern);
  if (problem) {
    log.warn('seller pattern skipped', { rule: id, reason: problem });
    return null;
  }
  return { matcher: RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE), id };
}

/** A per-signal clock for the seller patterns: once spent, later patterns are not run. */
export class PatternBudget {
  private readonly started = performance.now();
  skipped = 0;
  constructor(private readonly ms = PATTERN_BUDGET_MS) {}
  spent(): boolean {
    return performance.now() - this.started > this.ms;
  }
}

let budgetWarned = 0;

/** The first match of `p` in `text` (its first PATTERN_TEXT_LIMIT characters), or null. */
export function findPattern(p: CompiledPattern, text: string, budget: PatternBudget): PatternMatch | null {
  if (budget.spent()) {
    budget.skipped++;
    // Once a minute is enough to tell an operator; the rule id says which seller rules were late.
    if (Date.now() - budgetWarned > 60_000) {
      budgetWarned = Date.now();
      log.warn('seller pattern budget spent; later patterns skipped', { rule: p.id });
    }
    return null;
  }
  const m = p.matcher.matcher(text.length > PATTERN_TEXT_LIMIT ? text.slice(0, PATTERN_TEXT_LIMIT) : text);
  if (!m.find()) return null;
  return { start: m.start(), end: m.end(), text: m.group() ?? '' };
}
