import fc from 'fast-check';

/**
 * Random and adversarial requests for the operations of an OpenAPI document (test/fuzz.test.ts): values that follow
 * each parameter's and body's schema, drawn from real ids where the database has some, mixed with values that must
 * be refused politely — NUL bytes, unpaired surrogates, 1e308, 2^63, negative numbers, over-long strings, broken
 * percent-encoding, malformed JSON, the wrong content type.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};
interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema: JsonSchema;
}
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  parameters: Parameter[];
  body?: JsonSchema;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}
/** A request ready for TestClient.request. */
export interface FuzzRequest {
  method: Operation['method'];
  url: string;
  headers: Record<string, string>;
  payload?: string;
}
/** Real values to draw from: uuids by table, every uuid sampled, and other values by parameter or field name. */
export interface ValuePool {
  uuids: string[];
  uuidsByTable: Record<string, string[]>;
  byName: Record<string, string[]>;
}

/** The table a uuid field or parameter most likely points into, from its name (`id@orgs`: a path's `{id}` after /orgs/). */
function tableFor(name: string): string | null {
  const segment = name.startsWith('id@') ? name.slice(3) : null;
  const bySegment: Record<string, string> = {
    orgs: 'orgs', users: 'users', registrations: 'users', courses: 'courses', modules: 'course_modules', lessons: 'lessons',
    questions: 'questions', programmes: 'programmes', plans: 'plans', transfers: 'transfers', imports: 'imports',
    'profile-changes': 'profile_change_requests', notifications: 'messages', attempts: 'assessment_attempts', files: 'files',
    tokens: 'hrms_tokens', webhooks: 'hrms_webhooks', exports: 'report_exports', 'learning-weeks': 'report_campaigns', certificates: 'certificates',
  };
  if (segment !== null) return bySegment[segment] ?? null;
  const n = name.toLowerCase();
  const byName: [RegExp, string][] = [
    [/org/, 'orgs'], [/course/, 'courses'], [/lesson/, 'lessons'], [/designation/, 'designations'], [/programme/, 'programmes'],
    [/plan/, 'plans'], [/question/, 'questions'], [/user|subject|person|officer|reportee/, 'users'],
  ];
  return byName.find(([re]) => re.test(n))?.[1] ?? null;
}

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const dateArb = fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true });
const nearDateArb = fc.date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true });

/** Strings for fields whose rules live in code rather than in the schema (e-mail, mobile, password). */
function stringByName(name: string): fc.Arbitrary<string> | null {
  const n = name.toLowerCase();
  if (n === 'email') return fc.oneof(fc.nat(99_999).map((i) => `fuzz.${i}@up.gov.in`), fc.emailAddress());
  if (n === 'mobile') return fc.oneof(fc.stringMatching(/^[6-9]\d{9}$/), fc.string({ maxLength: 12 }));
  if (n.endsWith('password')) return fc.oneof(fc.nat(9999).map((i) => `Fuzz-pass-${i}x`), fc.string({ minLength: 1, maxLength: 20 }));
  return null;
}

/** Every operation of the document, with its parameters and JSON body schema. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return ops;
}

/** Inputs that broke endpoints before (issue 12): NUL bytes, unpaired surrogates, numbers outside int4/int8. */
const KILLER_TEXT = ['\u0000', 'a\u0000b', '\ud800', 'x\udfffy', '1e308', '-1e308', '9223372036854775808', '-9223372036854775809', '2147483648', '-1'];
const OTHER_TEXT = ['', ' ', '0', '1.5', 'NaN', 'Infinity', '0x10', 'क्षमता', '😀', "' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', '%', '{}', 'null', 'true', '2026-02-30', '0000-00-00', '0001-01-01', '9999-12-31', '275760-09-13T00:00:00Z'];

/** Strings no input should break on. */
const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...KILLER_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...OTHER_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 5000 }).map((n) => 'x'.repeat(n)) },
);

