/**
 * A small JSON Schema (2020-12 / OpenAPI 3.1) subset validator for the contract tests.
 *
 * Keywords: type (string or array, `null` included), const, enum, properties, required,
 * additionalProperties, items, minItems, minimum, maximum, allOf, anyOf, oneOf, and `$ref` to
 * `#/...` JSON pointers of the root document. Annotations (description, discriminator,
 * format, x-*) are ignored. Unknown assertion keywords throw, so the spec cannot rely on a rule
 * this validator would skip.
 *
 * `strict: true` also reports properties no schema at that location declares (unevaluated
 * properties, across allOf / oneOf / anyOf / $ref): the mock must not send fields the spec
 * does not document.
 */

export interface SchemaIssue {
  path: string;
  message: string;
}

export type Schema = boolean | { [keyword: string]: unknown };

const ANNOTATIONS = new Set([
  'description',
  'title',
  'discriminator',
  'format',
  'examples',
  'example',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
]);
const ASSERTIONS = new Set([
  '$ref',
  'type',
  'const',
  'enum',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'minItems',
  'minimum',
  'maximum',
  'allOf',
  'anyOf',
  'oneOf',
]);

interface Result {
  issues: SchemaIssue[];
  /** Property names some schema at this location declared (for strict mode). */
  evaluated: Set<string>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function resolvePointer(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) throw new Error(`Only local $refs are supported: ${ref}`);
  let node: unknown = root;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    const key = decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) && !Array.isArray(node)) throw new Error(`Unresolvable $ref ${ref}`);
    node = (node as Record<string, unknown>)[key];
    if (node === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  return node;
}

export function createValidator(root: unknown, options: { strict?: boolean } = {}) {
  const strict = options.strict ?? false;

  function at(schema: Schema, value: unknown, path: string): SchemaIssue[] {
    const { issues, evaluated } = run(schema, value, path);
    if (strict && isObject(value)) {
      for (const key of Object.keys(value)) {
        if (!evaluated.has(key))
          issues.push({ path: `${path}.${key}`, message: 'is not in the spec' });
      }
    }
    return issues;
  }

  function run(schema: Schema, value: unknown, path: string): Result {
    const issues: SchemaIssue[] = [];
    const evaluated = new Set<string>();
    if (schema === true) {
      if (isObject(value)) Object.keys(value).forEach((k) => evaluated.add(k));
      return { issues, evaluated };
    }
    if (schema === false)
      return { issues: [{ path, message: 'no value is allowed here' }], evaluated };
    const merge = (r: Result) => {
      issues.push(...r.issues);
      r.evaluated.forEach((k) => evaluated.add(k));
    };
    for (const keyword of Object.keys(schema)) {
      if (!ASSERTIONS.has(keyword) && !ANNOTATIONS.has(keyword) && !keyword.startsWith('x-')) {
        throw new Error(`Unsupported JSON Schema keyword "${keyword}" at ${path}`);
      }
    }
    const s = schema as Record<string, unknown>;

    if (typeof s.$ref === 'string') merge(run(resolvePointer(root, s.$ref) as Schema, value, path));

    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      const actual = typeOf(value);
      const ok = types.some((t) => t === actual || (t === 'number' && actual === 'integer'));
      if (!ok) {
        issues.push({ path, message: `expected ${types.join(' | ')}, got ${actual}` });
        return { issues, evaluated };
      }
    }
    if ('const' in s && !deepEqual(value, s.const)) {
      issues.push({
        path,
        message: `expected ${JSON.stringify(s.const)}, got ${JSON.stringify(value)}`,
      });
    }
    if (Array.isArray(s.enum) && !s.enum.some((e) => deepEqual(e, value))) {
      issues.push({
        path,
        message: `${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`,
      });
    }
    if (typeof value === 'number') {
      if (typeof s.minimum === 'number' && value < s.minimum) {
        issues.push({ path, message: `${value} is below the minimum ${s.minimum}` });
      }
      if (typeof s.maximum === 'number' && value > s.maximum) {
        issues.push({ path, message: `${value} is above the maximum ${s.maximum}` });
      }
    }
    if (Array.isArray(value)) {
      if (typeof s.minItems === 'number' && value.length < s.minItems) {
        issues.push({ path, message: `has fewer than ${s.minItems} items` });
      }
      if (s.items !== undefined) {
        value.forEach((item, i) => issues.push(...at(s.items as Schema, item, `${path}[${i}]`)));
      }
    }
    if (isObject(value)) {
      const props = (isObject(s.properties) ? s.properties : {}) as Record<string, Schema>;
      for (const key of (s.required as string[] | undefined) ?? []) {
        if (!(key in value))
          issues.push({ path, message: `is missing required property "${key}"` });
      }
      for (const [key, v] of Object.entries(value)) {
        if (key in props) {
          evaluated.add(key);
          issues.push(...at(props[key], v, `${path}.${key}`));
        } else if (s.additionalProperties !== undefined) {
          evaluated.add(key);
          if (s.additionalProperties === false) {
            issues.push({
              path: `${path}.${key}`,
              message: 'is not allowed (additionalProperties)',
            });
          } else {
            issues.push(...at(s.additionalProperties as Schema, v, `${path}.${key}`));
          }
        }
      }
    }
    if (Array.isArray(s.allOf)) for (const sub of s.allOf as Schema[]) merge(run(sub, value, path));
    if (Array.isArray(s.anyOf)) {
      const results = (s.anyOf as Schema[]).map((sub) => run(sub, value, path));
      const passing = results.filter((r) => r.issues.length === 0);
      if (passing.length === 0) issues.push(...bestFailure(results, path, 'anyOf'));
      passing.forEach((r) => r.evaluated.forEach((k) => evaluated.add(k)));
    }
    if (Array.isArray(s.oneOf)) {
      const results = (s.oneOf as Schema[]).map((sub) => run(sub, value, path));
      const passing = results.filter((r) => r.issues.length === 0);
      if (passing.length === 1) passing[0].evaluated.forEach((k) => evaluated.add(k));
      else if (passing.length === 0) issues.push(...bestFailure(results, path, 'oneOf'));
      else issues.push({ path, message: `matches ${passing.length} oneOf branches, expected 1` });
    }
    return { issues, evaluated };
  }

  /** Reports the branch that came closest, so the message points at the real drift. */
  function bestFailure(results: Result[], path: string, keyword: string): SchemaIssue[] {
    const best = [...results].sort((a, b) => a.issues.length - b.issues.length)[0];
    return [
      { path, message: `matches no ${keyword} branch; closest branch says:` },
      ...(best?.issues ?? []),
    ];
  }

  return {
    /** Validates `value` against `schema` (a schema object or a `#/...` pointer). */
    validate(schema: Schema | string, value: unknown, path = '$'): SchemaIssue[] {
      const s = typeof schema === 'string' ? ({ $ref: schema } as Schema) : schema;
      return at(s, value, path);
    },
  };
}

export function formatIssues(issues: SchemaIssue[]): string {
  return issues.map((i) => `${i.path} ${i.message}`).join('\n');
}
