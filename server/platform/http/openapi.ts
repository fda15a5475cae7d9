import type { Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type {
  HttpMethod,
  JsonSchema,
  OpenApiDocument,
  OpenApiOperation,
  OpenApiParameter,
  OpenApiResponse,
} from '../../../contracts/openapi.js';
import { AppError } from '../errors.js';

/**
 * What a route says about itself for the OpenAPI document. It sits next to the route
 * (`app.get(path, doc({...}), handler)`) and names the very zod schemas the handler parses with,
 * so the document cannot describe a different input than the one validated.
 */
export interface RouteDoc {
  summary: string;
  description?: string;
  /** The query schema the handler parses `c.req.query()` with. */
  query?: z.ZodType;
  /** Path parameters with a schema of their own; the others are read from the path (`:id{[0-9]+}`). */
  params?: z.ZodObject;
  /** The body schema the handler (or the use-case it calls) parses with. */
  body?: z.ZodType;
  /** The body's media type when it is not JSON (the complaint form's multipart upload). */
  bodyType?: 'multipart/form-data';
  /** The body may also be an array of up to this many items (`readOneOrBatch`). */
  batch?: number;
  /** Success answers by status; a string is a JSON answer with that description. Default: 200 JSON. */
  responses?: Record<number, string | { description: string; content?: readonly string[] }>;
  /** Error codes this route answers besides invalid_input (implied by query, params or body), unauthorized, forbidden and internal. */
  errors?: readonly string[];
}

const DOC = Symbol('route-doc');
type Documented = MiddlewareHandler & { [DOC]: RouteDoc };

/**
 * The middleware carrying the route's description. On a GET it also refuses query parameters the
 * route does not declare: a misspelt or unsupported filter silently ignored returns everything,
 * which reads as an answer (`?customerId=` listing every signal).
 */
export function doc(d: RouteDoc): MiddlewareHandler {
  let known: Set<string> | undefined;
  const mw: MiddlewareHandler = async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') {
      known ??= new Set(d.query ? Object.keys(toSchema(d.query).properties ?? {}) : []);
      for (const key of new URL(c.req.url).searchParams.keys()) {
        if (known.has(key)) continue;
        const takes = known.size ? `this endpoint takes ${[...known].join(', ')}` : 'this endpoint takes no query parameters';
        const message = `unknown query parameter; ${takes}`;
        throw new AppError('invalid_input', `${key}: ${message}`, [{ path: key, message }]);
      }
    }
    await next();
  };
  return Object.assign(mw, { [DOC]: d });
}

export interface DocumentOptions {
  title: string;
  version: string;
  description?: string;
  /** The HTTP status of an error code (server/http-errors.ts); anything but a number is an unknown code. */
  statusOf: (code: string) => unknown;
}

/** `/api/signals/:id{[0-9]+}/replies` → `/api/signals/{id}/replies`, the form OpenAPI and the route test share. */
export function openApiPath(honoPath: string): string {
  return honoPath.replace(/:([A-Za-z0-9_]+)(\{(?:[^{}]|\{[^{}]*\})*\})?\??/g, '{$1}');
}

/** The documented (method, path) pairs of an app, as OpenAPI keys: `get /api/signals/{id}`. */
function documentedRoutes(app: Hono): { method: HttpMethod; path: string; honoPath: string; doc: RouteDoc }[] {
  const out = [];
  for (const r of app.routes) {
    const d = (r.handler as Partial<Documented>)[DOC];
    if (d) out.push({ method: r.method.toLowerCase() as HttpMethod, path: openApiPath(r.path), honoPath: r.path, doc: d });
  }
  return out;
}

const toSchema = (s: z.ZodType): JsonSchema => {
  // Input side: what a caller sends (defaults optional, coercions and transforms as their input).
  const { $schema: _, ...rest } = z.toJSONSchema(s, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    // A named format (date-time, date, email) says it; zod's 300-character pattern for it only adds noise.
    override: ({ jsonSchema }) => {
      if (jsonSchema.format && jsonSchema.pattern) delete jsonSchema.pattern;
    },
  }) as JsonSchema & { $schema?: string };
  return rest;
};

function parametersOf(where: 'query' | 'path', schema: z.ZodType): OpenApiParameter[] {
  const js = toSchema(schema);
  return Object.entries(js.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (js.required ?? []).includes(name),
    schema: s,
    ...(s.description ? { description: s.description } : {}),
  }));
}