/** JSON values no body field should break on. */
const nastyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyString },
  { weight: 3, arbitrary: fc.constantFrom(1e308, -1e308, 2 ** 63, -(2 ** 63), 2 ** 31, -(2 ** 31) - 1, -1, 0, 0.5, Number.MAX_SAFE_INTEGER + 2) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [[[[]]]]) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** Percent-encodes a generated string for a URL; an unpaired surrogate cannot be encoded and is dropped (the raw
 * forms `%ED%A0%80`, `%FF` are among the adversarial constants). */
function urlEncode(text: string): string {
  return encodeURIComponent(text.replace(/\p{Cs}/gu, ''));
}

function resolve(schema: JsonSchema, doc: OpenApiDocument): JsonSchema {
  let s = schema;
  for (let i = 0; s.$ref && i < 10; i++) s = doc.components?.schemas?.[s.$ref.split('/').pop() ?? ''] ?? {};
  return s;
}

function stringFor(s: JsonSchema, pool: ValuePool, name: string): fc.Arbitrary<string> {
  const min = s.minLength ?? 0;
  const max = Math.max(min, Math.min(s.maxLength ?? 40, 60));
  const named = pool.byName[name];
  if (named?.length) return fc.oneof(fc.constantFrom(...named), fc.string({ minLength: min, maxLength: max }));
  const byName = stringByName(name);
  if (byName) return byName;
  const uuidPattern = s.pattern?.includes('{8}-') && s.pattern.includes('{12}');
  const format = uuidPattern ? 'uuid' : s.pattern === DATE_PATTERN ? 'date' : s.format;
  switch (format) {
    case 'uuid': {
      const table = tableFor(name);
      const rows = (table && pool.uuidsByTable[table]?.length ? pool.uuidsByTable[table] : pool.uuids) ?? [];
      return rows.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...rows) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid();
    }
    case 'date':
      return fc.oneof(nearDateArb, dateArb).map((d) => d.toISOString().slice(0, 10));
    case 'date-time':
      return fc.oneof(nearDateArb, dateArb).map((d) => d.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
      return fc.webUrl();
  }
  if (s.pattern) {
    try {
      return fc.stringMatching(new RegExp(s.pattern)).filter((v) => v.length >= min && v.length <= (s.maxLength ?? Infinity));
    } catch {
      // A pattern fast-check cannot generate from: fall back to plain strings.
    }
  }
  return fc.string({ minLength: min, maxLength: max });
}

/** Values that follow a schema (depth-bounded; arrays and records kept short). */
export function valueFor(schema: JsonSchema, doc: OpenApiDocument, pool: ValuePool, name = '', depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  if (depth > 6) return fc.constant(null);
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const union = s.anyOf ?? s.oneOf;
  if (union?.length) return fc.oneof(...union.map((u) => valueFor(u, doc, pool, name, depth + 1)));
  if (s.allOf?.length) return valueFor(s.allOf[0] ?? {}, doc, pool, name, depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      return stringFor(s, pool, name);
    case 'integer':
      return fc.integer({ min: Math.max(s.minimum ?? -1000, -(2 ** 31)), max: Math.min(s.maximum ?? 100_000, 2 ** 31 - 1) });
    case 'number':
      return fc.double({ min: s.minimum ?? -1e6, max: s.maximum ?? 1e6, noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (s.prefixItems) return fc.tuple(...s.prefixItems.map((p) => valueFor(p, doc, pool, name, depth + 1)));
      const items = Array.isArray(s.items) ? s.items[0] : s.items;
      const minLength = s.minItems ?? 0;
      return fc.array(valueFor(items ?? {}, doc, pool, name, depth + 1), { minLength, maxLength: Math.max(minLength, Math.min(s.maxItems ?? 3, 3)) });
    }
    case 'object':
      return objectFor(s, doc, pool, depth);
    default:
      return fc.jsonValue({ maxDepth: 1 });
  }
}

function objectFor(s: JsonSchema, doc: OpenApiDocument, pool: ValuePool, depth: number): fc.Arbitrary<unknown> {
  const props = s.properties ?? {};
  if (Object.keys(props).length === 0 && typeof s.additionalProperties === 'object') {
    const value = valueFor(s.additionalProperties, doc, pool, '', depth + 1);
    const keys = pool.uuidsByTable.questions?.length ? pool.uuidsByTable.questions : pool.uuids;
    return fc.dictionary(keys.length ? fc.constantFrom(...keys) : fc.uuid(), value, { maxKeys: 3 });
  }
  const model = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, valueFor(v, doc, pool, k, depth + 1)]));
  return fc.record(model, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
}

