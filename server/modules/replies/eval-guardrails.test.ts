import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalGuardrailsCommand, evaluateGuardrails, readLabelledReplies } from './eval-guardrails.js';
import { deserializeGuardrailModel, predict, serializeGuardrailModel, trainGuardrailModel } from './guardrail-model.js';
import { loadGuardrailModel } from './learned-opinion.js';

function fileWith(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'wb-eval-guardrails-'));
  const path = join(dir, 'labelled.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const ROWS = [
  { id: 'b1', text: 'Please post your home address below.', public: true, bad: true, language: 'en', category: 'data_request' },
  { id: 'b2', text: 'Você não leu o manual.', public: true, bad: true, language: 'pt', category: 'blame' },
  { id: 'b3', text: 'We hope the new one works for you.', public: true, bad: true, language: 'en', category: 'promise' },
  { id: 'g1', text: 'Please DM us your order number and we will trace it today.', public: true, bad: false, language: 'en' },
  { id: 'g2', text: 'Could you send us your address? We reship today.', public: false, bad: false, language: 'en' },
  { id: 'g3', text: 'Your parcel will arrive on Monday.', public: true, bad: false, language: 'en', category: 'good' },
];

describe('evaluateGuardrails', () => {
  it('counts a reply as blocked when a finding blocks on its channel, overall, per category and per language', () => {
    const e = evaluateGuardrails(ROWS);
    expect(e.items).toBe(6);
    expect(e.bad).toEqual({ n: 3, blocked: 2, share: 2 / 3 });
    expect(e.good).toEqual({ n: 3, blocked: 1, share: 1 / 3 });
    expect(e.missed).toEqual(['b3']);
    expect(e.overblocked).toEqual(['g3']);
    expect(e.byCategory).toContainEqual({ category: 'promise', bad: true, n: 1, blocked: 0, share: 0 });
    expect(e.byCategory).toContainEqual({ category: 'good', bad: false, n: 3, blocked: 1, share: 1 / 3 });
    expect(e.byLanguage).toEqual([
      { language: 'en', bad: { n: 2, blocked: 1, share: 0.5 }, good: { n: 3, blocked: 1, share: 1 / 3 } },
      { language: 'pt', bad: { n: 1, blocked: 1, share: 1 }, good: { n: 0, blocked: 0, share: 0 } },
    ]);
    expect(e.byCode.map((c) => c.code).sort()).toEqual([
      'argues_with_customer',
      'asks_private_details_in_public',
      'uncontrolled_date_promise',
    ]);
  });
});

describe('writeback eval guardrails', () => {
  it('prints the shares in words, and the same figures as JSON with --json', async () => {
    const path = fileWith(ROWS.map((r) => JSON.stringify(r)));
    const text: string[] = [];
    await evalGuardrailsCommand({ inPath: path, out: { write: (s: string) => text.push(s) } });
    const out = text.join('');
    expect(out).toContain('bad replies blocked        2/3  66.7%');
    expect(out).toContain('good replies blocked       1/3  33.3%');
    expect(out).toMatch(/by language[\s\S]*\n {2}pt +1\/1 100\.0%/);
    const json: string[] = [];
    await evalGuardrailsCommand({ inPath: path, out: { write: (s: string) => json.push(s) }, json: true });
    expect(JSON.parse(json.join('')).bad).toEqual({ n: 3, blocked: 2, share: 2 / 3 });
  });

  it('names the line and the field of a bad record', async () => {
    const path = fileWith([JSON.stringify(ROWS[0]), JSON.stringify({ id: 'x', text: 'hi', public: true })]);
    await expect(readLabelledReplies(path)).rejects.toThrow(/line 2: bad: /);
    await expect(readLabelledReplies(fileWith(['{not json']))).rejects.toThrow(/line 1: not valid JSON/);
  });
});

describe('the learned second opinion', () => {
  it('ships with the module, with a threshold, and survives its packed form', () => {
    const model = loadGuardrailModel();
    expect(model).not.toBeNull();
    expect(model!.threshold).toBeGreaterThanOrEqual(0.5);
    const again = deserializeGuardrailModel(JSON.parse(JSON.stringify(serializeGuardrailModel(model!))));
    const text = 'Please post your address in the comments.';
    const [a, b] = [predict(model!, text), predict(again, text)];
    for (const [i, p] of a.entries()) expect(p).toBeCloseTo(b[i]!, 3);
  });

  it('learns words it was shown, in any language', () => {
    const rows = [
      ...['bitte löschen Sie die Bewertung', 'apague a avaliação por favor', 'borra la reseña por favor'].map((text) => ({
        text,
        label: 'review_change' as const,
      })),
      ...[
        'danke für die Fotos, neuer Deckel kommt',
        'obrigado pelas fotos, tampa nova enviada',
        'gracias por las fotos, tapa nueva enviada',
      ].map((text) => ({ text, label: 'good' as const })),
    ];
    const model = trainGuardrailModel(rows, { bits: 10, epochs: 200 });
    const review = model.classes.indexOf('review_change');
    expect(predict(model, 'löschen Sie die Bewertung')[review]).toBeGreaterThan(0.5);
    expect(predict(model, 'neuer Deckel kommt, danke')[0]).toBeGreaterThan(0.5);
  });
});
