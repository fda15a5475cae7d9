import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/http.js';
import { buildSignal } from '../../test/factories.js';
import { createLogger } from '../../platform/logger.js';
import { triageSignal } from './index.js';
import { findPattern, PatternBudget, patternProblem, compilePattern, setPatternLogger, PATTERN_TEXT_LIMIT } from './seller-pattern.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
const logged: string[] = [];
beforeAll(async () => {
  t = await buildTestApp();
  setPatternLogger(createLogger('warn', (l) => logged.push(l)));
});
afterAll(async () => {
  setPatternLogger(createLogger('warn'));
  await t.close();
});

describe('seller patterns run in linear time', () => {
  it("(a+)+$ on 40 a's answers within a second and /api/health keeps answering", async () => {
    const rule = await t.call('POST', '/api/triage/rules', { issueType: 'defect', pattern: '(a+)+$' });
    expect(rule.status).toBe(201);
    const started = performance.now();
    let healthMs = Infinity;
    const health = (async () => {
      const h0 = performance.now();
      const res = await t.app.request('/api/health');
      healthMs = performance.now() - h0;
      return res.status;
    })();
    const [signal, healthStatus] = await Promise.all([t.call('POST', '/api/signals', buildSignal({ text: `${'a'.repeat(40)}!` })), health]);
    expect(signal.status).toBe(201);
    expect(healthStatus).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(healthMs).toBeLessThan(1000);
    const preview = await t.call('POST', '/api/triage/preview', { text: 'a'.repeat(40) });
    expect(preview.body.issueTypes).toContain('defect');
    expect((await t.call('DELETE', `/api/triage/rules/${rule.body.id}`)).status).toBe(204);
  });

  it.each([
    ['a backreference', '(a)\\1'],
    ['a lookahead', 'late(?= again)'],
    ['a negative lookahead', 'late(?!r)'],
    ['a lookbehind', '(?<=very )late'],
  ])('%s is refused on save with the reason, naming the field', async (_what, pattern) => {
    const r = await t.call('POST', '/api/triage/rules', { issueType: 'defect', pattern });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('pattern');
    expect(r.body.error.details[0].message).toMatch(/not supported/);
  });

  it('a pattern too large to run cheaply is refused', async () => {
    const pattern = Array.from({ length: 40 }, () => '\\p{L}{0,20}').join('') + 'z';
    const r = await t.call('POST', '/api/triage/rules', { issueType: 'defect', pattern });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].message).toMatch(/too complex/);
  });

  it('a stored pattern RE2 cannot run is skipped with a warning that names the rule, not the text', async () => {
    const row = await t.ctx.db
      .insertInto('triage_rules')
      .values({ issue_type: 'defect', language: 'any', phrase: null, pattern: 'broke(?=n)', weight: 1, created_by: 'old' })
      .returningAll()
      .executeTakeFirstOrThrow();
    logged.length = 0;
    const secret = 'Maria Quinteiro says it broken';
    const r = await t.call('POST', '/api/signals', buildSignal({ text: secret }));
    expect(r.status).toBe(201);
    const warning = logged.find((l) => l.includes('seller pattern skipped'));
    expect(warning).toBeDefined();
    expect(warning).toContain(`seller-${row.id}`);
    expect(logged.join('\n')).not.toContain('Quinteiro');
    await t.ctx.db.deleteFrom('triage_rules').where('id', '=', row.id).execute();
  });
});

describe('the budget', () => {
  it('spans index into the text with astral characters before the match, as RegExp did', () => {
    const r = triageSignal(
      { text: '😀😀 o CAFÉ chegou RUIM' },
      { model: null, sellerRules: [{ issueType: 'defect', pattern: 'caf[eé] chegou ruim', weight: 3 }] },
    );
    const span = r.labels.find((l) => l.type === 'defect')!.spans.find((s) => s.rule.startsWith('seller'))!;
    expect(r.text.slice(span.start, span.end)).toBe('CAFÉ chegou RUIM');
  });

  it('a pattern sees at most PATTERN_TEXT_LIMIT characters', () => {
    const p = compilePattern('needle', 'seller-x')!;
    const far = `${'x'.repeat(PATTERN_TEXT_LIMIT)} needle`;
    expect(findPattern(p, far, new PatternBudget())).toBeNull();
    expect(findPattern(p, 'a needle', new PatternBudget())).toMatchObject({ start: 2, end: 8, text: 'needle' });
  });

  it('once a signal has spent its budget, later patterns are skipped and counted', async () => {
    const budget = new PatternBudget(0);
    await new Promise((r) => setTimeout(r, 2));
    expect(findPattern(compilePattern('x', 's')!, 'x', budget)).toBeNull();
    expect(budget.skipped).toBe(1);
  });

  it('a pattern RE2 accepts has no problem', () => {
    expect(patternProblem('E-?\\d{3} error')).toBeNull();
  });
});