/** Replaces, removes or adds one field somewhere in a JSON value, or swaps the whole value. */
function mutate(value: unknown, pick: number, replacement: unknown, action: 'replace' | 'delete' | 'add'): unknown {
  const paths: (string | number)[][] = [[]];
  const collect = (v: unknown, path: (string | number)[]) => {
    if (path.length > 6) return;
    if (Array.isArray(v)) v.forEach((x, i) => (paths.push([...path, i]), collect(x, [...path, i])));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths.push([...path, k]), collect(x, [...path, k]);
  };
  collect(value, []);
  const path = paths[pick % paths.length] ?? [];
  if (path.length === 0) return action === 'add' && value && typeof value === 'object' && !Array.isArray(value) ? { ...value, unexpected: replacement } : replacement;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (action === 'delete') delete parent[last];
  else if (action === 'add' && parent[last] && typeof parent[last] === 'object') (parent[last] as Record<string, unknown>).unexpected = replacement;
  else parent[last] = replacement;
  return copy;
}

/** An adversarial path segment (already URL-encoded): over-long (maxParamLength is 100), NUL, broken encoding. */
const badPathSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('%00', 'a%00b', '%FF', '%ED%A0%80', '%E0%A4', '-1', '1e308', '9223372036854775808', 'null', '..%2F..', '%2e%2e', '%20'),
  fc.integer({ min: 90, max: 600 }).map((n) => 'a'.repeat(n)),
  nastyString.map(urlEncode).filter((v) => v.length > 0),
);

/** An adversarial query value (already URL-encoded): huge or negative numbers, NUL, broken encoding, repeats. */
const badQueryValue: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom('%00', 'a%00', '%FF', '%ED%A0%80', '%', '%%', '1e308', '-1e308', '9223372036854775808', '-9223372036854775809', '2147483648', '-1', '0', 'NaN').map((v) => [v]) },
  { weight: 2, arbitrary: nastyString.map((v) => [urlEncode(v)]) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('1', 'a', '1e308', '%00'), { minLength: 2, maxLength: 3 }) },
);

/** Where one adversarial value goes in an otherwise valid URL (null: nowhere). */
type Corruption = { target: 'path' | 'query'; index: number; path: string; query: string[] } | { target: 'extra'; query: string[] } | null;
const corruptionArb: fc.Arbitrary<Corruption> = fc.oneof(
  { weight: 2, arbitrary: fc.constant(null) },
  {
    weight: 4,
    arbitrary: fc.record({ target: fc.constantFrom('path' as const, 'query' as const), index: fc.nat(), path: badPathSegment, query: badQueryValue }),
  },
  { weight: 1, arbitrary: badQueryValue.map((query) => ({ target: 'extra' as const, query })) },
);

