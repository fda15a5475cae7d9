import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildTestApp } from './test/http.js';
import { openApiPath } from './platform/http/openapi.js';
import type { OpenApiDocument } from '../contracts/openapi.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let document: OpenApiDocument;
beforeAll(async () => {
  t = await buildTestApp();
  const r = await t.call('GET', '/api/openapi.json');
  expect(r.status).toBe(200);
  document = r.body;
});
afterAll(async () => { await t.close(); });

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const res = await validator.validate(structuredClone(document) as unknown as Record<string, unknown>);
    expect(res.errors ?? []).toEqual([]);
    expect(res.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('lists every route the app registers, each with a summary', () => {
    // app.use middleware and the /api/* 404 fallback are registered as ALL; every other route is a door.
    const doors = [...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`))];
    const listed = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m} ${path}`));
    expect(doors.length).toBeGreaterThan(40);
    expect(doors.filter((d) => !listed.includes(d))).toEqual([]);
    expect(listed.filter((l) => !doors.includes(l))).toEqual([]);
    for (const item of Object.values(document.paths)) for (const op of Object.values(item)) expect(op.summary).toBeTruthy();
  });

  it('documents the error body and the codes a route answers', () => {
    const op = document.paths['/api/signals/{id}']!.get!;
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '404', '500']));
    expect(JSON.stringify(op.responses['404'])).toContain('signal_not_found');
  });

  it('takes inputs from the schemas the routes validate with', () => {
    const list = document.paths['/api/signals']!.get!;
    expect(list.parameters!.find((p) => p.name === 'limit')).toMatchObject({ in: 'query', schema: { maximum: 500 } });
    const post = document.paths['/api/signals']!.post!;
    expect(post.requestBody!.content['application/json']!.schema.oneOf![1]!.maxItems).toBe(1000);
  });

  it('turns Hono path patterns into OpenAPI paths', () => {
    expect(openApiPath('/api/signals/:id{[0-9]+}/replies')).toBe('/api/signals/{id}/replies');
    expect(openApiPath('/api/products/:sku/file')).toBe('/api/products/{sku}/file');
    expect(openApiPath('/api/x/:d{[0-9]{4}}')).toBe('/api/x/{d}');
  });
});
