import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { buildTestApp } from './test/http.js';
import { openApiPath } from './platform/http/openapi.js';
import type { JsonSchema, OpenApiDocument, OpenApiOperation } from '../contracts/openapi.js';

let t: Awaited<ReturnType<typeof buildTestApp>>;
let document: OpenApiDocument;
beforeAll(async () => {
  // Signed in, so the routes only a person may call (their tokens) are probed too.
  t = await buildTestApp({ signedInAs: 'admin' });
  const r = await t.call('GET', '/api/openapi.json');
  expect(r.status).toBe(200);
  document = r.body;
});
afterAll(async () => {
  await t.close();
});

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
    const doors = [
      ...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${openApiPath(r.path)}`)),
    ];
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

  it('documents the inputs each route validates: every documented field, sent wrong, is refused by name', async () => {
    const refusedOk: string[] = [];
    const notNamed: string[] = [];
    let probes = 0;
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item) as [string, OpenApiOperation][]) {
        const url = concretePath(path, op);
        for (const p of op.parameters ?? []) {
          const bad = p.in === 'query' ? badQueryValue(p.schema) : undefined;
          if (bad === undefined) continue;
          probes++;
          const r = await t.call(
            method.toUpperCase(),
            `${url}?${new URLSearchParams({ [p.name]: bad })}`,
            method === 'get' ? undefined : {},
          );
          if (r.status !== 400) refusedOk.push(`${method} ${path} ?${p.name}=${bad.slice(0, 20)} → ${r.status}`);
          else if (!named(r.body, p.name)) notNamed.push(`${method} ${path} ?${p.name}: ${JSON.stringify(r.body.error.details)}`);
        }
        const body = op.requestBody?.content['application/json']?.schema;
        for (const shape of body ? (body.oneOf ?? body.anyOf ?? [body]).filter((m) => m.properties) : []) {
          // A tagged shape is picked by its tag; every other field is sent alone with a wrong type.
          const tags = Object.fromEntries(
            Object.entries(shape.properties!)
              .filter(([, s]) => s.const !== undefined)
              .map(([k, s]) => [k, s.const]),
          );
          for (const [field, s] of Object.entries(shape.properties!)) {
            if (s.const !== undefined || PATH_FILLED[`${method} ${path}`]?.includes(field)) continue;
            probes++;
            const r = await t.call(method.toUpperCase(), url, { ...tags, [field]: wrongType(s) });
            if (r.status !== 400) refusedOk.push(`${method} ${path} body.${field} → ${r.status}`);
            else if (!named(r.body, field)) notNamed.push(`${method} ${path} body.${field}: ${JSON.stringify(r.body.error.details)}`);
          }
        }
      }
    }
    expect(probes).toBeGreaterThan(100);
    expect(refusedOk).toEqual([]);
    expect(notNamed).toEqual([]);
  });

  it('turns Hono path patterns into OpenAPI paths', () => {
    expect(openApiPath('/api/signals/:id{[0-9]+}/replies')).toBe('/api/signals/{id}/replies');
    expect(openApiPath('/api/products/:sku/file')).toBe('/api/products/{sku}/file');
    expect(openApiPath('/api/x/:d{[0-9]{4}}')).toBe('/api/x/{d}');
  });
});

/** Body fields the route fills from the path, whatever the caller sends. */
const PATH_FILLED: Record<string, string[]> = { 'post /api/issues/{id}/decisions': ['issueId'] };

function concretePath(path: string, op: OpenApiOperation): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const p = op.parameters?.find((x) => x.in === 'path' && x.name === name);
    return p?.schema.pattern?.startsWith('^[0-9]') ? '1' : 'probe-1';
  });
}

const named = (body: { error?: { details?: unknown } }, field: string) =>
  Array.isArray(body.error?.details) &&
  (body.error.details as { path: string }[]).some(
    (d) => d.path === field || d.path.startsWith(`${field}.`) || d.path.startsWith(`${field}[`),
  );

/** A query value the parameter's schema refuses, or undefined when any string passes. */
function badQueryValue(s: JsonSchema): string | undefined {
  if (s.enum) return 'not-one-of-them';
  if (s.type === 'integer' || s.type === 'number') return 'not-a-number';
  if (s.anyOf || s.oneOf || s.format) return 'not-a-date';
  if (s.pattern) return '!';
  if (s.maxLength !== undefined) return 'x'.repeat(s.maxLength + 1);
  if (s.minLength) return '';
  return undefined;
}

/** A JSON value of a type the schema does not allow. */
function wrongType(s: JsonSchema): unknown {
  const members = s.anyOf ?? s.oneOf;
  const types = members ? members.map((m) => m.type) : [s.enum ? typeof s.enum[0] : s.type];
  return types.includes('string') ? 12345 : 'not-this-type';
}
