/**
 * The card templates' few expression forms, expanded in plain code: adaptivecards-templating
 * evaluates each `${...}` through adaptive-expressions (a memory object, options and a function
 * lookup per expression), the larger part of rendering a card and of an answer's own turn cost.
 *
 * Only what the templates use is compiled: a path (`title`, `errors.note`), `!path`,
 * `count(path)` or `length(path)` against a number, and `path != ''`, in `$data`, `$when` and text.
 * A template with anything else is not compiled (`undefined`), and a value the rules below do not
 * cover (absent, null, or of another type than the form expects) makes `expand` return
 * {@link NOT_COVERED}: the caller then expands with the library, so its output is the library's
 * in every case (test/cards/compiled-template.test.ts compares the two).
 */

export const NOT_COVERED: unique symbol = Symbol('not covered');

type Scope = unknown;
type Value = (scope: Scope) => unknown;
type Node = (scope: Scope) => unknown;

class NotCovered extends Error {}
const notCovered = new NotCovered();

const PATH = String.raw`[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*`;
const forms: Array<[RegExp, (m: RegExpExecArray) => Value]> = [
  [new RegExp(`^(${PATH})$`), (m) => lookup(m[1]!)],
  [new RegExp(`^!(${PATH})$`), (m) => not(lookup(m[1]!))],
  [new RegExp(`^(count|length)\\((${PATH})\\) (>|==) (\\d+)$`), (m) => sized(m[1] as 'count' | 'length', lookup(m[2]!), m[3] as '>' | '==', Number(m[4]))],
  [new RegExp(`^(${PATH}) != ''$`), (m) => nonEmpty(lookup(m[1]!))],
];

/** A path's value in the scope ($data); absent or null is not covered (the library writes "${path}"). */
function lookup(path: string): Value {
  const parts = path.split('.');
  return (scope) => {
    let value: unknown = scope;
    for (const part of parts) {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, part)) throw notCovered;
      value = (value as Record<string, unknown>)[part];
    }
    if (value === undefined || value === null) throw notCovered;
    return value;
  };
}

function not(value: Value): Value {
  return (scope) => {
    const v = value(scope);
    if (typeof v !== 'boolean') throw notCovered;
    return !v;
  };
}

function sized(kind: 'count' | 'length', value: Value, op: '>' | '==', n: number): Value {
  return (scope) => {
    const v = value(scope);
    const ok = kind === 'count' ? Array.isArray(v) || typeof v === 'string' : typeof v === 'string';
    if (!ok) throw notCovered;
    const size = (v as string | unknown[]).length;
    return op === '>' ? size > n : size === n;
  };
}

function nonEmpty(value: Value): Value {
  return (scope) => {
    const v = value(scope);
    if (typeof v !== 'string') throw notCovered;
    return v !== '';
  };
}

/** The expression in `${...}`, or undefined when it is not one of the forms. */
function expression(text: string): Value | undefined {
  for (const [pattern, build] of forms) {
    const m = pattern.exec(text);
    if (m) return build(m);
  }
  return undefined;
}

/** Thrown at compile time: the template uses something not compiled here. */
class Unsupported extends Error {}

const WHOLE = /^\$\{([^{}]*)\}$/;

/** A string of the template: literal, one expression (its value kept as is), or text with expressions in it. */
function compileString(text: string): Node {
  if (!text.includes('${')) return () => text;
  const whole = WHOLE.exec(text);
  if (whole) {
    const value = expression(whole[1]!);
    if (!value) throw new Unsupported();
    return value;
  }
  const parts: Array<string | Value> = [];
  const pattern = /\$\{([^{}]*)\}/g;
  let at = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    parts.push(literal(text.slice(at, m.index)));
    const value = expression(m[1]!);
    if (!value) throw new Unsupported();
    parts.push(value);
    at = m.index + m[0].length;
  }
  parts.push(literal(text.slice(at)));
  return (scope) => {
    let out = '';
    for (const part of parts) {
      if (typeof part === 'string') {
        out += part;
        continue;
      }
      const v = part(scope);
      if (typeof v === 'string') out += v;
      else if (typeof v === 'number' || typeof v === 'boolean') out += String(v);
      else throw notCovered;
    }
    return out;
  };
}

/** Literal text between expressions: the library reads it as an expression string, where these are special. */
function literal(text: string): string {
  if (/[\\`$]/.test(text)) throw new Unsupported();
  return text;
}

/** The library's reserved keys: never copied to the card. */
const RESERVED = new Set(['$data', '$when', '$root', '$index', '$host', '$_acTemplateVersion']);

/** An object of the template, repeated over `$data` and kept only where `$when` holds; null when none is left. */
function compileObject(node: Record<string, unknown>): Node {
  const data = node.$data === undefined ? undefined : wholeExpression(node.$data);
  const when = node.$when === undefined ? undefined : wholeExpression(node.$when);
  const fields = Object.keys(node)
    .filter((key) => !RESERVED.has(key))
    .map((key): [string, Node] => [key, compile(node[key])]);
  const one = (scope: Scope): Record<string, unknown> | undefined => {
    if (when && when(scope) !== true) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, field] of fields) {
      const value = field(scope);
      if (value !== undefined) out[key] = value;
    }
    return out;
  };
  return (scope) => {
    let scopes: Scope[] = [scope];
    if (data) {
      const value = data(scope);
      if (Array.isArray(value)) scopes = value;
      else if (value && typeof value === 'object') scopes = [value];
      else throw notCovered;
    }
    const out: Record<string, unknown>[] = [];
    for (const each of scopes) {
      // NOTE: the library keeps the outer scope for an item that is absent; not covered here.
      if (each === undefined || each === null || typeof each !== 'object') throw notCovered;
      const expanded = one(each);
      if (expanded) out.push(expanded);
    }
    return out.length === 0 ? null : out.length === 1 ? out[0] : out;
  };
}

/** `$data` and `$when` must be one expression each. */
function wholeExpression(value: unknown): Value {
  const whole = typeof value === 'string' ? WHOLE.exec(value) : null;
  const compiled = whole ? expression(whole[1]!) : undefined;
  if (!compiled) throw new Unsupported();
  return compiled;
}

function compile(node: unknown): Node {
  if (typeof node === 'string') return compileString(node);
  if (Array.isArray(node)) {
    const items = node.map(compile);
    return (scope) => {
      const out: unknown[] = [];
      for (const item of items) {
        const value = item(scope);
        if (value === null) continue;
        if (Array.isArray(value)) out.push(...value);
        else out.push(value);
      }
      return out;
    };
  }
  if (node && typeof node === 'object') return compileObject(node as Record<string, unknown>);
  return () => node;
}

/**
 * The template compiled, or undefined when it uses a form not compiled here. `expand(data)` gives
 * what the library's `expand({ $root: data })` gives, or {@link NOT_COVERED}.
 */
export function compileTemplate(template: unknown): { expand(data: unknown): unknown } | undefined {
  let root: Node;
  try {
    root = compile(template);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  return {
    expand(data) {
      try {
        return root(data);
      } catch (error) {
        if (error === notCovered) return NOT_COVERED;
        throw error;
      }
    },
  };
}