function pathParameters(honoPath: string, own: z.ZodObject | undefined): OpenApiParameter[] {
  const declared = own ? parametersOf('path', own) : [];
  const names = new Set(declared.map((p) => p.name));
  for (const m of honoPath.matchAll(/:([A-Za-z0-9_]+)(?:\{((?:[^{}]|\{[^{}]*\})*)\})?/g)) {
    if (names.has(m[1]!)) continue;
    declared.push({ name: m[1]!, in: 'path', required: true, schema: { type: 'string', ...(m[2] ? { pattern: `^${m[2]}$` } : {}) } });
  }
  return declared;
}

const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: 'stable, one per cause; see each answer for the codes a route uses' },
        message: { type: 'string', description: 'for people; may change' },
        details: {
          description:
            'for invalid_input: one { path, message } per bad field (path like items[3].receivedAt); other codes may carry their own',
        },
      },
    },
  },
};

function errorResponses(codes: readonly string[], statusOf: DocumentOptions['statusOf'], where: string): Record<string, OpenApiResponse> {
  const byStatus = new Map<number, string[]>();
  for (const code of codes) {
    const status = statusOf(code);
    if (typeof status !== 'number') throw new Error(`${where}: unknown error code ${code}`);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Record<string, OpenApiResponse> = {};
  for (const [status, list] of [...byStatus].sort((a, b) => a[0] - b[0])) {
    out[String(status)] = {
      description: list.join(', '),
      content: {
        'application/json': {
          schema: {
            allOf: [
              { $ref: '#/components/schemas/Error' },
              {
                properties: { error: { properties: { code: { enum: list } } } },
              },
            ],
          },
        },
      },
    };
  }
  return out;
}

function operationId(method: string, path: string): string {
  const words = path
    .replace(/^\/api/, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return method + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
}

function operation(
  method: HttpMethod,
  path: string,
  honoPath: string,
  d: RouteDoc,
  statusOf: DocumentOptions['statusOf'],
): OpenApiOperation {
  const parameters = [...pathParameters(honoPath, d.params), ...(d.query ? parametersOf('query', d.query) : [])];
  const validates = Boolean(d.query || d.body || parameters.length);
  const codes = [
    ...(validates ? ['invalid_input'] : []),
    ...(d.batch ? ['payload_too_large'] : []),
    ...(d.errors ?? []),
    'unauthorized',
    // Every route passes the policy table (modules/people/policy.ts): a role it does not allow gets 403.
    'forbidden',
    'internal',
  ];
  let requestBody: OpenApiOperation['requestBody'];
  if (d.body) {
    const one = toSchema(d.body);
    const schema: JsonSchema = d.batch ? { oneOf: [one, { type: 'array', minItems: 1, maxItems: d.batch, items: one }] } : one;
    requestBody = { required: true, content: { [d.bodyType ?? 'application/json']: { schema } } };
  }
  const responses: Record<string, OpenApiResponse> = {};
  for (const [status, r] of Object.entries(d.responses ?? { 200: 'the answer' })) {
    const { description, content = ['application/json'] } = typeof r === 'string' ? { description: r } : r;
    responses[status] = status === '204' ? { description } : { description, content: Object.fromEntries(content.map((t) => [t, {}])) };
  }
  Object.assign(responses, errorResponses([...new Set(codes)], statusOf, `${method.toUpperCase()} ${path}`));
  return {
    operationId: operationId(method, path),
    tags: [(path.split('/')[2] ?? 'api').replace(/\.json$/, '')],
    summary: d.summary,
    ...(d.description ? { description: d.description } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of every route of `app` that carries a `doc(...)`. */
export function openApiDocument(app: Hono, opts: DocumentOptions): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const r of documentedRoutes(app)) {
    const item = (paths[r.path] ??= {});
    if (item[r.method]) throw new Error(`${r.method.toUpperCase()} ${r.path} is documented twice`);
    item[r.method] = operation(r.method, r.path, r.honoPath, r.doc, opts.statusOf);
  }
  return {
    openapi: '3.1.0',
    info: { title: opts.title, version: opts.version, ...(opts.description ? { description: opts.description } : {}) },
    // A bearer token is asked only when the server has WRITEBACK_ADMIN_TOKEN set.
    security: [{ bearer: [] }, {}],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'WRITEBACK_ADMIN_TOKEN, when the server has one' } },
      schemas: { Error: ERROR_SCHEMA },
    },
  };
}