/** The URL of one case: valid parameters from the schema with at most one adversarial value put in. */
function urlFor(op: Operation, doc: OpenApiDocument, pool: ValuePool): fc.Arbitrary<string> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const nameOf = (p: Parameter) => (p.name === 'id' ? `id@${op.path.split('/{id}')[0]?.split('/').pop() ?? ''}` : p.name);
  const encoded = (p: Parameter) => valueFor(p.schema, doc, pool, nameOf(p)).map((v) => (Array.isArray(v) ? v : [v]).map((x) => urlEncode(String(x))));
  const pathValues = fc.tuple(...pathParams.map((p) => encoded(p).map((v) => v[0] ?? '')));
  const queryValues = fc.tuple(...queryParams.map((p) => fc.option(encoded(p), { nil: undefined, freq: p.required ? 10 : 2 })));
  return fc.tuple(pathValues, queryValues, corruptionArb).map(([pathIn, queryIn, bad]) => {
    const path = [...pathIn];
    const query: (string[] | undefined)[] = [...queryIn];
    let extra: string[] | undefined;
    if (bad?.target === 'path' && path.length) path[bad.index % path.length] = bad.path;
    else if (bad?.target === 'query' && query.length) query[bad.index % query.length] = bad.query;
    else if (bad) extra = bad.query;
    const url = pathParams.reduce((u, p, i) => u.replace(`{${p.name}}`, path[i] ?? ''), op.path);
    const parts = queryParams.flatMap((p, i) => (query[i] ?? []).map((v) => `${p.name}=${v}`));
    if (extra) parts.push(...extra.map((v) => `unexpected=${v}`));
    return parts.length ? `${url}?${parts.join('&')}` : url;
  });
}

/** A JSON body: valid for the schema, mutated, or not JSON at all. */
type Body = { payload?: string; contentType?: string };
function bodyFor(op: Operation, doc: OpenApiDocument, pool: ValuePool): fc.Arbitrary<Body> {
  const valid = op.body ? valueFor(op.body, doc, pool) : fc.constant({});
  const json = (v: unknown): Body => ({ payload: JSON.stringify(v) ?? 'null', contentType: 'application/json' });
  return fc.oneof(
    { weight: 3, arbitrary: valid.map(json) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(valid, fc.nat(), nastyJson, fc.constantFrom('replace' as const, 'delete' as const, 'add' as const))
        .map(([v, pick, bad, action]) => json(mutate(v, pick, bad, action))),
    },
    {
      weight: 1,
      arbitrary: fc.oneof(
        fc.constantFrom('{', '{"a":', '[1,]', 'nul', '"\\u0000"', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', '').map((payload) => ({ payload, contentType: 'application/json' })),
        fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data; boundary=x').map((contentType) => ({ payload: 'a=1', contentType })),
        fc.constant<Body>({}),
      ),
    },
  );
}

/** Headers a handler reads, now and then set to something odd. */
const headersArb: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    'accept-language': fc.constantFrom('hi', 'en', 'hi-IN,hi;q=0.9', 'xx', '*;q=abc', ''),
    'user-agent': fc.oneof(fc.constantFrom('', 'x'.repeat(2000), 'क्षमता'), fc.string({ maxLength: 30 })),
    'x-forwarded-for': fc.constantFrom('203.0.113.7', 'not-an-ip', '::1', '1.2.3.4, 5.6.7.8', ''),
    'x-request-id': fc.constantFrom('abc', 'x'.repeat(100), '../../'),
    range: fc.constantFrom('bytes=0-10', 'bytes=-1', 'bytes=99999999999999999999-', 'bytes=5-1', 'items=0-1', 'bytes=0-1,2-3'),
  },
  { requiredKeys: [] },
).map((h) => Object.fromEntries(Object.entries(h).map(([k, v]) => [k, v.replace(/[^\t\x20-\x7e]/g, '')])));

/** The request arbitrary for one operation. */
export function requestFor(op: Operation, doc: OpenApiDocument, pool: ValuePool): fc.Arbitrary<FuzzRequest> {
  const body = op.method === 'GET' || op.method === 'DELETE' ? fc.constant<Body>({}) : bodyFor(op, doc, pool);
  return fc.tuple(urlFor(op, doc, pool), body, headersArb).map(([url, b, headers]) => ({
    method: op.method,
    url,
    headers: { ...headers, ...(b.contentType ? { 'content-type': b.contentType } : {}) },
    ...(b.payload !== undefined ? { payload: b.payload } : {}),
  }));
}
