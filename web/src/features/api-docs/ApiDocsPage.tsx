import { useId, useState } from 'react';
import type { HttpMethod, JsonSchema, OpenApiDocument, OpenApiOperation } from '../../../../contracts/openapi.js';
import { Load } from '../../shared/components.js';
import { useApi } from '../../shared/use-api.js';
import { choices, schemaText } from './schema-text.js';

// The reference page renders GET /api/openapi.json, which the server generates from the zod
// schemas its routes validate with; nothing on this page is written by hand per route.

const METHODS: HttpMethod[] = ['get', 'post', 'put', 'patch', 'delete'];

interface Entry {
  method: HttpMethod;
  path: string;
  op: OpenApiOperation;
}

function entries(d: OpenApiDocument): Entry[] {
  return Object.entries(d.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => (item[method] ? [{ method, path, op: item[method] }] : [])),
  );
}

const matches = (e: Entry, q: string) =>
  !q || `${e.method} ${e.path} ${e.op.summary} ${e.op.description ?? ''}`.toLowerCase().includes(q.toLowerCase());

export function ApiDocsPage() {
  const data = useApi<OpenApiDocument>('/api/openapi.json');
  const [filter, setFilter] = useState('');
  const filterId = useId();
  return (
    <>
      <h1>API reference</h1>
      <Load value={data} what="the API description">
        {(d) => {
          const shown = entries(d).filter((e) => matches(e, filter));
          const tags = [...new Set(shown.map((e) => e.op.tags[0] ?? 'api'))];
          return (
            <>
              <section className="panel" aria-label="About this API">
                {d.info.description && <p>{d.info.description}</p>}
                <p className="muted">
                  {d.info.title} {d.info.version}, OpenAPI {d.openapi}: <a href="/api/openapi.json">/api/openapi.json</a>. When the server
                  has WRITEBACK_ADMIN_TOKEN set, send <code>Authorization: Bearer &lt;token&gt;</code> with every call.
                </p>
                <label htmlFor={filterId}>Filter routes </label>
                <input
                  id={filterId}
                  type="search"
                  value={filter}
                  onChange={(e) => setFilter(e.target.value)}
                  placeholder="path, method or words"
                />
                <p className="muted" role="status" aria-live="polite">
                  {shown.length} routes
                </p>
                <nav aria-label="Route groups">
                  <ul className="row">
                    {tags.map((t) => (
                      <li key={t}>
                        <a href={`#api-${t}`}>{t}</a>
                      </li>
                    ))}
                  </ul>
                </nav>
              </section>
              {tags.map((t) => (
                <section key={t} className="panel" aria-labelledby={`api-${t}`}>
                  <h2 id={`api-${t}`}>{t}</h2>
                  {shown
                    .filter((e) => (e.op.tags[0] ?? 'api') === t)
                    .map((e) => (
                      <Operation key={`${e.method} ${e.path}`} entry={e} doc={d} />
                    ))}
                </section>
              ))}
            </>
          );
        }}
      </Load>
    </>
  );
}

function Operation({ entry: { method, path, op }, doc }: { entry: Entry; doc: OpenApiDocument }) {
  const body = op.requestBody?.content['application/json']?.schema;
  return (
    <article className="api-op" aria-labelledby={op.operationId}>
      <h3 id={op.operationId}>
        <span className={`badge api-${method}`}>{method.toUpperCase()}</span> <code>{path}</code>
      </h3>
      <p>{op.summary}</p>
      {op.description && <p className="muted">{op.description}</p>}
      {op.parameters && op.parameters.length > 0 && (
        <div className="table-wrap">
          <table className="data">
            <caption>Parameters</caption>
            <thead>
              <tr>
                <th scope="col">name</th>
                <th scope="col">in</th>
                <th scope="col">value</th>
              </tr>
            </thead>
            <tbody>
              {op.parameters.map((p) => (
                <tr key={`${p.in} ${p.name}`}>
                  <td>
                    <code>{p.name}</code>
                    {p.required ? ' (required)' : ''}
                  </td>
                  <td>{p.in}</td>
                  <td>
                    {schemaText(p.schema)}
                    {p.description ? ` — ${p.description}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {body && (
        <>
          <h4>Body (JSON)</h4>
          <SchemaView schema={body} doc={doc} />
        </>
      )}
      <div className="table-wrap">
        <table className="data">
          <caption>Answers</caption>
          <thead>
            <tr>
              <th scope="col">status</th>
              <th scope="col">what</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(op.responses).map(([status, r]) => (
              <tr key={status}>
                <td>{status}</td>
                <td>
                  {Number(status) >= 400 ? (
                    <>
                      error: <code>{r.description}</code>
                    </>
                  ) : (
                    r.description
                  )}
                  {Number(status) < 400 && r.content && <span className="muted"> ({Object.keys(r.content).join(', ')})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

function resolve(s: JsonSchema, doc: OpenApiDocument): JsonSchema {
  const name = s.$ref?.startsWith('#/components/schemas/') ? s.$ref.slice('#/components/schemas/'.length) : undefined;
  return (name && doc.components.schemas[name]) || s;
}

/** A schema as nested lists: an object's fields, an array's items, a choice's shapes. Text only. */
function SchemaView({ schema, doc, depth = 0 }: { schema: JsonSchema; doc: OpenApiDocument; depth?: number }) {
  const s = resolve(schema, doc);
  if (depth > 6) return <span className="muted">…</span>;
  const members = choices(s);
  if (members?.some((m) => m.properties || m.items?.properties)) {
    return (
      <ol className="api-schema">
        {members.map((m, i) => (
          <li key={i}>
            {m.type === 'array' ? schemaText(m) : `shape ${i + 1}`}
            <SchemaView schema={m.type === 'array' && m.items ? m.items : m} doc={doc} depth={depth + 1} />
          </li>
        ))}
      </ol>
    );
  }
  if (s.type === 'array' && s.items?.properties) {
    return (
      <>
        {schemaText(s)}
        <SchemaView schema={s.items} doc={doc} depth={depth + 1} />
      </>
    );
  }
  if (!s.properties) return <span>{schemaText(s)}</span>;
  const required = new Set(s.required ?? []);
  return (
    <ul className="api-schema">
      {Object.entries(s.properties).map(([name, p]) => {
        const nested = p.properties || p.items?.properties || choices(p)?.some((m) => m.properties);
        return (
          <li key={name}>
            <code>{name}</code>
            {required.has(name) ? ' (required)' : ''}: {nested ? <SchemaView schema={p} doc={doc} depth={depth + 1} /> : schemaText(p)}
            {p.description && <span className="muted"> — {p.description}</span>}
          </li>
        );
      })}
      {s.additionalProperties === false && <li className="muted">no other fields</li>}
    </ul>
  );
}
