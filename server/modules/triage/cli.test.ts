import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { evalTriageCommand, triageFileCommand } from './cli.js';

function buildFile(lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'triage-cli-')), 'in.jsonl');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

function capture() {
  const out = new PassThrough();
  const chunks: string[] = [];
  out.on('data', (c) => chunks.push(String(c)));
  return { out, lines: () => chunks.join('').trim().split('\n') };
}

describe('writeback triage --in FILE.jsonl', () => {
  it('writes one line per input with the contract fields, and an error line for each bad line', async () => {
    const inPath = buildFile([
      JSON.stringify({ id: 'a1', text: 'It runs small', title: 'Hmm', channel: 'review', rating: 3 }),
      '{not json',
      JSON.stringify({ id: 'a3', text: '' }),
      JSON.stringify({ id: 'a4', text: 'ok', channel: 'carrier-pigeon' }),
      JSON.stringify({ id: 5, text: 'ainda não recebi meu pedido', language: 'pt' }),
    ]);
    const { out, lines } = capture();
    const counts = await triageFileCommand({ inPath, out, model: null });
    const rows = lines().map((l) => JSON.parse(l));
    expect(counts).toEqual({ triaged: 2, failed: 3 });
    expect(rows).toHaveLength(5);
    expect(Object.keys(rows[0]).sort()).toEqual(
      ['clues', 'evidence', 'id', 'issueTypes', 'mustBeHuman', 'ownerTeam', 'reasons', 'sentiment', 'stage'].sort(),
    );
    expect(rows[0]).toMatchObject({ id: 'a1', issueTypes: ['fit_size'], stage: 'post_purchase' });
    expect(rows[1]).toEqual({ line: 2, error: 'line 2: not valid JSON' });
    expect(rows[2]).toMatchObject({ line: 3, id: 'a3', error: expect.stringContaining('text: must not be empty') });
    expect(rows[3]).toMatchObject({ line: 4, error: expect.stringContaining('channel') });
    expect(rows[4]).toMatchObject({ id: 5, issueTypes: ['delivery_delay'] });
  });
});

describe('writeback eval triage --in LABELLED.jsonl', () => {
  const inPath = buildFile([
    JSON.stringify({ id: 1, text: 'Runs small', labels: ['fit_size'] }),
    JSON.stringify({ id: 2, text: 'Love it', labels: ['praise'] }),
    JSON.stringify({ id: 3, text: 'Arrived broken', labels: ['defect'] }),
    JSON.stringify({ id: 4, text: 'no labels here' }),
  ]);

  it('prints per-label scores and micro / macro F1', async () => {
    const { out, lines } = capture();
    const e = await evalTriageCommand({ inPath, out, model: null, minSupport: 1 });
    expect(e.items).toBe(3);
    expect(e.micro.f1).toBeCloseTo(2 / 3);
    const text = lines().join('\n');
    expect(text).toMatch(/fit_size\s+1\.000\s+1\.000\s+1\.000\s+1/);
    expect(text).toMatch(/micro P 0\.667 R 0\.667 F1 0\.667/);
    expect(text).toMatch(/skipped line 4: labels/);
  });

  it('--json prints one JSON document', async () => {
    const { out, lines } = capture();
    await evalTriageCommand({ inPath, out, model: null, json: true });
    const doc = JSON.parse(lines()[0] ?? '');
    expect(doc.micro.f1).toBeCloseTo(2 / 3);
    expect(doc.errors).toHaveLength(1);
  });
});

describe('writeback eval triage per language', () => {
  const inPath = buildFile([
    JSON.stringify({ id: 1, text: 'Runs small', language: 'en', labels: ['fit_size'] }),
    JSON.stringify({ id: 2, text: 'Love it', language: 'en', labels: ['praise'] }),
    JSON.stringify({ id: 3, text: 'Chegou quebrado', language: 'pt', labels: ['damaged_in_transit'] }),
    JSON.stringify({ id: 4, text: 'Produto com defeito', language: 'PT', labels: ['missing_item'] }),
    JSON.stringify({ id: 5, text: 'Arrived broken', labels: ['damaged_in_transit'] }),
  ]);

  it('prints the figures overall and for each language the lines name', async () => {
    const { out, lines } = capture();
    const e = await evalTriageCommand({ inPath, out, model: null, minSupport: 1 });
    expect(e.items).toBe(5);
    expect(Object.keys(e.byLanguage ?? {})).toEqual(['en', 'pt']);
    expect(e.byLanguage!.en!.items).toBe(2);
    expect(e.byLanguage!.en!.micro.f1).toBeCloseTo(1);
    expect(e.byLanguage!.pt!.items).toBe(2);
    expect(e.byLanguage!.pt!.micro.f1).toBeLessThan(1);
    const text = lines().join('\n');
    expect(text).toMatch(/--- language en[\s\S]*items 2 {2}micro P 1\.000/);
    expect(text).toMatch(/--- language pt[\s\S]*missing_item/);
  });

  it('--json carries byLanguage; a file without languages has none', async () => {
    const { out, lines } = capture();
    await evalTriageCommand({ inPath, out, model: null, json: true });
    expect(Object.keys(JSON.parse(lines()[0] ?? '').byLanguage)).toEqual(['en', 'pt']);
    const plain = buildFile([JSON.stringify({ id: 1, text: 'Runs small', labels: ['fit_size'] })]);
    const c = capture();
    expect((await evalTriageCommand({ inPath: plain, out: c.out, model: null })).byLanguage).toBeUndefined();
  });
});

describe('the shipped fixtures', () => {
  it('triage the invented signals with the base model, one line each, the empty one as an error', async () => {
    const { out, lines } = capture();
    await triageFileCommand({ inPath: new URL('../../../test-data/triage/signals.jsonl', import.meta.url).pathname, out });
    const rows = lines().map((l) => JSON.parse(l));
    expect(rows).toHaveLength(8);
    const byId = Object.fromEntries(rows.filter((r) => r.id).map((r) => [r.id, r]));
    expect(byId.s1.issueTypes).toEqual(expect.arrayContaining(['fit_size', 'returns_refunds']));
    expect(byId.s2.evidence.delivery).toMatchObject({ promisedMaxDays: 7, actualDays: 11 });
    expect(byId.s2.evidence.orderIds[0].value).toBe('A778812');
    expect(byId.s3).toMatchObject({ mustBeHuman: true, ownerTeam: 'product_compliance' });
    expect(byId.s4.stage).toBe('pre_sale');
    expect(byId.s5.issueTypes).toEqual(expect.arrayContaining(['missing_item', 'returns_refunds']));
    expect(byId.s6.issueTypes).toContain('ai_wrong_answer');
    expect(byId.s7.issueTypes).toEqual(['praise']);
    expect(byId.s8.error).toMatch(/^line 8: text/);
  });
});
